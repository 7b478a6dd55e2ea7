// debug.Dump (a value printed as Go source, indented, the way Hugo's dumper shows it) and
// the hugo namespace (hugo.Version, Generator, Environment, IsProduction, IsExtended,
// BuildDate, CommitHash) describing the Hugo release kiln reproduces.
#include "hugo/funcs/convert.h"
#include "hugo/funcs/funcs.h"
#include "hugo/funcs/namespace.h"
#include "value/go_format.h"

namespace kiln::funcs {

namespace {

void Dump(const Value& v, int depth, std::string* out) {
  std::string indent(2 * (depth + 1), ' ');
  auto open = [&](const char* type, bool empty) {
    out->append(type);
    out->append(empty ? "{}" : "{\n");
  };
  switch (v.kind()) {
    case ValueKind::kNull:
      out->append("nil");
      return;
    case ValueKind::kString:
      AppendGoQuote(out, v.AsString());
      return;
    case ValueKind::kList: {
      const ValueList& list = v.AsList();
      open("[]interface {}", list.empty());
      if (list.empty()) return;
      for (const Value& item : list) {
        out->append(indent);
        Dump(item, depth + 1, out);
        out->append(",\n");
      }
      break;
    }
    case ValueKind::kMap: {
      const ValueMap& map = v.AsMap();
      open("map[string]interface {}", map.empty());
      if (map.empty()) return;
      for (const auto& [key, item] : map) {
        out->append(indent);
        AppendGoQuote(out, key);
        out->append(": ");
        Dump(item, depth + 1, out);
        out->append(",\n");
      }
      break;
    }
    default:
      out->append(GoValueString(v));
      return;
  }
  out->append(std::string(2 * depth, ' ') + "}");
}

}  // namespace

void RegisterDebugFuncs(FuncMap* funcs) {
  Namespace ns("debug");
  ns.Add("Dump", {ParamKind::kAny}, false, [](Args a) -> StatusOr<Value> {
    std::string out;
    Dump(a[0], 0, &out);
    return Value::String(std::move(out));
  });
  ns.Install(funcs);
}

namespace {

// hugo.Version: a hugo.VersionString, which prints as the version and compares with
// anything as a version (compare_funcs.cc), so `lt hugo.Version "0.97.1"` is false.
class VersionString final : public Object {
 public:
  std::string_view TypeName() const override { return kVersionStringType; }
  StatusOr<Value> Member(std::string_view name, std::span<const Value>) const override {
    if (name == "String") return Value::String("0.111.3");
    return NotFoundError(std::string(name));
  }
};

}  // namespace

void RegisterHugoFuncs(FuncMap* funcs) { RegisterHugoFuncs(funcs, "production"); }

void RegisterHugoFuncs(FuncMap* funcs, const std::string& environment) {
  Namespace ns("hugo");
  struct Field {
    const char* name;
    Value value;
  };
  const Field kFields[] = {
      {"Version", Value::FromObject(std::make_shared<VersionString>())},
      {"Environment", Value::String(environment)},
      {"IsProduction", Value::Bool(environment == "production")},
      {"IsExtended", Value::Bool(true)},
      {"BuildDate", Value::String("2023-03-16T08:41:31Z")},
      {"CommitHash", Value::String("")},
      {"Generator",
       Value::String("<meta name=\"generator\" content=\"Hugo 0.111.3\">", SafeKind::kHTML)}};
  for (const Field& f : kFields) {
    ns.Add(f.name, {}, false, [v = f.value](Args) -> StatusOr<Value> { return v; });
  }
  ns.Install(funcs);
}

}  // namespace kiln::funcs
