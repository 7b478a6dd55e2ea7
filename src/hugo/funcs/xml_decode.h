// The map hugo 0.111's transform.Unmarshal makes of XML (the mxj library's shape): the
// root element's content, where an attribute is "-name", an element's text is "#text"
// when it also has attributes or children (the last non-blank run of text wins, trimmed)
// and the plain string otherwise, a repeated child becomes a list, and namespace prefixes
// are dropped. Pure; thread-safe.
#ifndef KILN_HUGO_FUNCS_XML_DECODE_H_
#define KILN_HUGO_FUNCS_XML_DECODE_H_

#include <string_view>

#include "base/status.h"
#include "value/value.h"

namespace kiln::funcs {

// Fails when `text` is not well-formed XML, or when its root element holds only text
// (hugo then fails its conversion to a map, with the message kept here).
StatusOr<Value> DecodeXml(std::string_view text);

}  // namespace kiln::funcs

#endif  // KILN_HUGO_FUNCS_XML_DECODE_H_
