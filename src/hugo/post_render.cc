#include "hugo/post_render.h"

#include <algorithm>

namespace kiln::hugo {
namespace {

bool ConfigBool(const Value& config, std::string_view key) {
  const Value* v = config.kind() == ValueKind::kMap ? config.Find(key) : nullptr;
  return v != nullptr && v->IsTruthy();
}

// Rewrites every root-relative URL ("/x", not "//host/x") that follows one of Hugo's URL
// attribute prefixes (src=, href=, action=, srcset=; quoted with " or ', or bare) by
// replacing its leading '/' with `prefix`. In srcset every candidate URL is rewritten.
std::string RewriteRootUrls(std::string_view in, std::string_view prefix) {
  static constexpr std::string_view kAttrs[] = {"src=", "href=", "action=", "srcset="};
  std::string out;
  out.reserve(in.size());
  size_t i = 0;
  while (i < in.size()) {
    std::string_view attr;
    for (std::string_view a : kAttrs) {
      if (in.substr(i, a.size()) == a) attr = a;
    }
    if (attr.empty()) {
      out.push_back(in[i++]);
      continue;
    }
    out.append(attr);
    i += attr.size();
    char quote = i < in.size() && (in[i] == '"' || in[i] == '\'') ? in[i] : '\0';
    if (quote != '\0') out.push_back(in[i++]);
    size_t end = i;
    while (end < in.size() && (quote != '\0' ? in[end] != quote
                                             : in[end] != '>' && in[end] != ' ' &&
                                                   in[end] != '\t' && in[end] != '\n')) {
      ++end;
    }
    std::string_view value = in.substr(i, end - i);
    // A URL starts the value and, in srcset, follows each ", ".
    for (size_t k = 0; k < value.size(); ++k) {
      bool starts = k == 0 || (attr == "srcset=" && k >= 2 && value.substr(k - 2, 2) == ", ");
      if (starts && value[k] == '/' && (k + 1 >= value.size() || value[k + 1] != '/')) {
        out.append(prefix);
      } else {
        out.push_back(value[k]);
      }
    }
    i = end;
  }
  return out;
}

}  // namespace

PostRenderOptions PostRenderOptionsFromConfig(const Value& config, std::string_view base_url) {
  PostRenderOptions o;
  o.inject_generator = !ConfigBool(config, "disablehugogeneratorinject");
  o.canonify_urls = ConfigBool(config, "canonifyurls");
  o.relative_urls = ConfigBool(config, "relativeurls");
  o.base_url = std::string(base_url);
  if (o.base_url.empty() || o.base_url.back() != '/') o.base_url.push_back('/');
  return o;
}

std::string InjectGenerator(std::string html) {
  if (html.find("<meta name=\"generator\"") != std::string::npos) return html;
  size_t head = html.find("<head>");
  if (head == std::string::npos) return html;
  html.insert(head + 6, "\n\t<meta name=\"generator\" content=\"Hugo 0.111.3\">");
  return html;
}

std::string PostRender(std::string out, OutputRole role, std::string_view path,
                       const PostRenderOptions& options) {
  if (role == OutputRole::kFeed) return out;
  // relativeURLs wins over canonifyURLs, which still leaves baseURL's path out of links.
  if (options.relative_urls) {
    size_t depth = static_cast<size_t>(std::count(path.begin(), path.end(), '/'));
    std::string prefix = depth == 0 ? "./" : "";
    for (size_t d = 0; d < depth; ++d) prefix += "../";
    out = RewriteRootUrls(out, prefix);
  } else if (options.canonify_urls) {
    out = RewriteRootUrls(out, options.base_url);
  }
  if (role == OutputRole::kHomeHtml && options.inject_generator) {
    out = InjectGenerator(std::move(out));
  }
  return out;
}

}  // namespace kiln::hugo
