#include "hugo/layout_lookup.h"

#include <algorithm>

#include "base/strings.h"

namespace kiln::hugo {
namespace {

constexpr std::string_view kHookDir = "/_markup";

// Collects the two variation axes while the kind's rules add to them.
class CandidateBuilder {
 public:
  explicit CandidateBuilder(const LayoutDescriptor& d) : d_(d) {}

  void AddLayouts(std::initializer_list<std::string_view> names) {
    for (std::string_view name : names) {
      if (d_.baseof && name != "baseof") {
        // Base templates are found as "<layout>-baseof", e.g. "single-baseof.html".
        layouts_.push_back(std::string(name) + "-baseof");
      } else {
        layouts_.emplace_back(name);
      }
    }
  }

  void AddTypes(std::initializer_list<std::string_view> names) {
    for (std::string_view name : names) {
      // Content sections that clash with the template folders never act as types.
      if (name == "shortcodes" || name == "partials") continue;
      std::string type(name);
      if (d_.rendering_hook) type += kHookDir;
      types_.push_back(std::move(type));
    }
  }

  void AddSectionType() {
    if (!d_.section.empty()) AddTypes({d_.section});
  }

  void AddKind() {
    AddLayouts({d_.kind});
    AddTypes({d_.kind});
  }

  // Every type × qualifier × layout combination, in that nesting order.
  std::vector<std::string> Expand(const OutputFormat& f) const {
    std::string format = AsciiLower(f.name);
    std::vector<std::string> qualifiers;
    if (!d_.lang.empty()) {
      // The format qualifier alone ranks above the language alone.
      qualifiers = {d_.lang + "." + format, format, d_.lang};
    } else {
      qualifiers = {format};
    }
    qualifiers.emplace_back();

    std::vector<std::string> out;
    for (const std::string& type : types_) {
      for (const std::string& qualifier : qualifiers) {
        for (const std::string& layout : layouts_) {
          if (qualifier.empty() && layout.empty()) continue;
          std::string path = JoinPath(type, layout, qualifier, f.suffix);
          if (!path.empty()) out.push_back(std::move(path));
        }
      }
    }
    return out;
  }

 private:
  // "type/layout.qualifier.suffix", leaving out empty parts. Without a suffix both the
  // layout and the qualifier are needed for a usable name.
  static std::string JoinPath(std::string_view type, std::string_view layout,
                              std::string_view qualifier, std::string_view suffix) {
    if (suffix.empty() && (layout.empty() || qualifier.empty())) return "";
    std::string p;
    if (!type.empty()) {
      p.append(type);
      p.push_back('/');
    }
    bool dot = false;
    for (std::string_view part : {layout, qualifier, suffix}) {
      if (part.empty()) continue;
      if (dot) p.push_back('.');
      p.append(part);
      dot = true;
    }
    return p;
  }

  const LayoutDescriptor& d_;
  std::vector<std::string> layouts_;
  std::vector<std::string> types_;
};

bool IsListKind(const LayoutDescriptor& d) {
  return d.kind == "home" || d.kind == "section" || d.kind == "taxonomy" || d.kind == "term";
}

void RemoveDuplicates(std::vector<std::string>* v) {
  std::vector<std::string> out;
  out.reserve(v->size());
  for (std::string& s : *v) {
    if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(std::move(s));
  }
  *v = std::move(out);
}

}  // namespace

LayoutDescriptor DescriptorForPage(const Page& page, std::string_view lang,
                                   std::string_view singular) {
  LayoutDescriptor d;
  d.kind = PageKindName(page.kind);
  d.lang = lang;
  d.layout = page.meta.layout;
  if (!page.meta.type.empty()) {
    d.type = page.meta.type;
  } else if (!page.section.empty()) {
    d.type = page.section;
  } else {
    d.type = "page";
  }
  switch (page.kind) {
    case PageKind::kSection:
      d.section = page.section;
      break;
    case PageKind::kTaxonomy:
    case PageKind::kTerm:
      d.section = singular;
      break;
    default:
      break;
  }
  return d;
}

LayoutDescriptor DescriptorFor404() {
  LayoutDescriptor d;
  d.kind = "404";
  return d;
}

std::vector<std::string> LayoutCandidates(const LayoutDescriptor& d, const OutputFormat& f) {
  CandidateBuilder b(d);
  if (!d.layout.empty()) b.AddLayouts({d.layout});
  if (!d.type.empty()) b.AddTypes({d.type});

  if (d.kind == "page") {
    b.AddLayouts({"single"});
    b.AddSectionType();
  } else if (d.kind == "home") {
    b.AddLayouts({"index", "home"});
    b.AddTypes({""});  // the layouts root
  } else if (d.kind == "section") {
    if (!d.section.empty()) b.AddLayouts({d.section});
    b.AddSectionType();
    b.AddKind();
  } else if (d.kind == "term") {
    b.AddKind();
    if (!d.section.empty()) b.AddLayouts({d.section});
    b.AddLayouts({"taxonomy"});
    b.AddTypes({"taxonomy"});
    b.AddSectionType();
  } else if (d.kind == "taxonomy") {
    if (!d.section.empty()) b.AddLayouts({d.section + ".terms"});
    b.AddSectionType();
    b.AddLayouts({"terms"});
    b.AddKind();  // last, for compatibility with older sites
  } else if (d.kind == "404") {
    b.AddLayouts({"404"});
    b.AddTypes({""});
  }

  const bool rss = f.name == "RSS";
  // The classic "rss.xml": an empty layout name plus the format qualifier.
  if (rss && !d.baseof) b.AddLayouts({""});
  if (d.baseof || d.kind != "404") b.AddTypes({"_default"});
  if (IsListKind(d)) b.AddLayouts({"list"});
  if (d.baseof) b.AddLayouts({"baseof"});

  std::vector<std::string> out = b.Expand(f);
  if (rss && !d.baseof) out.emplace_back("_internal/_default/rss.xml");
  RemoveDuplicates(&out);
  return out;
}

std::vector<std::string> RenderHookCandidates(const LayoutDescriptor& page, std::string_view hook,
                                              std::string_view code_lang, const OutputFormat& f) {
  LayoutDescriptor d = page;
  d.kind = "render-" + std::string(hook);
  d.layout.clear();
  d.baseof = false;
  d.rendering_hook = true;
  CandidateBuilder b(d);
  if (!d.type.empty()) b.AddTypes({d.type});
  if (!code_lang.empty()) b.AddLayouts({d.kind + "-" + std::string(code_lang)});
  b.AddLayouts({d.kind});
  b.AddSectionType();
  b.AddTypes({"_default"});
  std::vector<std::string> out = b.Expand(f);
  RemoveDuplicates(&out);
  return out;
}

std::vector<std::string> RobotsTxtCandidates() {
  return {"robots.txt", "_default/robots.txt", "_internal/_default/robots.txt"};
}

std::vector<std::string> SitemapCandidates() {
  return {"sitemap.xml", "_default/sitemap.xml", "_internal/_default/sitemap.xml"};
}

std::vector<std::string> AliasCandidates() {
  return {"alias.html", "_internal/_default/alias.html"};
}

}  // namespace kiln::hugo
