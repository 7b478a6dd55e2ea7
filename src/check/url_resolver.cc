#include "check/url_resolver.h"

#include "base/path.h"
#include "base/percent_decode.h"
#include "base/strings.h"

namespace kiln::check {

namespace {

bool IsSchemeChar(char c, bool first) {
  bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (first) return alpha;
  return alpha || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
}

// The scheme of an absolute URL, lowercased, or "" for a relative reference.
std::string SchemeOf(std::string_view url) {
  for (size_t i = 0; i < url.size(); ++i) {
    if (url[i] == ':') return i == 0 ? "" : AsciiLower(url.substr(0, i));
    if (!IsSchemeChar(url[i], i == 0)) return "";
  }
  return "";
}

// "Example.ORG:443" on https → "example.org".
std::string NormalizeHost(std::string_view authority, std::string_view scheme) {
  size_t at = authority.rfind('@');
  if (at != std::string_view::npos) authority.remove_prefix(at + 1);
  std::string host = AsciiLower(authority);
  if ((scheme == "https" && host.ends_with(":443")) ||
      (scheme == "http" && host.ends_with(":80"))) {
    host.resize(host.rfind(':'));
  }
  return host;
}

}  // namespace

StatusOr<BaseUrl> ParseBaseUrl(std::string_view url) {
  BaseUrl base;
  url = TrimSpace(url);
  if (url.empty() || url == "/") return base;
  std::string scheme = SchemeOf(url);
  if (scheme != "http" && scheme != "https") {
    return InvalidArgumentError("baseURL \"" + std::string(url) + "\" is not an http(s) URL");
  }
  std::string_view rest = url.substr(scheme.size() + 1);
  if (!rest.starts_with("//")) {
    return InvalidArgumentError("baseURL \"" + std::string(url) + "\" has no host");
  }
  rest.remove_prefix(2);
  size_t slash = rest.find_first_of("/?#");
  base.scheme = scheme;
  base.host = NormalizeHost(rest.substr(0, slash), scheme);
  if (slash != std::string_view::npos && rest[slash] == '/') {
    std::string_view path = rest.substr(slash);
    path = path.substr(0, path.find_first_of("?#"));
    base.path = std::string(path);
    if (!base.path.ends_with('/')) base.path.push_back('/');
  }
  return base;
}

ResolvedUrl ResolveUrl(std::string_view url, std::string_view page, const BaseUrl& base) {
  ResolvedUrl r;
  url = TrimSpace(url);
  size_t hash = url.find('#');
  if (hash != std::string_view::npos) {
    r.has_fragment = true;
    r.fragment = PercentDecode(url.substr(hash + 1), PlusDecoding::kLiteral);
    url = url.substr(0, hash);
  }
  url = url.substr(0, url.find('?'));

  std::string scheme = SchemeOf(url);
  std::string_view path = url;
  bool absolute_path = false;
  if (!scheme.empty() || url.starts_with("//")) {
    if (scheme.empty()) scheme = base.scheme.empty() ? "https" : base.scheme;
    if (scheme != "http" && scheme != "https") {
      r.target = Target::kSkip;
      return r;
    }
    r.insecure = scheme == "http";
    std::string_view rest =
        url.substr(url.find("//") == std::string_view::npos ? url.size() : url.find("//") + 2);
    size_t slash = rest.find('/');
    std::string host = NormalizeHost(rest.substr(0, slash), scheme);
    path = slash == std::string_view::npos ? std::string_view("/") : rest.substr(slash);
    if (!base.known() || host != base.host) {
      r.target = Target::kExternal;
      return r;
    }
    std::string_view prefix = std::string_view(base.path).substr(0, base.path.size() - 1);
    if (!path.starts_with(base.path) && path != prefix) {
      r.target = Target::kExternal;  // another site on the same host
      return r;
    }
    absolute_path = true;
  } else if (path.starts_with('/')) {
    absolute_path = true;
    std::string_view prefix = std::string_view(base.path).substr(0, base.path.size() - 1);
    if (!path.starts_with(base.path) && path != prefix) {
      r.target = Target::kOutside;
      return r;
    }
  }

  std::string decoded = PercentDecode(path, PlusDecoding::kLiteral);
  if (absolute_path) {
    decoded.erase(0, std::min(decoded.size(), base.path.size()));
  } else if (decoded.empty()) {
    r.path = std::string(page);  // "#x" or "?q": the page itself
    return r;
  } else {
    decoded = JoinPath(PathDir(page), decoded);
  }
  r.directory = decoded.empty() || decoded.ends_with('/') || decoded.ends_with("/.") ||
                decoded == "." || decoded.ends_with("/..") || decoded == "..";
  std::string clean = CleanPath(decoded);
  if (clean == "..") clean = "../";
  if (clean.starts_with("../")) {
    r.target = Target::kOutside;
    return r;
  }
  r.path = clean == "." ? "" : clean;
  if (r.path.starts_with('/')) r.path.erase(0, 1);
  return r;
}

}  // namespace kiln::check
