#include "hugo/site_funcs.h"

#include <cctype>
#include <functional>
#include <map>
#include <memory>
#include <optional>

#include "base/path.h"
#include "base/url_escape.h"
#include "hugo/partial_funcs.h"
#include "value/go_format.h"

namespace kiln::hugo {

namespace {

// The scheme-and-host part of a URL ("https://example.com") and its path ("/sub/").
struct SplitUrl {
  std::string origin;
  std::string path;
};

SplitUrl Split(std::string_view url) {
  size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return {"", std::string(url)};
  size_t slash = url.find('/', scheme + 3);
  if (slash == std::string_view::npos) return {std::string(url), ""};
  return {std::string(url.substr(0, slash)), std::string(url.substr(slash))};
}

// Go's path.Join of two elements: "" when both are empty, else the cleaned join.
std::string GoPathJoin(std::string_view a, std::string_view b) {
  if (a.empty() && b.empty()) return "";
  if (a.empty() || b.empty()) return CleanPath(a.empty() ? b : a);
  return CleanPath(std::string(a) + "/" + std::string(b));
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Go's url.PathUnescape; nullopt for a malformed escape.
std::optional<std::string> Unescape(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '%') {
      out += s[i];
      continue;
    }
    if (i + 2 >= s.size() || HexValue(s[i + 1]) < 0 || HexValue(s[i + 2]) < 0) {
      return std::nullopt;
    }
    out += static_cast<char>(HexValue(s[i + 1]) * 16 + HexValue(s[i + 2]));
    i += 2;
  }
  return out;
}

// What Go's url.Parse makes of a reference, as far as Hugo's URL helpers look at it.
struct ParsedRef {
  bool ok = true;         // false where url.Parse fails (Hugo then returns the input)
  bool absolute = false;  // has a scheme
  std::string path;       // unescaped, without query and fragment
};

ParsedRef ParseRef(std::string_view in) {
  static const ParsedRef kMalformed{false, false, ""};
  ParsedRef ref;
  size_t hash = in.find('#');
  if (hash != std::string_view::npos && !Unescape(in.substr(hash + 1))) return kMalformed;
  std::string_view rest = in.substr(0, hash);
  // A scheme is a letter then letters, digits, "+", "-" or "." up to a colon.
  for (size_t i = 0; i < rest.size(); ++i) {
    char c = rest[i];
    if (std::isalpha(static_cast<unsigned char>(c))) continue;
    if (i > 0 &&
        (std::isdigit(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.')) {
      continue;
    }
    if (c == ':') {
      if (i == 0) return kMalformed;
      ref.absolute = true;
      return ref;
    }
    break;
  }
  rest = rest.substr(0, rest.find('?'));
  // Without a scheme, a colon in the first segment is an error.
  if (!rest.starts_with('/') &&
      rest.substr(0, rest.find('/')).find(':') != std::string_view::npos) {
    return kMalformed;
  }
  std::optional<std::string> path = Unescape(rest);
  if (!path) return kMalformed;
  ref.path = std::move(*path);
  return ref;
}

// Hugo's language prefixing of `u` for `lang` ("fr"): none when `in`, the helper's
// argument as given, already starts with it (relURL checks that, not `u` with the baseURL
// removed, so ".../fr/" gains a second "fr").
std::string AddLanguage(std::string_view u, std::string_view in, std::string_view lang,
                        bool slash) {
  if (lang.empty()) return std::string(u);
  std::string_view rest = in.starts_with('/') ? in.substr(1) : in;
  if (rest == lang || (rest.starts_with(lang) && rest.substr(lang.size()).starts_with('/'))) {
    return std::string(u);
  }
  std::string joined = GoPathJoin(lang, u);
  if (slash) joined += '/';
  return joined;
}

// Hugo's PathSpec.AbsURL: the reference's path (query and fragment dropped) joined to the
// baseURL's, or to the host for a root-relative one, and escaped as Go's url package does.
std::string HugoAbsUrl(std::string_view base_url, std::string_view in, std::string_view lang) {
  ParsedRef ref = ParseRef(in);
  if (!ref.ok || ref.absolute || in.starts_with("//")) return std::string(in);
  SplitUrl base = Split(base_url);
  std::string_view root_path = in.starts_with('/') ? "" : std::string_view(base.path);
  std::string plink = AddLanguage(in, in, lang, in.empty() || in.ends_with('/'));
  std::string path = GoPathJoin(root_path, ParseRef(plink).path);
  bool trailing = plink.empty() ? base_url.ends_with('/') : ParseRef(plink).path.ends_with('/');
  if (trailing && !path.ends_with('/')) path += '/';
  std::string escaped = GoUrlEscape(path, UrlComponent::kPath, KeepEscapes::kNo);
  if (!escaped.empty() && !escaped.starts_with('/')) escaped.insert(escaped.begin(), '/');
  return base.origin + escaped;
}

// Hugo's PathSpec.RelURL: the reference without the baseURL, under the baseURL's path
// (the host's root for a root-relative one); http(s) URLs elsewhere stay as they are.
std::string HugoRelUrl(std::string_view base_url, std::string_view in, std::string_view lang) {
  SplitUrl base = Split(base_url);
  std::string_view root = in.starts_with('/') ? std::string_view(base.origin) : base_url;
  if ((!in.starts_with(root) && in.starts_with("http")) || in.starts_with("//")) {
    return std::string(in);
  }
  std::string_view rest = in.starts_with(root) ? in.substr(root.size()) : in;
  std::string u = AddLanguage(rest, in, lang, rest.ends_with('/'));
  std::string path = GoPathJoin(in.starts_with('/') ? "" : std::string_view(base.path), u);
  if (path != "/" && u.ends_with('/')) path += '/';
  if (in.empty() && !path.ends_with('/') && root.ends_with('/')) path += '/';
  if (!path.starts_with('/')) path.insert(path.begin(), '/');
  return path;
}

// The `templates` namespace object; it carries the calling context, so Exists sees the
// calling template set.
class TemplatesNamespace final : public Object {
 public:
  TemplatesNamespace(tmpl::CallContext ctx,
                     std::shared_ptr<std::map<std::string, tmpl::Function, std::less<>>> methods)
      : ctx_(ctx), methods_(std::move(methods)) {}
  std::string_view TypeName() const override { return "*templates.Namespace"; }
  StatusOr<Value> Member(std::string_view name, std::span<const Value> args) const override {
    auto it = methods_->find(name);
    if (it == methods_->end()) return NotFoundError(std::string(name));
    if (args.size() != it->second.params.size()) {
      return InvalidArgumentError("wrong number of args for " + std::string(name) + ": want " +
                                  std::to_string(it->second.params.size()) + " got " +
                                  std::to_string(args.size()));
    }
    return it->second.impl(ctx_, args);
  }

 private:
  tmpl::CallContext ctx_;
  std::shared_ptr<std::map<std::string, tmpl::Function, std::less<>>> methods_;
};

// The baseURL relURL and relLangURL work from.
std::string RelBase(std::string_view base_url, bool canonify_urls) {
  return canonify_urls ? Split(base_url).origin + "/" : std::string(base_url);
}

}  // namespace

std::string RelUrl(std::string_view base_url, std::string_view in, bool canonify_urls) {
  return HugoRelUrl(RelBase(base_url, canonify_urls), in, "");
}

std::string AbsUrl(std::string_view base_url, std::string_view in) {
  return HugoAbsUrl(base_url, in, "");
}

std::string LangUrl(std::string_view base_url, std::string_view lang_prefix, std::string_view in,
                    bool absolute) {
  std::string_view lang = lang_prefix.substr(0, lang_prefix.find('/'));
  return absolute ? HugoAbsUrl(base_url, in, lang) : HugoRelUrl(base_url, in, lang);
}

void RegisterSiteFuncs(std::string base_url, std::string lang_prefix, tmpl::FuncMap* funcs,
                       bool canonify_urls) {
  const std::string rel_base = RelBase(base_url, canonify_urls);
  auto url_func = [](std::function<std::string(std::string_view)> fn) {
    tmpl::Function f;
    f.params = {tmpl::ParamKind::kAny};
    f.impl = [fn](const tmpl::CallContext&, std::span<const Value> args) -> StatusOr<Value> {
      std::string in;
      if (args[0].is_string()) {
        in = args[0].AsString();
      } else {
        AppendGoSprint(&in, args.first(1));
      }
      return Value::String(fn(in));
    };
    return f;
  };
  funcs->Register("relURL",
                  url_func([rel_base](std::string_view in) { return RelUrl(rel_base, in); }));
  funcs->Register("absURL",
                  url_func([base_url](std::string_view in) { return AbsUrl(base_url, in); }));
  funcs->Register("relLangURL", url_func([rel_base, lang_prefix](std::string_view in) {
                    return LangUrl(rel_base, lang_prefix, in, false);
                  }));
  funcs->Register("absLangURL", url_func([base_url, lang_prefix](std::string_view in) {
                    return LangUrl(base_url, lang_prefix, in, true);
                  }));

  RegisterPartialFuncs(funcs);

  // templates.Exists "partials/x.html": whether the layouts define the template.
  auto templates = std::make_shared<std::map<std::string, tmpl::Function, std::less<>>>();
  tmpl::Function exists;
  exists.params = {tmpl::ParamKind::kAny};
  exists.impl = [](const tmpl::CallContext& ctx, std::span<const Value> args) -> StatusOr<Value> {
    return Value::Bool(args[0].is_string() && ctx.HasTemplate(args[0].AsString()));
  };
  (*templates)["Exists"] = exists;
  tmpl::Function ns;
  ns.impl = [templates](const tmpl::CallContext& ctx, std::span<const Value>) -> StatusOr<Value> {
    return Value::FromObject(std::make_shared<const TemplatesNamespace>(ctx, templates));
  };
  funcs->Register("templates", ns);
}

}  // namespace kiln::hugo
