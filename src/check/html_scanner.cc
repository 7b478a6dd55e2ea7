#include "check/html_scanner.h"

#include <gumbo.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "base/strings.h"
#include "check/css_scanner.h"

namespace kiln::check {

// A bump allocator for gumbo. Gumbo frees as it goes (vectors grow by copy); freeing is a
// no-op here and the whole arena is reset between pages, which costs less than malloc and
// free for every node.
class HtmlScanner::Arena {
 public:
  ~Arena() {
    for (char* b : blocks_) std::free(b);
  }
  void Reset() {
    // Keep the first block; pages rarely need more than one.
    for (size_t i = 1; i < blocks_.size(); ++i) std::free(blocks_[i]);
    if (blocks_.size() > 1) blocks_.resize(1);
    used_ = 0;
    capacity_ = blocks_.empty() ? 0 : kBlockSize;
  }
  void* Allocate(size_t n) {
    n = (n + 15) & ~size_t{15};
    if (used_ + n > capacity_) {
      size_t size = std::max(n, kBlockSize);
      char* block = static_cast<char*>(std::malloc(size));
      if (block == nullptr) std::abort();
      blocks_.push_back(block);
      // A block taken for one large request is not used for later small ones.
      if (size > kBlockSize) return block;
      used_ = 0;
      capacity_ = size;
    }
    void* p = blocks_.back() + used_;
    used_ += n;
    return p;
  }
  static void* GumboAllocate(void* arena, size_t n) {
    return static_cast<Arena*>(arena)->Allocate(n);
  }
  static void GumboFree(void*, void*) {}

 private:
  static constexpr size_t kBlockSize = 256 * 1024;
  std::vector<char*> blocks_;
  size_t used_ = 0;
  size_t capacity_ = 0;
};

namespace {

std::string_view Attr(const GumboElement& e, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  return a == nullptr ? std::string_view() : std::string_view(a->value);
}

bool ContainsToken(std::string_view list, std::string_view token) {
  for (std::string_view t : Split(list, ' ')) {
    if (EqualsIgnoreAsciiCase(TrimSpace(t), token)) return true;
  }
  return false;
}

bool IsVoidOrOptionalEnd(GumboTag tag) {
  switch (tag) {
    // Void elements: no end tag at all.
    case GUMBO_TAG_AREA:
    case GUMBO_TAG_BASE:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_COL:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_META:
    case GUMBO_TAG_PARAM:
    case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_TRACK:
    case GUMBO_TAG_WBR:
    case GUMBO_TAG_KEYGEN:
    // Elements whose end tag HTML lets authors omit.
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_P:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_RT:
    case GUMBO_TAG_RP:
    case GUMBO_TAG_OPTGROUP:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_COLGROUP:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
      return true;
    default:
      return false;
  }
}

// Collects facts from one parsed page.
class Collector {
 public:
  Collector(std::string_view path, FileFacts* facts) : path_(path), facts_(facts) {}

  void Visit(const GumboNode* node) {
    std::vector<const GumboNode*> stack{node};
    while (!stack.empty()) {
      const GumboNode* n = stack.back();
      stack.pop_back();
      if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE) {
        Element(*n);
        const GumboVector& children = n->v.element.children;
        FosterParented(children);
        for (unsigned i = children.length; i > 0; --i) {
          stack.push_back(static_cast<const GumboNode*>(children.data[i - 1]));
        }
      }
    }
  }

  void Finish() {
    std::stable_sort(element_ids_.begin(), element_ids_.end(),
                     [](const GumboAttribute* a, const GumboAttribute* b) {
                       return std::strcmp(a->value, b->value) < 0;
                     });
    for (size_t i = 1; i < element_ids_.size(); ++i) {
      if (std::strcmp(element_ids_[i - 1]->value, element_ids_[i]->value) == 0) {
        Warn(Rule::kDuplicateId, element_ids_[i]->value_start,
             "id \"" + std::string(element_ids_[i]->value) + "\" is used more than once");
      }
    }
    std::vector<std::string>& ids = facts_->ids;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  }

 private:
  void Warn(Rule rule, const GumboSourcePosition& pos, std::string message, std::string url = "") {
    facts_->findings.push_back(Finding{std::string(path_), static_cast<int>(pos.line),
                                       static_cast<int>(pos.column), Severity::kWarning, rule,
                                       std::move(message), std::move(url)});
  }

  void AddRef(const GumboElement& e, const char* attr, RefKind kind) {
    const GumboAttribute* a = gumbo_get_attribute(&e.attributes, attr);
    if (a == nullptr || TrimSpace(a->value).empty()) return;
    facts_->refs.push_back(Reference{a->value, static_cast<int>(a->value_start.line),
                                     static_cast<int>(a->value_start.column), kind});
  }

  // srcset="a.png 1x, b.png 2x": each candidate URL is a reference.
  void AddSrcset(const GumboElement& e, const char* attr, RefKind kind) {
    const GumboAttribute* a = gumbo_get_attribute(&e.attributes, attr);
    if (a == nullptr) return;
    std::string_view s = a->value;
    size_t i = 0;
    while (i < s.size()) {
      while (i < s.size() && (s[i] == ',' || s[i] == ' ' || s[i] == '\t' || s[i] == '\n')) ++i;
      size_t start = i;
      while (i < s.size() && s[i] != ' ' && s[i] != '\t' && s[i] != '\n') ++i;
      std::string_view url = s.substr(start, i - start);
      bool ended_candidate = false;
      while (url.ends_with(',')) {
        url.remove_suffix(1);
        ended_candidate = true;
      }
      if (!url.empty()) {
        facts_->refs.push_back(Reference{std::string(url), static_cast<int>(a->value_start.line),
                                         static_cast<int>(a->value_start.column), kind});
      }
      if (!ended_candidate) {
        while (i < s.size() && s[i] != ',') ++i;  // descriptors
      }
    }
  }

  void AddId(const GumboElement& e, const char* attr) {
    const GumboAttribute* a = gumbo_get_attribute(&e.attributes, attr);
    if (a == nullptr || a->value[0] == '\0') return;
    facts_->ids.emplace_back(a->value);
    // Duplicate ids matter for `id` only: <a name> repeating an id is the old idiom.
    if (attr[0] == 'i') element_ids_.push_back(a);
  }

  void InlineCss(std::string_view css, const GumboSourcePosition& pos) {
    ScanCss(css, static_cast<int>(pos.line), static_cast<int>(pos.column), &facts_->refs);
  }

  void Repairs(const GumboNode& n, const GumboElement& e) {
    const char* tag = gumbo_normalized_tagname(e.tag);
    unsigned flags = n.parse_flags;
    if (flags & (GUMBO_INSERTION_ADOPTION_AGENCY_CLONED | GUMBO_INSERTION_ADOPTION_AGENCY_MOVED)) {
      Report(e.start_pos, std::string("<") + tag + "> is misnested with the tags around it");
    } else if (flags & GUMBO_INSERTION_CONVERTED_FROM_END_TAG) {
      Report(e.start_pos, std::string("</") + tag + "> closes an element that is not open");
    } else if ((flags & GUMBO_INSERTION_IMPLICIT_END_TAG) &&
               !(flags &
                 (GUMBO_INSERTION_BY_PARSER | GUMBO_INSERTION_RECONSTRUCTED_FORMATTING_ELEMENT)) &&
               e.tag_namespace == GUMBO_NAMESPACE_HTML && e.tag != GUMBO_TAG_UNKNOWN &&
               !IsVoidOrOptionalEnd(e.tag)) {
      Report(e.start_pos, std::string("<") + tag + "> is not closed where it should be");
    }
  }

  // Content a table may not hold is moved out, in front of the table ("foster parenting").
  // Gumbo 0.10 does not flag such nodes, but they give themselves away: they come before
  // the table in the tree, yet after its start in the source.
  void FosterParented(const GumboVector& children) {
    for (unsigned t = 1; t < children.length; ++t) {
      const GumboNode* table = static_cast<const GumboNode*>(children.data[t]);
      if (table->type != GUMBO_NODE_ELEMENT || table->v.element.tag != GUMBO_TAG_TABLE) continue;
      unsigned table_offset = table->v.element.start_pos.offset;
      for (unsigned i = t; i > 0; --i) {
        const GumboNode* n = static_cast<const GumboNode*>(children.data[i - 1]);
        if (n->type == GUMBO_NODE_ELEMENT && n->v.element.start_pos.offset > table_offset) {
          Report(n->v.element.start_pos, std::string("<") +
                                             gumbo_normalized_tagname(n->v.element.tag) +
                                             "> is not allowed inside a <table>");
        } else if (n->type == GUMBO_NODE_TEXT && n->v.text.start_pos.offset > table_offset) {
          Report(n->v.text.start_pos, "text is not allowed inside a <table> outside its cells");
        } else if (n->type != GUMBO_NODE_WHITESPACE && n->type != GUMBO_NODE_COMMENT) {
          break;
        }
      }
    }
  }

  void Report(const GumboSourcePosition& pos, std::string message) {
    Warn(Rule::kRepairedHtml, pos, std::move(message) + "; browsers repair this differently");
  }

  void Element(const GumboNode& n) {
    const GumboElement& e = n.v.element;
    Repairs(n, e);
    AddId(e, "id");
    if (const GumboAttribute* style = gumbo_get_attribute(&e.attributes, "style")) {
      InlineCss(style->value, style->value_start);
    }
    switch (e.tag) {
      case GUMBO_TAG_A:
        AddId(e, "name");
        [[fallthrough]];
      case GUMBO_TAG_AREA: {
        const GumboAttribute* href = gumbo_get_attribute(&e.attributes, "href");
        if (href != nullptr) {
          std::string_view v = TrimSpace(href->value);
          if (v.empty() || v == "#") {
            Warn(Rule::kEmptyLink, href->value_start,
                 "link leads nowhere (href=\"" + std::string(v) + "\")", std::string(v));
          } else {
            AddRef(e, "href", RefKind::kLink);
          }
        }
        break;
      }
      case GUMBO_TAG_LINK: {
        std::string_view rel = Attr(e, "rel");
        bool loads = ContainsToken(rel, "stylesheet") || ContainsToken(rel, "icon") ||
                     ContainsToken(rel, "preload") || ContainsToken(rel, "modulepreload");
        AddRef(e, "href", loads ? RefKind::kWeighed : RefKind::kLink);
        AddSrcset(e, "imagesrcset", RefKind::kResource);
        break;
      }
      case GUMBO_TAG_SCRIPT:
        AddRef(e, "src", RefKind::kWeighed);
        break;
      case GUMBO_TAG_IMG:
        AddRef(e, "src", RefKind::kWeighed);
        AddSrcset(e, "srcset", RefKind::kResource);
        if (gumbo_get_attribute(&e.attributes, "alt") == nullptr) {
          Warn(Rule::kMissingAlt, e.start_pos, "<img> has no alt text",
               std::string(Attr(e, "src")));
        }
        break;
      case GUMBO_TAG_INPUT:
        if (EqualsIgnoreAsciiCase(Attr(e, "type"), "image")) AddRef(e, "src", RefKind::kWeighed);
        break;
      case GUMBO_TAG_SOURCE:
        AddRef(e, "src", RefKind::kResource);
        AddSrcset(e, "srcset", RefKind::kResource);
        break;
      case GUMBO_TAG_VIDEO:
        AddRef(e, "poster", RefKind::kWeighed);
        AddRef(e, "src", RefKind::kResource);
        break;
      case GUMBO_TAG_AUDIO:
      case GUMBO_TAG_TRACK:
      case GUMBO_TAG_EMBED:
        AddRef(e, "src", RefKind::kResource);
        break;
      case GUMBO_TAG_OBJECT:
        AddRef(e, "data", RefKind::kResource);
        break;
      case GUMBO_TAG_IFRAME:
        AddRef(e, "src", RefKind::kLink);
        break;
      case GUMBO_TAG_META:
        if (EqualsIgnoreAsciiCase(Attr(e, "http-equiv"), "refresh")) Refresh(e);
        break;
      case GUMBO_TAG_STYLE:
        for (unsigned i = 0; i < e.children.length; ++i) {
          const GumboNode* child = static_cast<const GumboNode*>(e.children.data[i]);
          if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE) {
            InlineCss(child->v.text.text, child->v.text.start_pos);
          }
        }
        break;
      default:
        break;
    }
  }

  // content="5; url=/next/" (the "url=" and quotes are optional).
  void Refresh(const GumboElement& e) {
    const GumboAttribute* a = gumbo_get_attribute(&e.attributes, "content");
    if (a == nullptr) return;
    std::string_view v = a->value;
    size_t sep = v.find_first_of(";,");
    if (sep == std::string_view::npos) return;
    v = TrimSpace(v.substr(sep + 1));
    if (v.size() >= 4 && EqualsIgnoreAsciiCase(v.substr(0, 3), "url")) {
      std::string_view rest = TrimSpace(v.substr(3));
      if (rest.starts_with('=')) v = TrimSpace(rest.substr(1));
    }
    if (!v.empty() && (v.front() == '\'' || v.front() == '"')) {
      char q = v.front();
      v.remove_prefix(1);
      v = v.substr(0, v.find(q));
    }
    if (v.empty()) return;
    facts_->refs.push_back(Reference{std::string(v), static_cast<int>(a->value_start.line),
                                     static_cast<int>(a->value_start.column), RefKind::kRefresh});
  }

  std::string_view path_;
  FileFacts* facts_;
  std::vector<const GumboAttribute*> element_ids_;  // in the gumbo tree, in document order
};

}  // namespace

HtmlScanner::HtmlScanner() : arena_(std::make_unique<Arena>()) {}
HtmlScanner::~HtmlScanner() = default;

FileFacts HtmlScanner::Scan(std::string_view path, std::string_view html) {
  FileFacts facts;
  facts.is_html = true;
  arena_->Reset();
  GumboOptions options = kGumboDefaultOptions;
  options.allocator = &Arena::GumboAllocate;
  options.deallocator = &Arena::GumboFree;
  options.userdata = arena_.get();
  options.tab_stop = 1;    // columns count bytes, like the rest of kiln's messages
  options.max_errors = 0;  // gumbo's error list is not public API; we read the tree instead
  GumboOutput* output = gumbo_parse_with_options(&options, html.data(), html.size());
  Collector collector(path, &facts);
  collector.Visit(output->root);
  collector.Finish();
  // No gumbo_destroy_output: the tree lives in the arena, reset by the next Scan.
  return facts;
}

}  // namespace kiln::check
