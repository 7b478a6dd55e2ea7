#include "hugo/language_object.h"

#include <memory>

namespace kiln::hugo {
namespace {

class LanguageObject final : public Object {
 public:
  explicit LanguageObject(const Language& l)
      : fields_{{"Lang", Value::String(l.lang)},
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

Value LanguageObjectValue(const Language& language) {
  return Value::FromObject(std::make_shared<LanguageObject>(language));
}

}  // namespace kiln::hugo
