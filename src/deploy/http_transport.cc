#include "deploy/http_transport.h"

#include "base/hex.h"
#include "base/strings.h"

namespace kiln::deploy {

const std::string* FindHeader(const HeaderList& headers, std::string_view name) {
  for (const auto& [key, value] : headers) {
    if (EqualsIgnoreAsciiCase(key, name)) return &value;
  }
  return nullptr;
}

std::string UriEncode(std::string_view s, bool keep_slash) {
  std::string out;
  out.reserve(s.size());
  for (unsigned char c : s) {
    bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '_' || c == '.' || c == '~' || (keep_slash && c == '/');
    if (unreserved) {
      out.push_back(static_cast<char>(c));
    } else {
      AppendPercentEscape(c, &out);
    }
  }
  return out;
}

std::string HttpRequest::Url() const {
  std::string url = endpoint + UriEncode(path, /*keep_slash=*/true);
  char sep = '?';
  for (const auto& [name, value] : query) {
    url.push_back(sep);
    url += UriEncode(name, false);
    url.push_back('=');
    url += UriEncode(value, false);
    sep = '&';
  }
  return url;
}

}  // namespace kiln::deploy
