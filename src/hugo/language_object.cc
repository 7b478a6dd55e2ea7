#include "hugo/language_object.h"

#include <memory>

namespace kiln::hugo {
namespace {

class LanguageObject final : public Object {
 public:
  LanguageObject(const Language& l, const std::string& code)
      : fields_{{"Lang", Value::String(l.lang)},
                {"LanguageCode", Value::String(code.empty() ? l.lang : code)},
                {"LanguageName", Value::String(l.name)},
                {"LanguageDirection", Value::String(l.direction)},
                {"Disabled", Value::Bool(false)},
                {"Title", Value::String(l.title)},
                {"Weight", Value::Int(l.weight)},
                {"Params", l.params.is_null() ? Value::Params({}) : l.params}} {}

  std::string_view TypeName() const override { return "*langs.Language"; }

  StatusOr<Value> Member(std::string_view name, std::span<const Value>) const override {
    if (name == "String") return fields_.at("Lang");
    auto it = fields_.find(name);
    if (it == fields_.end()) return NotFoundError(std::string(name));
    return it->second;
  }

 private:
  ValueMap fields_;
};

}  // namespace

Value LanguageObjectValue(const Language& language, const std::string& code) {
  return Value::FromObject(std::make_shared<LanguageObject>(language, code));
}

}  // namespace kiln::hugo
