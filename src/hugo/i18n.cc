#include "hugo/i18n.h"

#include "base/path.h"
#include "hugo/funcs/funcs.h"
#include "value/decode.h"

namespace kiln::hugo {

namespace {

constexpr char kSep = '\x1f';

// The plural count and template data of a call: an int is the count and `.Count`; a map
// may carry Count. A float or string count matches no form (nullopt form).
struct CountedData {
  std::optional<int64_t> count;
  bool valid = true;
  Value data;
};

class CountObject final : public Object {
 public:
  explicit CountObject(int64_t n) : n_(n) {}
  std::string_view TypeName() const override { return "int"; }
  StatusOr<Value> Member(std::string_view name, std::span<const Value>) const override {
    if (name == "Count") return Value::Int(n_);
    return NotFoundError(std::string(name));
  }

 private:
  int64_t n_;
};

CountedData Counted(const Value& v) {
  CountedData c;
  c.data = v;
  switch (v.kind()) {
    case ValueKind::kInt:
      c.count = v.AsInt();
      c.data = Value::FromObject(std::make_shared<const CountObject>(v.AsInt()));
      break;
    case ValueKind::kFloat:
    case ValueKind::kString:
      c.valid = false;
      break;
    case ValueKind::kMap:
      for (const char* key : {"Count", "count"}) {
        if (const Value* n = v.Find(key); n && n->kind() == ValueKind::kInt) c.count = n->AsInt();
      }
      break;
    default:
      break;
  }
  return c;
}

}  // namespace

I18n::I18n() : funcs_(tmpl::NewBuiltinFuncMap()), templates_(&funcs_) {}

Status I18n::Add(const std::string& id, const std::string& form, const std::string& text) {
  if (forms_[id].contains(form)) return Status::Ok();  // a higher-priority file set it
  forms_[id][form] = true;
  return templates_.Parse(id + kSep + form, text);
}

StatusOr<std::unique_ptr<I18n>> I18n::Load(const FileSystem& fs,
                                           const std::vector<std::string>& dirs,
                                           const std::string& lang) {
  std::unique_ptr<I18n> i18n(new I18n());
  for (const std::string& dir : dirs) {
    for (const char* ext : {".toml", ".yaml", ".yml", ".json"}) {
      std::string path = JoinPath(dir, lang + ext);
      StatusOr<std::string> text = fs.ReadFile(path);
      if (!text.ok()) continue;
      ASSIGN_OR_RETURN(Value doc, DecodeData(*DataFormatFromExtension(ext), *text, path));
      if (doc.kind() != ValueKind::kMap) continue;
      for (const auto& [id, entry] : doc.AsMap()) {
        if (entry.is_string()) {
          RETURN_IF_ERROR(i18n->Add(id, "other", entry.AsString()));
        } else if (entry.kind() == ValueKind::kMap) {
          for (const auto& [form, value] : entry.AsMap()) {
            if (value.is_string()) RETURN_IF_ERROR(i18n->Add(id, form, value.AsString()));
          }
        }
      }
    }
  }
  return i18n;
}

StatusOr<std::string> I18n::Translate(const std::string& id, const Value& data) const {
  auto it = forms_.find(id);
  if (it == forms_.end()) return std::string();
  CountedData c = Counted(data);
  if (!c.valid) return std::string();
  std::string form = c.count && (*c.count == 1 || *c.count == -1) ? "one" : "other";
  if (!it->second.contains(form)) return std::string();
  std::string out;
  RETURN_IF_ERROR(templates_.Execute(id + kSep + form, c.data, &out));
  return out;
}

void RegisterI18nFuncs(std::shared_ptr<const I18n> i18n, tmpl::FuncMap* funcs) {
  tmpl::Function f;
  f.params = {tmpl::ParamKind::kAny};
  f.variadic = true;
  f.impl = [i18n](const tmpl::CallContext&, std::span<const Value> args) -> StatusOr<Value> {
    if (args.size() > 2) {
      return InvalidArgumentError("wrong number of args for Translate: want at most 2 got " +
                                  std::to_string(args.size()));
    }
    std::string id;
    if (args[0].is_string()) id = args[0].AsString();
    ASSIGN_OR_RETURN(std::string s, i18n->Translate(id, args.size() > 1 ? args[1] : Value()));
    return Value::String(std::move(s));
  };
  funcs->Register("i18n", f);
  funcs->Register("T", f);
  funcs::RegisterLangFuncs(funcs, [impl = f.impl](std::span<const Value> args) {
    return impl(tmpl::CallContext(nullptr), args);
  });
}

}  // namespace kiln::hugo
