// Go's net/url as templates see it: urls.Parse returns a *url.URL object (Scheme, Host,
// Path, RawQuery, Fragment, User, Hostname, Port, Query, IsAbs, String, ...), and urlize
// sanitises a string into a URL path. Parsed URLs are immutable; thread-safe.
#ifndef KILN_HUGO_FUNCS_URL_OBJECT_H_
#define KILN_HUGO_FUNCS_URL_OBJECT_H_

#include <string>
#include <string_view>

#include "base/status.h"
#include "value/value.h"

namespace kiln::funcs {

// url.Parse(s) as a *url.URL value, with Go's errors ("parse \":x\": missing protocol
// scheme").
StatusOr<Value> ParseUrl(std::string_view s);

// urls.URLize: Hugo's path sanitisation, lower-cased, then escaped as a URL path (a `#`
// starts the fragment).
std::string Urlize(std::string_view s);

}  // namespace kiln::funcs

#endif  // KILN_HUGO_FUNCS_URL_OBJECT_H_
