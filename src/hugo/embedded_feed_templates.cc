// The feeds every site gets: RSS 2.0 for list pages and the XML sitemap. kiln's text,
// printing Hugo 0.111.3's bytes.
#include "hugo/embedded_families.h"

namespace kiln::hugo {
namespace {

// "Mon, 02 Jan 2006 15:04:05 -0700" is RFC 1123 with a numeric zone, as RSS wants.
#define KILN_RFC1123Z "\"Mon, 02 Jan 2006 15:04:05 -0700\""
// " (name)" after an e-mail address, when the site's author has a name.
#define KILN_AUTHOR "{{ . }}{{ with $.Site.Author.name }} ({{ . }}){{ end }}"

// Home and section feeds list regular pages (the site's on home); taxonomy and term feeds
// their `.Pages`. services.rss.limit (rssLimit) caps the count when positive.
constexpr char kRss[] =
    "{{- $items := .Pages -}}\n"
    "{{- if .IsHome }}{{ $items = .Site.RegularPages }}"
    "{{ else if .IsSection }}{{ $items = .RegularPages }}{{ end -}}\n"
    "{{- with .Site.Config.Services.RSS.Limit }}{{ if ge . 1 }}{{ $items = first . $items }}"
    "{{ end }}{{ end -}}\n"
    "{{- printf \"<?xml version=%q encoding=%q standalone=%q?>\" \"1.0\" \"utf-8\" \"yes\" "
    "| safeHTML }}\n"
    "<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\">\n"
    "  <channel>\n"
    "    <title>{{ if and .Title (ne .Title .Site.Title) }}{{ .Title }} on {{ end }}"
    "{{ .Site.Title }}</title>\n"
    "    <link>{{ .Permalink }}</link>\n"
    "    <description>Recent content {{ if and .Title (ne .Title .Site.Title) }}in {{ .Title }} "
    "{{ end }}on {{ .Site.Title }}</description>\n"
    "    <generator>Hugo -- gohugo.io</generator>"
    "{{ with .Site.LanguageCode }}\n    <language>{{ . }}</language>{{ end }}"
    "{{ with .Site.Author.email }}\n    <managingEditor>" KILN_AUTHOR
    "</managingEditor>"
    "\n    <webMaster>" KILN_AUTHOR
    "</webMaster>{{ end }}"
    "{{ with .Site.Copyright }}\n    <copyright>{{ . }}</copyright>{{ end }}"
    "{{ if not .Date.IsZero }}\n    <lastBuildDate>{{ .Date.Format " KILN_RFC1123Z
    " | safeHTML }}</lastBuildDate>{{ end }}"
    "{{ with .OutputFormats.Get \"RSS\" }}"
    "{{ printf \"<atom:link href=%q rel=\\\"self\\\" type=%q />\" .Permalink .MediaType.Type "
    "| safeHTML }}{{ end }}"
    "{{ range $items }}\n"
    "    <item>\n"
    "      <title>{{ .Title }}</title>\n"
    "      <link>{{ .Permalink }}</link>\n"
    "      <pubDate>{{ .Date.Format " KILN_RFC1123Z
    " | safeHTML }}</pubDate>\n"
    "      {{ with .Site.Author.email }}<author>" KILN_AUTHOR
    "</author>{{ end }}\n"
    "      <guid>{{ .Permalink }}</guid>\n"
    "      <description>{{ .Summary | html }}</description>\n"
    "    </item>\n"
    "    {{ end }}\n"
    "  </channel>\n"
    "</rss>\n";

// One translation's alternate link in the sitemap, dot being the page.
#define KILN_ALTERNATE                          \
  "    <xhtml:link\n"                           \
  "                rel=\"alternate\"\n"         \
  "                hreflang=\"{{ .Lang }}\"\n"  \
  "                href=\"{{ .Permalink }}\"\n" \
  "                />"

// Dot is the sitemap: `.Data.Pages` holds every page to list, in default order.
constexpr char kSitemap[] =
    "{{ printf \"<?xml version=%q encoding=%q standalone=%q?>\" \"1.0\" \"utf-8\" \"yes\" "
    "| safeHTML }}\n"
    "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"\n"
    "  xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"
    "  {{ range .Data.Pages }}{{ if .Permalink -}}\n"
    "  <url>\n"
    "    <loc>{{ .Permalink }}</loc>"
    "{{ if not .Lastmod.IsZero }}\n"
    "    <lastmod>{{ .Lastmod.Format \"2006-01-02T15:04:05-07:00\" | safeHTML }}</lastmod>"
    "{{ end }}"
    "{{ with .Sitemap.ChangeFreq }}\n    <changefreq>{{ . }}</changefreq>{{ end }}"
    "{{ if ge .Sitemap.Priority 0.0 }}\n    <priority>{{ .Sitemap.Priority }}</priority>{{ end }}"
    "{{ if .IsTranslated }}{{ range .Translations }}\n" KILN_ALTERNATE "{{ end }}\n" KILN_ALTERNATE
    "{{ end }}\n"
    "  </url>\n"
    "    {{- end }}{{ end }}\n"
    "</urlset>\n";

#undef KILN_RFC1123Z
#undef KILN_AUTHOR
#undef KILN_ALTERNATE

}  // namespace

void AppendFeedTemplates(std::vector<TemplateSource>* out) {
  out->push_back({"_internal/_default/rss.xml", kRss, "<embedded>/_default/rss.xml"});
  out->push_back({"_internal/_default/sitemap.xml", kSitemap, "<embedded>/_default/sitemap.xml"});
}

}  // namespace kiln::hugo
