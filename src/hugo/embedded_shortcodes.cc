#include "hugo/embedded_shortcodes.h"

#include <string>

namespace kiln::hugo {
namespace {

// {{< figure src=… [link= target= rel= alt= caption= title= attr= attrlink= class= width=
// height=] >}}
constexpr char kFigure[] = R"({{- $link := .Get "link" -}}
{{- $caption := .Get "caption" -}}
{{- $attr := .Get "attr" -}}
{{- $attrlink := .Get "attrlink" -}}
{{- $title := .Get "title" -}}
<figure{{ with .Get "class" }} class="{{ . }}"{{ end }}>
{{- if $link }}<a href="{{ $link }}"{{ with .Get "target" }} target="{{ . }}"{{ end }}{{ with .Get "rel" }} rel="{{ . }}"{{ end }}>{{ end -}}
<img src="{{ .Get "src" }}"
{{- if or (.Get "alt") $caption }}
         alt="{{ with .Get "alt" }}{{ . }}{{ else }}{{ $caption | markdownify | plainify }}{{ end }}"
{{- end }}
{{- with .Get "width" }} width="{{ . }}"{{ end }}
{{- with .Get "height" }} height="{{ . }}"{{ end }}/>
{{- if $link }}</a>{{ end }}
{{- if or $title $caption $attr }}<figcaption>
            {{ with $title }}<h4>{{ . }}</h4>{{ end }}
{{- if or $caption $attr }}<p>{{ $caption | markdownify }}
{{- with $attrlink }}
                    <a href="{{ . }}">{{ end }}
{{- $attr | markdownify }}
{{- if $attrlink }}</a>{{ end }}</p>{{ end }}
        </figcaption>{{ end }}
</figure>
)";

// {{< highlight LANG ["OPTIONS"] >}}code{{< /highlight >}}
constexpr char kHighlight[] = R"({{- $options := cond (eq (len .Params) 2) (.Get 1) "" -}}
{{- highlight (trim .InnerDeindent "\n\r") (.Get 0) $options -}})";

// {{< ref "path" >}}, {{< relref "path#anchor" >}} (or path=, outputFormat=): the call
// resolves the reference from its page and names its position in messages.
constexpr char kRef[] = "{{ .Ref .Params }}";
constexpr char kRelRef[] = "{{ .RelRef .Params }}";

// {{< param "key" >}}: the page's param, else the site's.
constexpr char kParam[] = R"({{- $key := .Get 0 -}}
{{- if not $key -}}
  {{- errorf "Missing param key: %s" .Position -}}
{{- else -}}
  {{- $value := .Page.Param $key -}}
  {{- if $value }}{{ $value }}{{ else }}{{ errorf "Param %q not found: %s" $key .Position }}{{ end -}}
{{- end -}})";

// The wrapper style of the responsive video embeds.
#define KILN_VIDEO_BOX "position: relative; padding-bottom: 56.25%; height: 0; overflow: hidden;"
#define KILN_VIDEO_FRAME "position: absolute; top: 0; left: 0; width: 100%; height: 100%; border:0;"

// {{< youtube ID [CLASS] >}} or id=, class=, title=, autoplay=.
constexpr char kYouTube[] = R"({{- $id := or (.Get "id") (.Get 0) -}}
{{- $class := or (.Get "class") (.Get 1) -}}
{{- $title := or (.Get "title") "YouTube Video" -}}
{{- $autoplay := eq (.Get "autoplay") "true" }}
<div {{ if $class }}class="{{ $class }}"{{ else }}style=")" KILN_VIDEO_BOX R"("{{ end }}>
  <iframe src="https://www.youtube.com/embed/{{ $id }}{{ if $autoplay }}?autoplay=1{{ end }}" {{ if not $class }}style=")" KILN_VIDEO_FRAME
                            R"(" {{ end }}allowfullscreen title="{{ $title }}"></iframe>
</div>
)";

// {{< vimeo ID [CLASS [TITLE]] >}} or id=, class=, title=.
constexpr char kVimeo[] =
    R"({{- $named := .IsNamedParams -}}
{{- $class := cond $named (.Get "class") (.Get 1) -}}
{{- $title := cond $named (.Get "title") (.Get 2) -}}
{{- if $named }}<div {{ if $class }}class="{{ $class }}"{{ else }}style=")" KILN_VIDEO_BOX
    R"("{{ end }}>
  <iframe src="https://player.vimeo.com/video/{{ .Get "id" }}" {{ if not $class }}style=")" KILN_VIDEO_FRAME
    R"(" {{ end }}title="{{ or $title "vimeo video" }}" webkitallowfullscreen mozallowfullscreen allowfullscreen></iframe>
</div>{{ else }}
<div {{ if gt (len .Params) 1 }}class="{{ $class }}"{{ else }}style=")" KILN_VIDEO_BOX
    R"("{{ end }}>
  <iframe src="https://player.vimeo.com/video/{{ .Get 0 }}" {{ if eq (len .Params) 1 }}style=")" KILN_VIDEO_FRAME
    R"(" {{ end }}title="{{ if eq (len .Params) 3 }}{{ $title }}{{ else }}vimeo video{{ end }}" webkitallowfullscreen mozallowfullscreen allowfullscreen></iframe>
</div>
{{ end }})";

// {{< gist USER ID [FILE] >}}
constexpr char kGist[] =
    R"(<script type="application/javascript" src="https://gist.github.com/{{ .Get 0 }}/{{ .Get 1 }}.js{{ if eq (len .Params) 3 }}?file={{ .Get 2 }}{{ end }}"></script>
)";

#undef KILN_VIDEO_BOX
#undef KILN_VIDEO_FRAME

// Shortcodes whose output comes from an oEmbed service in Hugo. As there, they print nothing
// when the site's privacy.<service>.disable is set.
std::string Offline(const char* what, const char* privacy_section) {
  return std::string("{{- if not .Page.Site.Config.Privacy.") + privacy_section +
         R"(.Disable -}}{{- errorf "%s: shortcode %q needs )" + what +
         R"(, and kiln builds without the network" .Position .Name -}}{{- end -}})";
}

TemplateSource Source(const std::string& name, std::string text) {
  return {"_internal/shortcodes/" + name, std::move(text), "<embedded>/shortcodes/" + name};
}

bool HasAll(const tmpl::FuncMap& funcs, std::initializer_list<const char*> names) {
  for (const char* n : names) {
    if (!funcs.Has(n)) return false;
  }
  return true;
}

}  // namespace

std::vector<TemplateSource> EmbeddedShortcodes(const tmpl::FuncMap& funcs) {
  std::string twitter = Offline("Twitter's oEmbed service", "Twitter");
  std::string instagram = Offline("Instagram's oEmbed service", "Instagram");
  std::vector<TemplateSource> out = {
      Source("gist.html", kGist),
      Source("instagram.html", instagram),
      Source("instagram_simple.html", instagram),
      Source("param.html", kParam),
      Source("ref.html", kRef),
      Source("relref.html", kRelRef),
      Source("tweet.html", twitter),
      Source("twitter.html", twitter),
      Source("twitter_simple.html", twitter),
      Source("vimeo.html", kVimeo),
      Source("vimeo_simple.html", Offline("Vimeo's oEmbed service", "Vimeo")),
      Source("youtube.html", kYouTube),
  };
  if (HasAll(funcs, {"markdownify", "plainify"})) out.push_back(Source("figure.html", kFigure));
  if (HasAll(funcs, {"highlight"})) out.push_back(Source("highlight.html", kHighlight));
  return out;
}

}  // namespace kiln::hugo
