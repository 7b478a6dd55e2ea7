#include "base/url_escape.h"

#include "base/hex.h"
#include "base/percent_decode.h"

namespace kiln {

std::string GoUrlEscape(std::string_view s, UrlComponent component, KeepEscapes keep) {
  const bool fragment = component == UrlComponent::kFragment;
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    bool plain =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
        std::string_view("-_.~$&+,/:;=@").find(static_cast<char>(c)) != std::string_view::npos ||
        (fragment &&
         std::string_view("!()*?").find(static_cast<char>(c)) != std::string_view::npos);
    if (keep == KeepEscapes::kYes && c == '%' && i + 2 < s.size() && IsHexDigit(s[i + 1]) &&
        IsHexDigit(s[i + 2])) {
      plain = true;
    }
    if (plain) {
      out.push_back(static_cast<char>(c));
    } else {
      AppendPercentEscape(c, &out);
    }
  }
  return out;
}

namespace {

// Go's validEncoded for a path: every byte a path may carry unescaped, or part of an escape.
bool ValidEncodedPath(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '%') {
      if (i + 2 >= s.size() || !IsHexDigit(s[i + 1]) || !IsHexDigit(s[i + 2])) return false;
      continue;
    }
    if (std::string_view("!$&'()*+,;=:@[]").find(c) != std::string_view::npos) continue;
    if (GoUrlEscape(std::string_view(&s[i], 1), UrlComponent::kPath, KeepEscapes::kNo).size() !=
        1) {
      return false;
    }
  }
  return true;
}

}  // namespace

std::string GoUrlString(std::string_view u) {
  size_t path_start = 0;
  if (size_t scheme = u.find("://"); scheme != std::string_view::npos) {
    path_start = u.find('/', scheme + 3);
    if (path_start == std::string_view::npos) return std::string(u);
  }
  size_t path_end = u.find_first_of("?#", path_start);
  if (path_end == std::string_view::npos) path_end = u.size();
  std::string_view path = u.substr(path_start, path_end - path_start);
  std::string out(u.substr(0, path_start));
  out += ValidEncodedPath(path) ? std::string(path)
                                : GoUrlEscape(PercentDecode(path, PlusDecoding::kLiteral),
                                              UrlComponent::kPath, KeepEscapes::kNo);
  out += u.substr(path_end);
  return out;
}

}  // namespace kiln
