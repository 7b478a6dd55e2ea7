#include "site/output_minifier.h"

#include "base/strings.h"
#include "site/render_plan.h"

namespace kiln {
namespace {

bool ConfigBool(const Value* section, std::string_view key, bool fallback) {
  const Value* v = section != nullptr ? section->Find(key) : nullptr;
  return v != nullptr && v->kind() == ValueKind::kBool ? v->AsBool() : fallback;
}

}  // namespace

OutputMinifier::OutputMinifier(const SiteOptions& options) {
  const Value* section = options.config.Find("minify");
  enabled_ = ConfigBool(section, "minifyoutput", false);
  if (!enabled_) return;
  const std::pair<const char*, minify::Kind> switches[] = {
      {"disablecss", minify::Kind::kCss}, {"disablehtml", minify::Kind::kHtml},
      {"disablejs", minify::Kind::kJs},   {"disablejson", minify::Kind::kJson},
      {"disablesvg", minify::Kind::kSvg}, {"disablexml", minify::Kind::kXml},
  };
  for (const auto& [key, kind] : switches) {
    if (ConfigBool(section, key, false)) disabled_.insert(kind);
  }
  const Value* tdewolff = section->Find("tdewolff");
  const Value* html = tdewolff != nullptr ? tdewolff->Find("html") : nullptr;
  html_.keep_comments = ConfigBool(html, "keepcomments", html_.keep_comments);
  html_.keep_conditional_comments =
      ConfigBool(html, "keepconditionalcomments", html_.keep_conditional_comments);
  html_.keep_default_attr_vals =
      ConfigBool(html, "keepdefaultattrvals", html_.keep_default_attr_vals);
  html_.keep_document_tags = ConfigBool(html, "keepdocumenttags", html_.keep_document_tags);
  html_.keep_end_tags = ConfigBool(html, "keependtags", html_.keep_end_tags);
  html_.keep_quotes = ConfigBool(html, "keepquotes", html_.keep_quotes);
  html_.keep_whitespace = ConfigBool(html, "keepwhitespace", html_.keep_whitespace);

  for (const hugo::OutputFormat& f : SiteOutputsConfig(options).formats) {
    minify::Kind kind = minify::KindForMediaType(f.media_type);
    if (kind == minify::Kind::kNone) kind = minify::KindForSuffix(f.suffix);
    if (kind == minify::Kind::kNone && f.is_html) kind = minify::Kind::kHtml;
    format_kinds_[AsciiLower(f.name)] = kind;
  }
}

minify::Kind OutputMinifier::KindFor(const RenderJob& job) const {
  switch (job.kind) {
    case OutputKind::kHtml:
    case OutputKind::k404:
    case OutputKind::kAlias:
      return minify::Kind::kHtml;
    case OutputKind::kRss:
    case OutputKind::kSitemap:
      return minify::Kind::kXml;
    case OutputKind::kRobotsTxt:
      return minify::Kind::kNone;
    case OutputKind::kFormat:
      break;
  }
  auto it = format_kinds_.find(AsciiLower(job.format));
  return it != format_kinds_.end() ? it->second : minify::Kind::kNone;
}

StatusOr<std::string> OutputMinifier::Minify(const RenderJob& job, std::string out) const {
  if (!enabled_) return out;
  return Run(KindFor(job), job.path, std::move(out));
}

StatusOr<std::string> OutputMinifier::MinifyFile(const std::string& path, std::string out) const {
  if (!enabled_) return out;
  minify::Kind kind = minify::Kind::kNone;
  if (path.ends_with(".xml")) kind = minify::Kind::kXml;
  if (path.ends_with(".html")) kind = minify::Kind::kHtml;
  return Run(kind, path, std::move(out));
}

StatusOr<std::string> OutputMinifier::Run(minify::Kind kind, const std::string& path,
                                          std::string out) const {
  if (kind == minify::Kind::kNone || disabled_.count(kind) != 0) return out;
  StatusOr<std::string> minified = kind == minify::Kind::kHtml
                                       ? minify::MinifyHtmlDocument(out, html_, disabled_)
                                       : minify::Minify(kind, out);
  if (minified.ok()) return minified;
  // Minifiers kiln does not have yet publish their output as rendered.
  if (minified.status().code() == StatusCode::kUnimplemented) return out;
  return Status(minified.status()).WithContext("minifying " + path);
}

}  // namespace kiln
