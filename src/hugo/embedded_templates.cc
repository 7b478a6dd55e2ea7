#include "hugo/embedded_templates.h"

#include "hugo/embedded_families.h"

namespace kiln::hugo {
namespace {

// An alias page: a redirect to .Permalink; dot also carries .Page.
constexpr char kAlias[] = R"(<!DOCTYPE html>
<html lang="{{ index . "languageCode" }}">
  <head>
    <title>{{ .Permalink }}</title>
    <link rel="canonical" href="{{ .Permalink }}">
    <meta name="robots" content="noindex">
    <meta charset="utf-8">
    <meta http-equiv="refresh" content="0; url={{ .Permalink }}">
  </head>
</html>
)";

constexpr char kRobotsTxt[] = "User-agent: *";

}  // namespace

std::vector<TemplateSource> EmbeddedTemplates() {
  std::vector<TemplateSource> out = {
      {"_internal/_default/alias.html", kAlias, "<embedded>/_default/alias.html"},
      {"_internal/_default/robots.txt", kRobotsTxt, "<embedded>/_default/robots.txt"},
  };
  AppendSeoTemplates(&out);
  AppendServiceTemplates(&out);
  AppendPaginationTemplate(&out);
  AppendFeedTemplates(&out);
  return out;
}

}  // namespace kiln::hugo
