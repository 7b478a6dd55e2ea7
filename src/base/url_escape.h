// Go's net/url escaping as hugo's URLs come out of it: the escaping of a path or a fragment,
// and what url.Parse(u).String() makes of a URL hugo builds by joining strings (page and
// resource permalinks). Pure functions; thread-safe.
#ifndef KILN_BASE_URL_ESCAPE_H_
#define KILN_BASE_URL_ESCAPE_H_

#include <string>
#include <string_view>

namespace kiln {

// Which escaping rules apply: a fragment also leaves !()*? alone.
enum class UrlComponent { kPath, kFragment };
// Whether valid %XX sequences already in the text are kept (urlize) or escaped again.
enum class KeepEscapes { kNo, kYes };

// Go's escaping of a path or fragment: everything but ASCII letters, digits and
// -_.~$&+,/:;=@ (and !()*? in a fragment) is percent-escaped, '%' included unless `keep`
// and it starts a valid escape.
std::string GoUrlEscape(std::string_view s, UrlComponent component, KeepEscapes keep);

// What Go's url.Parse(u).String() makes of a URL hugo builds by joining the baseURL and a
// path: scheme and host as written, a path written with valid escapes and otherwise only
// characters Go allows in one kept as is, else percent-escaped from its decoded form; the
// query and fragment as written.
std::string GoUrlString(std::string_view u);

}  // namespace kiln

#endif  // KILN_BASE_URL_ESCAPE_H_
