#include "deploy/xml_util.h"

#include <pugixml.hpp>

namespace kiln::deploy {

std::string XmlEscape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

XmlError ParseXmlError(std::string_view body) {
  XmlError out;
  pugi::xml_document doc;
  if (body.empty() || !doc.load_buffer(body.data(), body.size())) return out;
  pugi::xml_node error = doc.child("Error");
  if (!error) error = doc.child("ErrorResponse").child("Error");
  out.code = error.child_value("Code");
  out.message = error.child_value("Message");
  out.endpoint = error.child_value("Endpoint");
  out.region = error.child_value("Region");
  return out;
}

}  // namespace kiln::deploy
