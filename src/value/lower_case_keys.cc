#include "value/lower_case_keys.h"

#include "base/strings.h"

namespace kiln {

Value LowerCaseKeys(const Value& v) {
  if (v.kind() != ValueKind::kMap) return v;
  ValueMap out;
  // Keys are sorted, so other spellings come first and the all-lower-case key, written
  // last, wins.
  for (const auto& [key, item] : v.AsMap()) {
    out.insert_or_assign(AsciiLower(key), LowerCaseKeys(item));
  }
  return Value::Params(std::move(out));
}

Value MapOfKind(bool params, ValueMap entries) {
  return params ? Value::Params(std::move(entries)) : Value::Map(std::move(entries));
}

}  // namespace kiln
