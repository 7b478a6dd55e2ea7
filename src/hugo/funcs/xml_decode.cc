#include "hugo/funcs/xml_decode.h"

#include <map>
#include <pugixml.hpp>
#include <string>

namespace kiln::funcs {
namespace {

// The name without its namespace prefix: "atom:link" → "link".
std::string LocalName(const char* name) {
  std::string_view s(name);
  size_t colon = s.find(':');
  return std::string(colon == std::string_view::npos ? s : s.substr(colon + 1));
}

// mxj trims these from both ends of a run of text.
std::string_view TrimText(std::string_view s) {
  constexpr std::string_view kTrim = "\t\r\b\n ";
  size_t begin = s.find_first_not_of(kTrim);
  if (begin == std::string_view::npos) return {};
  return s.substr(begin, s.find_last_not_of(kTrim) - begin + 1);
}

Value ElementValue(const pugi::xml_node& element) {
  std::map<std::string, ValueList> fields;
  for (const pugi::xml_attribute& a : element.attributes()) {
    fields["-" + LocalName(a.name())].push_back(Value::String(a.value()));
  }
  std::string_view text;
  for (const pugi::xml_node& child : element.children()) {
    switch (child.type()) {
      case pugi::node_element:
        fields[LocalName(child.name())].push_back(ElementValue(child));
        break;
      case pugi::node_pcdata:
      case pugi::node_cdata:
        if (std::string_view t = TrimText(child.value()); !t.empty()) text = t;
        break;
      default:
        break;
    }
  }
  if (fields.empty()) return Value::String(std::string(text));
  ValueMap out;
  for (auto& [key, values] : fields) {
    out[key] = values.size() == 1 ? std::move(values[0]) : Value::List(std::move(values));
  }
  if (!text.empty()) out["#text"] = Value::String(std::string(text));
  return Value::Map(std::move(out));
}

}  // namespace

StatusOr<Value> DecodeXml(std::string_view text) {
  pugi::xml_document doc;
  pugi::xml_parse_result parsed = doc.load_buffer(text.data(), text.size(), pugi::parse_default);
  if (!parsed) {
    return InvalidArgumentError("failed to unmarshal XML: " + std::string(parsed.description()) +
                                " at offset " + std::to_string(parsed.offset));
  }
  Value root = ElementValue(doc.document_element());
  if (root.kind() != ValueKind::kMap) {
    return InvalidArgumentError(
        "interface conversion: interface {} is string, not map[string]interface {}");
  }
  return root;
}

}  // namespace kiln::funcs
