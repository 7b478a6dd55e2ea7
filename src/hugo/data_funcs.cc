#include "hugo/data_funcs.h"

#include "base/path.h"
#include "hugo/funcs/convert.h"
#include "hugo/funcs/csv_reader.h"
#include "hugo/funcs/namespace.h"
#include "value/decode.h"
#include "value/json_syntax.h"

namespace kiln::hugo {
namespace {

using funcs::Args;

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// What a URL starts with: a scheme and a colon, as Go's url.Parse reads one.
bool HasScheme(std::string_view s) {
  size_t colon = s.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  if (!IsAsciiAlpha(s[0])) return false;
  for (char c : s.substr(0, colon)) {
    if (!IsAsciiAlpha(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
      return false;
    }
  }
  return true;
}

class DataSource {
 public:
  DataSource(const FileSystem* fs, std::string dir, funcs::IgnorableLog log)
      : fs_(fs), dir_(std::move(dir)), log_(std::move(log)) {}

  // The joined path of the arguments (a trailing header map aside).
  static StatusOr<std::string> JoinArgs(Args a) {
    std::string out;
    for (size_t i = 0; i < a.size(); ++i) {
      if (i + 1 == a.size() && a[i].kind() == ValueKind::kMap) break;
      ASSIGN_OR_RETURN(std::string part, funcs::ToString(a[i]));
      out += part;
    }
    return out;
  }

  // The contents of `name`, or why they cannot be had.
  StatusOr<std::string> Read(const std::string& name) const {
    if (HasScheme(name)) {
      return UnavailableError("remote resources are not fetched: kiln builds offline");
    }
    std::string path = JoinPath(dir_, CleanPath("/" + name).substr(1));
    StatusOr<std::string> data = fs_->ReadFile(path);
    if (!data.ok() && data.status().code() == StatusCode::kNotFound) {
      return NotFoundError("open " + path + ": no such file or directory");
    }
    return data;
  }

  StatusOr<Value> GetJson(Args a) const {
    ASSIGN_OR_RETURN(std::string name, JoinArgs(a));
    StatusOr<Value> v = Fetch(name);
    if (v.ok()) return v;
    log_.Error("error-remote-getjson", "Failed to get JSON resource \"" + name +
                                           "\": " + std::string(v.status().message()));
    return Value();
  }

  StatusOr<Value> GetCsv(Args a) const {
    ASSIGN_OR_RETURN(std::string sep, funcs::ToString(a[0]));
    ASSIGN_OR_RETURN(std::string name, JoinArgs(a.subspan(1)));
    StatusOr<Value> v = FetchCsv(name, sep);
    if (v.ok()) return v;
    log_.Error("error-remote-getcsv",
               "Failed to get CSV resource \"" + name + "\": " + std::string(v.status().message()));
    return Value::List({});
  }

 private:
  StatusOr<Value> Fetch(const std::string& name) const {
    ASSIGN_OR_RETURN(std::string text, Read(name));
    // hugo unmarshals the body itself and logs Go's message alone.
    if (std::optional<JsonSyntaxError> e = FindJsonSyntaxError(text)) {
      return InvalidArgumentError(e->message);
    }
    return DecodeJson(text, name, 1);
  }

  StatusOr<Value> FetchCsv(const std::string& name, const std::string& sep) const {
    ASSIGN_OR_RETURN(std::string text, Read(name));
    if (sep.size() != 1) return InvalidArgumentError("Incorrect length of CSV separator: " + sep);
    StatusOr<Value> v = funcs::DecodeCsv(text, {.delimiter = sep[0]});
    if (!v.ok()) {
      return InvalidArgumentError("failed to parse CSV file " + name + ": " +
                                  std::string(v.status().message()));
    }
    return v;
  }

  const FileSystem* fs_;
  std::string dir_;
  funcs::IgnorableLog log_;
};

}  // namespace

void RegisterDataFuncs(const FileSystem* fs, std::string project_dir, funcs::IgnorableLog log,
                       tmpl::FuncMap* funcs) {
  auto source = std::make_shared<const DataSource>(fs, std::move(project_dir), std::move(log));
  funcs::Namespace ns("data");
  ns.Add("GetJSON", {}, true, [source](Args a) { return source->GetJson(a); }, {"getJSON"});
  ns.Add("GetCSV", {tmpl::ParamKind::kString}, true, [source](Args a) { return source->GetCsv(a); },
         {"getCSV"});
  ns.Install(funcs);
}

}  // namespace kiln::hugo
