#include "deploy/xml_util.h"

#include <pugixml.hpp>

namespace kiln::deploy {

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
