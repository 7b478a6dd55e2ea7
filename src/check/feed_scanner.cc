#include "check/feed_scanner.h"

#include <algorithm>
#include <pugixml.hpp>

#include "base/source_text.h"
#include "base/strings.h"

namespace kiln::check {

namespace {

// The local name of an element, without any namespace prefix ("atom:link" → "link").
std::string_view LocalName(const pugi::xml_node& node) {
  std::string_view name = node.name();
  size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

class Lister {
 public:
  Lister(std::string_view xml, FileFacts* facts) : xml_(xml), facts_(facts) {}

  void Add(std::string_view url, ptrdiff_t offset) {
    url = TrimSpace(url);
    if (url.empty() || offset < 0) return;
    // Elements come in document order, so lines are counted once, incrementally.
    size_t target = std::min(static_cast<size_t>(offset), xml_.size());
    for (; pos_ < target; ++pos_) {
      if (xml_[pos_] == '\n') {
        ++line_;
        line_start_ = pos_ + 1;
      }
    }
    facts_->refs.push_back(Reference{std::string(url), line_,
                                     static_cast<int>(target - line_start_) + 1, RefKind::kListed});
  }

  void Walk(const pugi::xml_node& root, std::string_view kind) {
    for (pugi::xml_node node = root.first_child(); node; node = Next(node, root)) {
      if (node.type() != pugi::node_element) continue;
      std::string_view name = LocalName(node);
      if (kind == "sitemap" && name == "loc") {
        Add(node.text().get(), node.offset_debug());
      } else if (kind == "rss" && name == "link" && !node.attribute("href")) {
        Add(node.text().get(), node.offset_debug());
      } else if (name == "link" && node.attribute("href")) {
        // Atom links, and atom:link rel="self" inside RSS.
        Add(node.attribute("href").value(), node.offset_debug());
      }
    }
  }

 private:
  // Depth-first successor of `node` within `root`.
  static pugi::xml_node Next(pugi::xml_node node, const pugi::xml_node& root) {
    if (node.first_child()) return node.first_child();
    while (node && node != root) {
      if (node.next_sibling()) return node.next_sibling();
      node = node.parent();
    }
    return pugi::xml_node();
  }

  std::string_view xml_;
  FileFacts* facts_;
  size_t pos_ = 0;
  size_t line_start_ = 0;
  int line_ = 1;
};

}  // namespace

FileFacts ScanFeed(std::string_view path, std::string_view xml) {
  FileFacts facts;
  pugi::xml_document doc;
  pugi::xml_parse_result result = doc.load_buffer(xml.data(), xml.size(), pugi::parse_default);
  if (!result) {
    SourceLocation loc = LocateOffset(path, xml, static_cast<size_t>(result.offset));
    facts.findings.push_back(Finding{std::string(path), loc.line, loc.column, Severity::kError,
                                     Rule::kUnreadable,
                                     std::string("malformed XML: ") + result.description(), ""});
    return facts;
  }
  pugi::xml_node root = doc.document_element();
  std::string_view name = LocalName(root);
  std::string_view kind;
  if (name == "urlset" || name == "sitemapindex") {
    kind = "sitemap";
  } else if (name == "rss" || name == "RDF") {
    kind = "rss";
  } else if (name == "feed") {
    kind = "atom";
  } else {
    return facts;
  }
  Lister(xml, &facts).Walk(root, kind);
  return facts;
}

}  // namespace kiln::check
