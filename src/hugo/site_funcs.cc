#include "hugo/site_funcs.h"

#include <functional>

#include <map>
#include <memory>

#include "base/path.h"
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

bool HasScheme(std::string_view in) {
  size_t colon = in.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  for (size_t i = 0; i < colon; ++i) {
    char c = in[i];
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
              (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
    if (!ok) return false;
  }
  return true;
}

// Go's path.Join(base, rel), keeping a trailing slash that `rel` had (or that `base` had when
// `rel` is empty), as Hugo's URL helpers do.
std::string JoinKeepingSlash(std::string_view base, std::string_view rel) {
  std::string joined = CleanPath(std::string(base.empty() ? "/" : base) + "/" + std::string(rel));
  bool trailing = rel.empty() ? base.ends_with('/') : rel.ends_with('/');
  if (trailing && !joined.ends_with('/')) joined += '/';
  return joined;
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

}  // namespace

std::string RelUrl(std::string_view base_url, std::string_view in) {
  // Only http(s) URLs outside the site stay as they are; other schemes are treated as paths,
  // as Hugo 0.111 does ("mailto:x" becomes "/sub/mailto:x").
  if ((in.starts_with("http") && !in.starts_with(base_url)) || in.starts_with("//")) {
    return std::string(in);
  }
  std::string_view rel = in;
  if (!base_url.empty() && rel.starts_with(base_url)) rel.remove_prefix(base_url.size());
  // A root-relative path is already relative to the host, even under a sub-path baseURL.
  if (rel.starts_with('/')) return std::string(rel);
  std::string u = JoinKeepingSlash(Split(base_url).path, rel);
  if (!u.starts_with('/')) u.insert(u.begin(), '/');
  return u;
}

std::string AbsUrl(std::string_view base_url, std::string_view in) {
  if (HasScheme(in) || in.starts_with("//")) return std::string(in);
  if (in.empty()) return std::string(base_url);
  // Hugo joins only the path: a query or fragment is dropped, and a root-relative path
  // starts at the host, not at the baseURL's sub-path.
  std::string_view path = in.substr(0, in.find_first_of("?#"));
  SplitUrl base = Split(base_url);
  std::string root = in.starts_with('/') || base.path.empty() ? "/" : base.path;
  std::string joined = CleanPath(root + "/" + std::string(path));
  if (path.ends_with('/') && joined != "/") joined += '/';
  return base.origin + joined;
}

std::string LangUrl(std::string_view base_url, std::string_view lang_prefix, std::string_view in,
                    bool absolute) {
  if (in.starts_with("//")) return std::string(in);
  if (HasScheme(in)) {
    if (absolute || !in.starts_with(base_url)) return std::string(in);
    in.remove_prefix(base_url.size());
  } else if (in.starts_with('/')) {
    // A root-relative path stays at the host's root, under the language's directory.
    std::string path = "/" + std::string(lang_prefix) + std::string(in.substr(1));
    return absolute ? Split(base_url).origin + path : path;
  }
  std::string lang_base(base_url);
  if (!lang_base.ends_with('/')) lang_base += '/';
  lang_base += lang_prefix;
  return absolute ? AbsUrl(lang_base, in) : RelUrl(lang_base, in);
}

void RegisterSiteFuncs(std::string base_url, std::string lang_prefix, tmpl::FuncMap* funcs) {
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
                  url_func([base_url](std::string_view in) { return RelUrl(base_url, in); }));
  funcs->Register("absURL",
                  url_func([base_url](std::string_view in) { return AbsUrl(base_url, in); }));
  funcs->Register("relLangURL", url_func([base_url, lang_prefix](std::string_view in) {
                    return LangUrl(base_url, lang_prefix, in, false);
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
