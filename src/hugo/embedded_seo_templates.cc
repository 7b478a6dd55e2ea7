// The metadata templates themes include in <head>: Open Graph, Twitter cards and
// schema.org microdata. Their text is kiln's; the bytes they print are Hugo 0.111.3's,
// blank lines included, since sites are compared byte for byte.
#include "hugo/embedded_families.h"

namespace kiln::hugo {
namespace {

// The description every family prints: the page's own, else a regular page's summary,
// else the site's `description` param.
#define KILN_DESCRIPTION                                                             \
  "{{ with .Description }}{{ . }}{{ else }}{{ if .IsPage }}{{ .Summary }}{{ else }}" \
  "{{ with .Site.Params.description }}{{ . }}{{ end }}{{ end }}{{ end }}"

// A bundle's featured image: the first image resource named like "*feature*", else like
// "*cover*" or "*thumbnail*".
#define KILN_FEATURED                                   \
  "{{- $pics := $.Resources.ByType \"image\" -}}\n"     \
  "{{- $featured := $pics.GetMatch \"*feature*\" -}}\n" \
  "{{- if not $featured }}{{ $featured = $pics.GetMatch \"{*cover*,*thumbnail*}\" }}{{ end -}}\n"

constexpr char kOpenGraph[] =
    "<meta property=\"og:title\" content=\"{{ .Title }}\" />\n"
    "<meta property=\"og:description\" content=\"" KILN_DESCRIPTION
    "\" />\n"
    "<meta property=\"og:type\" content=\"{{ if .IsPage }}article{{ else }}website{{ end }}\" />\n"
    "<meta property=\"og:url\" content=\"{{ .Permalink }}\" />\n"
    "{{- with $.Params.images -}}\n"
    "  {{- range first 6 . }}<meta property=\"og:image\" content=\"{{ absURL . }}\" />{{ end -}}\n"
    "{{- else -}}\n" KILN_FEATURED
    "  {{- with $featured -}}<meta property=\"og:image\" content=\"{{ .Permalink }}\"/>\n"
    "  {{- else }}{{ with $.Site.Params.images -}}"
    "<meta property=\"og:image\" content=\"{{ index . 0 | absURL }}\"/>\n"
    "  {{- end }}{{ end -}}\n"
    "{{- end -}}\n"
    "{{- if .IsPage -}}\n"
    "<meta property=\"article:section\" content=\"{{ .Section }}\" />\n"
    "{{ with .PublishDate }}<meta property=\"article:published_time\" "
    "{{ printf \"content=%q\" (.Format \"2006-01-02T15:04:05-07:00\") | safeHTMLAttr }} />"
    "{{ end }}\n"
    "{{ with .Lastmod }}<meta property=\"article:modified_time\" "
    "{{ printf \"content=%q\" (.Format \"2006-01-02T15:04:05-07:00\") | safeHTMLAttr }} />"
    "{{ end }}\n"
    "{{- end -}}\n"
    "{{- with .Params.audio }}<meta property=\"og:audio\" content=\"{{ . }}\" />{{ end -}}\n"
    "{{- with .Params.locale }}<meta property=\"og:locale\" content=\"{{ . }}\" />{{ end -}}\n"
    "{{- with .Site.Params.title }}<meta property=\"og:site_name\" content=\"{{ . }}\" />"
    "{{ end -}}\n"
    "{{- range .Params.videos }}\n"
    "<meta property=\"og:video\" content=\"{{ absURL . }}\" />\n"
    "{{ end -}}\n"
    // Other pages of the same series, up to six per series.
    "{{- $self := .Permalink -}}\n"
    "{{- with .Site.Taxonomies.series }}{{ $all := . }}\n"
    "{{ range $.Params.series -}}\n"
    "  {{- range first 6 (index $all (urlize .)).Pages -}}\n"
    "    {{- if ne .Permalink $self }}<meta property=\"og:see_also\" content=\"{{ .Permalink }}\" "
    "/>"
    "{{ end -}}\n"
    "  {{- end }}\n"
    "{{ end -}}\n"
    "{{- end -}}\n"
    "{{- with .Site.Social.facebook_admin }}<meta property=\"fb:admins\" content=\"{{ . }}\" />"
    "{{ end }}\n";

constexpr char kTwitterCards[] =
    "{{- with $.Params.images -}}\n"
    "<meta name=\"twitter:card\" content=\"summary_large_image\"/>\n"
    "<meta name=\"twitter:image\" content=\"{{ index . 0 | absURL }}\"/>\n"
    "{{ else -}}\n" KILN_FEATURED
    "  {{- with $featured -}}\n"
    "<meta name=\"twitter:card\" content=\"summary_large_image\"/>\n"
    "<meta name=\"twitter:image\" content=\"{{ .Permalink }}\"/>\n"
    "  {{- else }}{{ with $.Site.Params.images -}}\n"
    "<meta name=\"twitter:card\" content=\"summary_large_image\"/>\n"
    "<meta name=\"twitter:image\" content=\"{{ index . 0 | absURL }}\"/>\n"
    "{{ else -}}\n"
    "<meta name=\"twitter:card\" content=\"summary\"/>\n"
    "  {{- end }}{{ end -}}\n"
    "{{- end }}\n"
    "<meta name=\"twitter:title\" content=\"{{ .Title }}\"/>\n"
    "<meta name=\"twitter:description\" content=\"" KILN_DESCRIPTION
    "\"/>\n"
    "{{ with .Site.Social.twitter -}}\n"
    "<meta name=\"twitter:site\" content=\"@{{ . }}\"/>\n"
    "{{ end -}}\n";

constexpr char kSchema[] =
    "<meta itemprop=\"name\" content=\"{{ .Title }}\">\n"
    "<meta itemprop=\"description\" content=\"" KILN_DESCRIPTION
    "\">\n"
    "{{- if .IsPage -}}\n"
    "{{ with .PublishDate }}<meta itemprop=\"datePublished\" "
    "{{ printf \"content=%q\" (.Format \"2006-01-02T15:04:05-07:00\") | safeHTMLAttr }} />"
    "{{ end }}\n"
    "{{ with .Lastmod }}<meta itemprop=\"dateModified\" "
    "{{ printf \"content=%q\" (.Format \"2006-01-02T15:04:05-07:00\") | safeHTMLAttr }} />"
    "{{ end }}\n"
    "<meta itemprop=\"wordCount\" content=\"{{ .WordCount }}\">\n"
    "{{- with $.Params.images -}}\n"
    "  {{- range first 6 . }}<meta itemprop=\"image\" content=\"{{ absURL . }}\">{{ end -}}\n"
    "{{- else -}}\n" KILN_FEATURED
    "  {{- with $featured -}}<meta itemprop=\"image\" content=\"{{ .Permalink }}\">\n"
    "  {{- else }}{{ with $.Site.Params.images -}}"
    "<meta itemprop=\"image\" content=\"{{ index . 0 | absURL }}\"/>\n"
    "  {{- end }}{{ end -}}\n"
    "{{- end }}\n"
    // Keywords: a page's tags, or every term of every taxonomy on list pages.
    "<meta itemprop=\"keywords\" content=\"{{ if .IsPage }}{{ range .Params.tags }}{{ . }},{{ end "
    "}}"
    "{{ else }}{{ range .Site.Taxonomies }}{{ range $term, $pages := . }}{{ $term }},{{ end }}{{ "
    "end }}"
    "{{ end }}\" />\n"
    "{{- end -}}\n";

#undef KILN_DESCRIPTION
#undef KILN_FEATURED

}  // namespace

void AppendSeoTemplates(std::vector<TemplateSource>* out) {
  out->push_back({"_internal/opengraph.html", kOpenGraph, "<embedded>/opengraph.html"});
  out->push_back({"_internal/twitter_cards.html", kTwitterCards, "<embedded>/twitter_cards.html"});
  out->push_back({"_internal/schema.html", kSchema, "<embedded>/schema.html"});
}

}  // namespace kiln::hugo
