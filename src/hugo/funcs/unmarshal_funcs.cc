// transform.Unmarshal (unmarshal): parses JSON, TOML, YAML, CSV or XML given as a string or as
// a resource (anything with .Content and .Name). The format of a string is guessed as
// Hugo does: whichever of the CSV delimiter, `{`, `<`, `:` and `=` comes first, in that
// order of precedence.
#include "base/path.h"
#include "hugo/funcs/convert.h"
#include "hugo/funcs/csv_reader.h"
#include "hugo/funcs/transform_parts.h"
#include "hugo/funcs/xml_decode.h"
#include "value/decode.h"

namespace kiln::funcs {

namespace {

enum class Format { kUnknown, kCsv, kJson, kXml, kYaml, kToml };

// True when `first` occurs and no other marker occurs before it.
bool First(size_t first, std::initializer_list<size_t> others) {
  if (first == std::string_view::npos) return false;
  for (size_t o : others) {
    if (o < first) return false;
  }
  return true;
}

Format Detect(std::string_view s, char delimiter) {
  size_t csv = s.find(delimiter), json = s.find('{'), yaml = s.find(':'), xml = s.find('<'),
         toml = s.find('=');
  if (First(csv, {json, yaml, xml, toml})) return Format::kCsv;
  if (First(json, {yaml, xml, toml})) return Format::kJson;
  if (First(xml, {yaml, toml})) return Format::kXml;
  if (First(yaml, {toml})) return Format::kYaml;
  if (toml != std::string_view::npos) return Format::kToml;
  return Format::kUnknown;
}

Format FromExtension(std::string_view ext) {
  if (ext == ".csv") return Format::kCsv;
  if (ext == ".xml") return Format::kXml;
  if (auto f = DataFormatFromExtension(ext)) {
    switch (*f) {
      case DataFormat::kJson:
        return Format::kJson;
      case DataFormat::kToml:
        return Format::kToml;
      case DataFormat::kYaml:
        return Format::kYaml;
    }
  }
  return Format::kUnknown;
}

StatusOr<CsvOptions> CsvOptionsFrom(const Value& v) {
  CsvOptions o;
  if (v.kind() != ValueKind::kMap) return CastError(v, "map[string]interface {}");
  for (const auto& [key, value] : v.AsMap()) {
    ASSIGN_OR_RETURN(std::string s, ToString(value));
    if (key == "delimiter" || key == "comment") {
      if (s.size() != 1) return InvalidArgumentError("invalid " + key + ": " + s);
      (key == "delimiter" ? o.delimiter : o.comment) = s[0];
    }
  }
  return o;
}

StatusOr<Value> Unmarshal(Args a) {
  RETURN_IF_ERROR(WantArgs("Unmarshal", a, 1, 2));
  CsvOptions csv;
  if (a.size() == 2) {
    ASSIGN_OR_RETURN(csv, CsvOptionsFrom(a[0]));
  }
  const Value& data = a.back();
  std::string text;
  Format format = Format::kUnknown;
  if (data.kind() == ValueKind::kObject) {
    ASSIGN_OR_RETURN(Value content, data.AsObject().Member("Content", {}));
    ASSIGN_OR_RETURN(text, ToString(content));
    StatusOr<Value> name = data.AsObject().Member("Name", {});
    if (name.ok() && name->is_string()) format = FromExtension(PathExt(name->AsString()));
  } else {
    ASSIGN_OR_RETURN(text, ToString(data));
  }
  if (text.empty()) return InvalidArgumentError("no data to transform");
  if (format == Format::kUnknown) format = Detect(text, csv.delimiter);
  switch (format) {
    case Format::kCsv:
      return DecodeCsv(text, csv);
    case Format::kJson:
      return DecodeJson(text, "_stream.json", 1);
    case Format::kToml:
      return DecodeToml(text, "_stream.toml", 1);
    case Format::kYaml:
      return DecodeYaml(text, "_stream.yaml", 1);
    case Format::kXml:
      return DecodeXml(text);
    case Format::kUnknown:
      break;
  }
  return InvalidArgumentError("unknown format");
}

}  // namespace

void AddUnmarshalFuncs(Namespace* ns) {
  ns->Add("Unmarshal", {ParamKind::kAny}, true, Unmarshal, {"unmarshal"});
}

}  // namespace kiln::funcs
