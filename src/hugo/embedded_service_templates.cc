// The third-party service snippets: Google Analytics (gtag.js for "G-" IDs, analytics.js
// for "UA-" IDs, and the async variant) and Disqus comments, each switched off by its
// `[privacy]` setting. kiln's text, printing Hugo 0.111.3's bytes.
#include "hugo/embedded_families.h"

namespace kiln::hugo {
namespace {

// Sets the JS variable doNotTrack, honouring the browser's setting only when
// privacy.googleAnalytics.respectDoNotTrack is on. Shared by both analytics snippets.
constexpr char kDoNotTrack[] =
    "{{- define \"_internal/kiln/ga_do_not_track\" -}}\n"
    "{{- if .Site.Config.Privacy.GoogleAnalytics.RespectDoNotTrack -}}\n"
    "var dnt = (navigator.doNotTrack || window.doNotTrack || navigator.msDoNotTrack);\n"
    "var doNotTrack = (dnt == \"1\" || dnt == \"yes\");\n"
    "{{- else -}}\n"
    "var doNotTrack = false;\n"
    "{{- end -}}\n"
    "{{- end -}}\n";

// analytics.js's tracker creation, with the client ID kept in sessionStorage when
// privacy.googleAnalytics.useSessionStorage is on. Dot is the tracking ID; $pc the privacy
// settings.
#define KILN_GA_CREATE                                                               \
  "\t{{- if $pc.UseSessionStorage }}\n"                                              \
  "\tif (window.sessionStorage) {\n"                                                 \
  "\t\tvar GA_SESSION_STORAGE_KEY = 'ga:clientId';\n"                                \
  "\t\tga('create', '{{ . }}', {\n"                                                  \
  "\t    'storage': 'none',\n"                                                       \
  "\t    'clientId': sessionStorage.getItem(GA_SESSION_STORAGE_KEY)\n"               \
  "\t   });\n"                                                                       \
  "\t   ga(function(tracker) {\n"                                                    \
  "\t    sessionStorage.setItem(GA_SESSION_STORAGE_KEY, tracker.get('clientId'));\n" \
  "\t   });\n"                                                                       \
  "   }\n"                                                                           \
  "\t{{ else }}\n"                                                                   \
  "\tga('create', '{{ . }}', 'auto');\n"                                             \
  "\t{{ end -}}\n"                                                                   \
  "\t{{ if $pc.AnonymizeIP }}ga('set', 'anonymizeIp', true);{{ end }}\n"             \
  "\tga('send', 'pageview');\n"

constexpr char kGoogleAnalytics[] =
    "{{- $pc := .Site.Config.Privacy.GoogleAnalytics -}}\n"
    "{{- if not $pc.Disable }}{{ with .Site.GoogleAnalytics -}}\n"
    "{{ if hasPrefix . \"G-\" }}\n"
    "<script async src=\"https://www.googletagmanager.com/gtag/js?id={{ . }}\"></script>\n"
    "<script>\n"
    "{{ template \"_internal/kiln/ga_do_not_track\" $ }}\n"
    "if (!doNotTrack) {\n"
    "\twindow.dataLayer = window.dataLayer || [];\n"
    "\tfunction gtag(){dataLayer.push(arguments);}\n"
    "\tgtag('js', new Date());\n"
    "\tgtag('config', '{{ . }}', { 'anonymize_ip': {{- $pc.AnonymizeIP -}} });\n"
    "}\n"
    "</script>\n"
    "{{ else if hasPrefix . \"UA-\" }}\n"
    "<script type=\"application/javascript\">\n"
    "{{ template \"_internal/kiln/ga_do_not_track\" $ }}\n"
    "if (!doNotTrack) {\n"
    "\t(function(i,s,o,g,r,a,m){i['GoogleAnalyticsObject']=r;i[r]=i[r]||function(){\n"
    "\t(i[r].q=i[r].q||[]).push(arguments)},i[r].l=1*new Date();a=s.createElement(o),\n"
    "\tm=s.getElementsByTagName(o)[0];a.async=1;a.src=g;m.parentNode.insertBefore(a,m)\n"
    "\t})(window,document,'script','https://www.google-analytics.com/"
    "analytics.js','ga');\n" KILN_GA_CREATE
    "}\n"
    "</script>\n"
    "{{- end -}}\n"
    "{{- end }}{{ end -}}\n";

constexpr char kGoogleAnalyticsAsync[] =
    "{{- $pc := .Site.Config.Privacy.GoogleAnalytics -}}\n"
    "{{- if not $pc.Disable -}}\n"
    "{{ with .Site.GoogleAnalytics }}\n"
    "<script type=\"application/javascript\">\n"
    "{{ template \"_internal/kiln/ga_do_not_track\" $ }}\n"
    "if (!doNotTrack) {\n"
    "\twindow.ga=window.ga||function(){(ga.q=ga.q||[]).push(arguments)};ga.l=+new "
    "Date;\n" KILN_GA_CREATE
    "}\n"
    "</script>\n"
    "<script async src='https://www.google-analytics.com/analytics.js'></script>\n"
    "{{ end }}\n"
    "{{- end -}}\n";

#undef KILN_GA_CREATE

constexpr char kDisqus[] =
    "{{- if not .Site.Config.Privacy.Disqus.Disable -}}\n"
    "{{ with .Site.DisqusShortname }}<div id=\"disqus_thread\"></div>\n"
    "<script type=\"application/javascript\">\n"
    "    window.disqus_config = function () {\n"
    "    {{ with $.Params.disqus_identifier }}this.page.identifier = '{{ . }}';{{ end }}\n"
    "    {{ with $.Params.disqus_title }}this.page.title = '{{ . }}';{{ end }}\n"
    "    {{ with $.Params.disqus_url }}this.page.url = '{{ html . }}';{{ end }}\n"
    "    };\n"
    "    (function() {\n"
    "        if ([\"localhost\", \"127.0.0.1\"].indexOf(window.location.hostname) != -1) {\n"
    "            document.getElementById('disqus_thread').innerHTML = 'Disqus comments not "
    "available by default when the website is previewed locally.';\n"
    "            return;\n"
    "        }\n"
    "        var d = document, s = d.createElement('script'); s.async = true;\n"
    "        s.src = '//' + {{ . }} + '.disqus.com/embed.js';\n"
    "        s.setAttribute('data-timestamp', +new Date());\n"
    "        (d.head || d.body).appendChild(s);\n"
    "    })();\n"
    "</script>\n"
    "<noscript>Please enable JavaScript to view the <a "
    "href=\"https://disqus.com/?ref_noscript\">comments powered by Disqus.</a></noscript>\n"
    "<a href=\"https://disqus.com\" class=\"dsq-brlink\">comments powered by <span "
    "class=\"logo-disqus\">Disqus</span></a>{{ end }}\n"
    "{{- end -}}\n";

}  // namespace

void AppendServiceTemplates(std::vector<TemplateSource>* out) {
  out->push_back({"_internal/google_analytics.html", std::string(kGoogleAnalytics) + kDoNotTrack,
                  "<embedded>/google_analytics.html"});
  out->push_back({"_internal/google_analytics_async.html", kGoogleAnalyticsAsync,
                  "<embedded>/google_analytics_async.html"});
  out->push_back({"_internal/disqus.html", kDisqus, "<embedded>/disqus.html"});
}

}  // namespace kiln::hugo
