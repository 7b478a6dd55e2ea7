// The path namespace: Go's path package on slash-separated paths (backslashes are plain
// characters), plus Hugo's BaseName and a Split whose result has .Dir and .File.
#include <vector>

#include "base/path.h"
#include "hugo/funcs/convert.h"
#include "hugo/funcs/funcs.h"
#include "hugo/funcs/namespace.h"

namespace kiln::funcs {
namespace {

std::string Base(std::string_view p) {
  if (p.empty()) return ".";
  while (p.size() > 1 && p.back() == '/') p.remove_suffix(1);
  if (p == "/") return "/";
  size_t slash = p.rfind('/');
  return std::string(slash == std::string_view::npos ? p : p.substr(slash + 1));
}

std::string Ext(std::string_view p) {
  for (size_t i = p.size(); i-- > 0 && p[i] != '/';) {
    if (p[i] == '.') return std::string(p.substr(i));
  }
  return "";
}

// Splits after the last slash.
std::pair<std::string, std::string> Split(std::string_view p) {
  size_t slash = p.rfind('/');
  size_t cut = slash == std::string_view::npos ? 0 : slash + 1;
  return {std::string(p.substr(0, cut)), std::string(p.substr(cut))};
}

// Hugo's DirFile.
class DirFile final : public Object {
 public:
  DirFile(std::string dir, std::string file) : dir_(std::move(dir)), file_(std::move(file)) {}
  std::string_view TypeName() const override { return "paths.DirFile"; }
  StatusOr<Value> Member(std::string_view name, std::span<const Value>) const override {
    if (name == "Dir") return Value::String(dir_);
    if (name == "File") return Value::String(file_);
    if (name == "String") return Value::String(dir_ + "|" + file_);
    return NotFoundError(std::string(name));
  }

 private:
  std::string dir_, file_;
};

Fn OnString(std::string (*f)(std::string_view)) {
  return [f](Args a) -> StatusOr<Value> {
    ASSIGN_OR_RETURN(std::string s, ToString(a[0]));
    return Value::String(f(s));
  };
}

}  // namespace

void RegisterPathFuncs(FuncMap* funcs) {
  Namespace ns("path");
  ns.Add("Base", {ParamKind::kAny}, false, OnString(Base));
  ns.Add("Clean", {ParamKind::kAny}, false,
         OnString([](std::string_view p) { return CleanPath(p); }));
  ns.Add("Ext", {ParamKind::kAny}, false, OnString(Ext));
  ns.Add("Dir", {ParamKind::kAny}, false,
         OnString([](std::string_view p) { return CleanPath(Split(p).first); }));
  ns.Add("BaseName", {ParamKind::kAny}, false, OnString([](std::string_view p) {
           std::string b = Base(p);
           return b.substr(0, b.size() - Ext(b).size());
         }));
  ns.Add("Split", {ParamKind::kAny}, false, [](Args a) -> StatusOr<Value> {
    ASSIGN_OR_RETURN(std::string s, ToString(a[0]));
    auto [dir, file] = Split(s);
    return Value::FromObject(std::make_shared<DirFile>(std::move(dir), std::move(file)));
  });
  ns.Add("Join", {}, true, [](Args a) -> StatusOr<Value> {
    std::vector<std::string> parts;
    for (const Value& v : a) {
      const ValueList* list = AsList(v);
      for (const Value& item : list ? *list : ValueList{v}) {
        ASSIGN_OR_RETURN(std::string s, ToString(item));
        if (!s.empty()) parts.push_back(std::move(s));
      }
    }
    if (parts.empty()) return Value::String("");
    std::string joined;
    for (size_t i = 0; i < parts.size(); ++i) joined += (i ? "/" : "") + parts[i];
    return Value::String(CleanPath(joined));
  });
  ns.Install(funcs);
}

}  // namespace kiln::funcs
