#include "hugo/funcs/url_object.h"

#include "base/hex.h"
#include "base/percent_decode.h"
#include "base/strings.h"
#include "content/path_sanitize.h"
#include "value/go_format.h"

namespace kiln::funcs {

namespace {

// Go's escaping of a path (or, with `fragment`, a fragment); valid %XX sequences already
// in `s` are kept when `keep_escapes`.
std::string Escape(std::string_view s, bool fragment, bool keep_escapes) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    bool plain =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
        std::string_view("-_.~$&+,/:;=@").find(static_cast<char>(c)) != std::string_view::npos ||
        (fragment &&
         std::string_view("!()*?").find(static_cast<char>(c)) != std::string_view::npos);
    if (keep_escapes && c == '%' && i + 2 < s.size() && IsHexDigit(s[i + 1]) &&
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

struct Url {
  std::string scheme, opaque, user, host, path, raw_query, fragment;
  bool has_user = false;

  std::string String() const {
    std::string out;
    if (!scheme.empty()) out += scheme + ":";
    if (!opaque.empty()) {
      out += opaque;
    } else {
      if (!scheme.empty() || !host.empty() || has_user) {
        if (!host.empty() || !path.empty() || has_user) out += "//";
        if (has_user) out += user + "@";
        out += host;
      }
      std::string p = Escape(path, false, false);
      if (!p.empty() && p[0] != '/' && !host.empty()) out += '/';
      out += p;
    }
    if (!raw_query.empty()) out += "?" + raw_query;
    if (!fragment.empty()) out += "#" + Escape(fragment, true, false);
    return out;
  }
};

class UrlObject final : public Object {
 public:
  explicit UrlObject(Url u) : u_(std::move(u)) {}
  std::string_view TypeName() const override { return "*url.URL"; }
  StatusOr<Value> Member(std::string_view name, std::span<const Value> args) const override {
    const struct {
      std::string_view name;
      const std::string* field;
    } kFields[] = {{"Scheme", &u_.scheme}, {"Opaque", &u_.opaque},      {"Host", &u_.host},
                   {"Path", &u_.path},     {"RawQuery", &u_.raw_query}, {"Fragment", &u_.fragment}};
    for (const auto& f : kFields) {
      if (f.name == name) return Value::String(*f.field);
    }
    if (name == "RawPath") return Value::String("");
    if (name == "User") return u_.has_user ? Value::String(u_.user) : Value();
    size_t colon = u_.host.rfind(':');
    bool has_port = colon != std::string::npos && u_.host.find(']', colon) == std::string::npos;
    if (name == "Hostname") {
      std::string h = has_port ? u_.host.substr(0, colon) : u_.host;
      if (h.size() >= 2 && h.front() == '[' && h.back() == ']') h = h.substr(1, h.size() - 2);
      return Value::String(h);
    }
    if (name == "Port") return Value::String(has_port ? u_.host.substr(colon + 1) : "");
    if (name == "IsAbs") return Value::Bool(!u_.scheme.empty());
    if (name == "String") return Value::String(u_.String());
    if (name == "EscapedPath") return Value::String(Escape(u_.path, false, false));
    if (name == "Query") return Value::Map(Query());
    if (name == "RequestURI") {
      std::string r = u_.opaque.empty() ? Escape(u_.path, false, false) : u_.opaque;
      if (r.empty()) r = "/";
      if (!u_.raw_query.empty()) r += "?" + u_.raw_query;
      return Value::String(r);
    }
    (void)args;
    return NotFoundError(std::string(name));
  }

 private:
  // url.Values: each key's values in order.
  ValueMap Query() const {
    std::map<std::string, ValueList> values;
    for (std::string_view part : Split(u_.raw_query, '&')) {
      if (part.empty()) continue;
      size_t eq = part.find('=');
      std::string key = PercentDecode(part.substr(0, eq), PlusDecoding::kSpace);
      std::string value = eq == std::string_view::npos
                              ? ""
                              : PercentDecode(part.substr(eq + 1), PlusDecoding::kSpace);
      values[key].push_back(Value::String(value));
    }
    ValueMap out;
    for (auto& [k, v] : values) out[k] = Value::List(std::move(v));
    return out;
  }

  Url u_;
};

}  // namespace

StatusOr<Value> ParseUrl(std::string_view s) {
  std::string quoted;
  AppendGoQuote(&quoted, s);
  Url u;
  std::string_view rest = s;
  if (size_t hash = rest.find('#'); hash != std::string_view::npos) {
    u.fragment = PercentDecode(rest.substr(hash + 1), PlusDecoding::kLiteral);
    rest = rest.substr(0, hash);
  }
  for (size_t i = 0; i < rest.size(); ++i) {
    char c = rest[i];
    bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (letter || (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'))) {
      continue;
    }
    if (c == ':') {
      if (i == 0) return InvalidArgumentError("parse " + quoted + ": missing protocol scheme");
      u.scheme = AsciiLower(rest.substr(0, i));
      rest.remove_prefix(i + 1);
    }
    break;
  }
  if (size_t q = rest.find('?'); q != std::string_view::npos) {
    u.raw_query = std::string(rest.substr(q + 1));
    rest = rest.substr(0, q);
  }
  if (!u.scheme.empty() && !rest.starts_with('/')) {
    u.opaque = std::string(rest);
    return Value::FromObject(std::make_shared<const UrlObject>(std::move(u)));
  }
  if (rest.starts_with("//") && (!u.scheme.empty() || !rest.starts_with("///"))) {
    rest.remove_prefix(2);
    size_t slash = rest.find('/');
    std::string_view authority = rest.substr(0, slash);
    rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash);
    if (size_t at = authority.rfind('@'); at != std::string_view::npos) {
      u.has_user = true;
      u.user = std::string(authority.substr(0, at));
      authority.remove_prefix(at + 1);
    }
    u.host = PercentDecode(authority, PlusDecoding::kLiteral);
  }
  u.path = PercentDecode(rest, PlusDecoding::kLiteral);
  return Value::FromObject(std::make_shared<const UrlObject>(std::move(u)));
}

std::string EscapeUrlPath(std::string_view path) { return Escape(path, false, false); }

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
    if (Escape(std::string_view(&s[i], 1), false, false).size() != 1) return false;
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
                                : Escape(PercentDecode(path, PlusDecoding::kLiteral), false, false);
  out += u.substr(path_end);
  return out;
}

std::string Urlize(std::string_view s) {
  std::string sanitized = MakeUrlPath(TrimSpace(s));
  std::string_view path = sanitized;
  std::string fragment;
  if (size_t hash = path.find('#'); hash != std::string_view::npos) {
    fragment = "#" + Escape(path.substr(hash + 1), true, true);
    path = path.substr(0, hash);
  }
  return Escape(path, false, true) + fragment;
}

}  // namespace kiln::funcs
