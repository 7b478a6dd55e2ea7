#include "value/lower_case_keys.h"

#include "base/strings.h"

namespace kiln {

Value LowerCaseKeys(const Value& v) {
  switch (v.kind()) {
    case ValueKind::kMap: {
      ValueMap out;
      // Keys are sorted, so upper-case spellings come first and an exact lower-case key,
      // written last, wins.
      for (const auto& [key, item] : v.AsMap())
        out.insert_or_assign(AsciiLower(key), LowerCaseKeys(item));
      return Value::Map(std::move(out));
    }
    case ValueKind::kList: {
      ValueList out;
      out.reserve(v.AsList().size());
      for (const Value& item : v.AsList()) out.push_back(LowerCaseKeys(item));
      return Value::List(std::move(out));
    }
    default:
      return v;
  }
}

}  // namespace kiln
