#include "hugo/i18n.h"

#include <algorithm>
#include <cstring>

#include "base/path.h"
#include "base/strings.h"
#include "hugo/funcs/funcs.h"
#include "hugo/language_merge.h"
#include "hugo/plural_rules.h"
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

// The key hugo files a translation under: the file's language tag, lower-cased ("pt-BR.toml"
// and "pt_BR.toml" both translate the language "pt-br", and neither "pt_br"), which a
// language's key, lower-cased, must equal.
std::string LanguageKey(std::string_view tag) {
  std::string key = AsciiLower(tag);
  std::replace(key.begin(), key.end(), '_', '-');
  return key;
}

std::string TemplateName(size_t table, const std::string& id, const std::string& form) {
  return std::to_string(table) + kSep + id + kSep + form;
}

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

Status I18n::Add(size_t table, const std::string& id, const std::string& form,
                 const std::string& text) {
  // go-i18n keeps no template for an empty string, so the id stays undefined.
  if (text.empty()) return Status::Ok();
  // A higher-priority file set it.
  if (!tables_[table].forms[id].insert(form).second) return Status::Ok();
  return templates_.Parse(TemplateName(table, id, form), text);
}

Status I18n::AddEntry(size_t table, const std::string& id, const Value& translation) {
  if (translation.is_string()) return Add(table, id, "other", translation.AsString());
  if (translation.kind() != ValueKind::kMap) return Status::Ok();
  for (const auto& [form, value] : translation.AsMap()) {
    if (value.is_string()) RETURN_IF_ERROR(Add(table, id, form, value.AsString()));
  }
  return Status::Ok();
}

StatusOr<bool> I18n::LoadTable(const FileSystem& fs, const std::vector<std::string>& dirs,
                               const std::string& lang) {
  tables_.push_back(Table{lang, {}});
  size_t table = tables_.size() - 1;
  bool found = false;
  for (const std::string& dir : dirs) {
    StatusOr<std::vector<FileInfo>> entries = fs.ListDir(dir);
    if (!entries.ok()) continue;
    for (const char* ext : {".toml", ".yaml", ".yml", ".json"}) {
      auto file = std::find_if(entries->begin(), entries->end(), [&](const FileInfo& e) {
        return !e.is_dir && e.name.ends_with(ext) &&
               LanguageKey(std::string_view(e.name).substr(0, e.name.size() - strlen(ext))) ==
                   AsciiLower(lang);
      });
      if (file == entries->end()) continue;
      std::string path = JoinPath(dir, file->name);
      StatusOr<std::string> text = fs.ReadFile(path);
      if (!text.ok()) continue;
      found = true;
      ASSIGN_OR_RETURN(Value doc, DecodeData(*DataFormatFromExtension(ext), *text, path));
      if (doc.kind() == ValueKind::kMap) {
        for (const auto& [id, entry] : doc.AsMap()) RETURN_IF_ERROR(AddEntry(table, id, entry));
      } else if (doc.kind() == ValueKind::kList) {
        // go-i18n's list form: [{id: ..., translation: ...}, ...].
        for (const Value& entry : doc.AsList()) {
          const Value* id = entry.kind() == ValueKind::kMap ? entry.Find("id") : nullptr;
          const Value* translation = id ? entry.Find("translation") : nullptr;
          if (translation && id->is_string()) {
            RETURN_IF_ERROR(AddEntry(table, id->AsString(), *translation));
          }
        }
      }
    }
  }
  if (!found) tables_.pop_back();
  return found;
}

StatusOr<std::unique_ptr<I18n>> I18n::Load(const FileSystem& fs,
                                           const std::vector<std::string>& dirs,
                                           const std::string& lang,
                                           const std::string& default_lang) {
  std::unique_ptr<I18n> i18n(new I18n());
  ASSIGN_OR_RETURN(bool found, i18n->LoadTable(fs, dirs, lang));
  std::string effective = lang;
  if (!found && lang != default_lang) {
    ASSIGN_OR_RETURN(found, i18n->LoadTable(fs, dirs, default_lang));
    effective = default_lang;
  }
  if (found && effective != "en") RETURN_IF_ERROR(i18n->LoadTable(fs, dirs, "en").status());
  return i18n;
}

StatusOr<std::string> I18n::Translate(const std::string& id, const Value& data) const {
  for (size_t table = 0; table < tables_.size(); ++table) {
    auto it = tables_[table].forms.find(id);
    if (it == tables_[table].forms.end()) continue;
    CountedData c = Counted(data);
    if (!c.valid) return std::string();
    std::string form = c.count ? std::string(PluralForm(tables_[table].lang, *c.count)) : "other";
    // go-i18n falls back to `other` when a translation lacks the form.
    if (!it->second.contains(form)) form = "other";
    if (!it->second.contains(form)) return std::string();
    std::string out;
    RETURN_IF_ERROR(templates_.Execute(TemplateName(table, id, form), c.data, &out));
    return out;
  }
  return std::string();
}

void RegisterI18nFuncs(std::shared_ptr<const I18n> i18n, tmpl::FuncMap* funcs,
                       std::string_view lang, std::string_view default_lang) {
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
  funcs::RegisterLangFuncs(
      funcs,
      [impl = f.impl](std::span<const Value> args) {
        return impl(tmpl::CallContext(nullptr), args);
      },
      lang, default_lang, LangMerge);
}

}  // namespace kiln::hugo
