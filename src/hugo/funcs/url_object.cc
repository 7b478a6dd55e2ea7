#include "hugo/funcs/url_object.h"

#include "base/hex.h"
#include "base/percent_decode.h"
#include "base/strings.h"
#include "base/url_escape.h"
#include "content/path_sanitize.h"
#include "value/go_format.h"

namespace kiln::funcs {

namespace {

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
      std::string p = GoUrlEscape(path, UrlComponent::kPath, KeepEscapes::kNo);
      if (!p.empty() && p[0] != '/' && !host.empty()) out += '/';
      out += p;
    }
    if (!raw_query.empty()) out += "?" + raw_query;
    if (!fragment.empty())
      out += "#" + GoUrlEscape(fragment, UrlComponent::kFragment, KeepEscapes::kNo);
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
    if (name == "EscapedPath")
      return Value::String(GoUrlEscape(u_.path, UrlComponent::kPath, KeepEscapes::kNo));
    if (name == "Query") return Value::Map(Query());
    if (name == "RequestURI") {
      std::string r = u_.opaque.empty()
                          ? GoUrlEscape(u_.path, UrlComponent::kPath, KeepEscapes::kNo)
                          : u_.opaque;
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

std::string Urlize(std::string_view s) {
  std::string sanitized = MakeUrlPath(TrimSpace(s));
  std::string_view path = sanitized;
  std::string fragment;
  if (size_t hash = path.find('#'); hash != std::string_view::npos) {
    fragment = "#" + GoUrlEscape(path.substr(hash + 1), UrlComponent::kFragment, KeepEscapes::kYes);
    path = path.substr(0, hash);
  }
  return GoUrlEscape(path, UrlComponent::kPath, KeepEscapes::kYes) + fragment;
}

}  // namespace kiln::funcs
