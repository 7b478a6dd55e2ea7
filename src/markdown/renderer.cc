// The md4c-driven renderer behind RenderMarkdown.
//
// md4c reports blocks, spans and text with pointers into the source; this file turns them into
// goldmark's markup in one pass over one output buffer. Where goldmark decides from source text
// (heading IDs come from the raw heading line, the typographer looks at neighbouring source
// characters) we read the source at the positions md4c hands us.
//
// Footnote definitions and definition lists are taken out of the source before md4c sees it
// (footnotes.h, definition_lists.h); linkify, footnote references, the typographer and
// strikethrough's "~~" rule are applied here to the text md4c reports; attribute lines
// ([markup.goldmark.parser.attribute] block) and a few GFM constructs are prepared in the
// source (gfm_fixups.h). Known gaps against goldmark 1.5.4: definition lists are found at the
// top level only, a table does not interrupt a list item's paragraph, and the cases listed in
// testdata/markdown/known-failures.txt.
#include "markdown/renderer.h"

#include <md4c.h>
#include <string.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "base/strings.h"
#include "markdown/block_markup.h"
#include "markdown/block_scan.h"
#include "markdown/content_helpers.h"
#include "markdown/footnotes.h"
#include "markdown/heading_attributes.h"
#include "markdown/hook_text.h"
#include "markdown/html_escape.h"
#include "markdown/linkify.h"
#include "markdown/markdown.h"
#include "markdown/typographer.h"

namespace kiln::markdown {
namespace {

class Renderer {
 public:
  Renderer(std::string_view source, const MarkdownOptions& options,
           const CodeBlockRenderer* code_renderer, DocumentState* state, bool tight,
           const RenderHooks* hooks, const std::map<size_t, HeadingAttributes>* block_attributes,
           std::string* out)
      : source_(source),
        options_(options),
        code_renderer_(code_renderer),
        hooks_(hooks),
        image_hooks_(hooks != nullptr && hooks->HandlesImages()),
        block_attributes_(block_attributes),
        state_(state),
        tight_(tight),
        out_(out),
        typographer_(source) {}

  bool ends_with_paragraph() const { return ends_with_paragraph_; }

  Status Run() {
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = 0;
    if (options_.table) parser.flags |= MD_FLAG_TABLES;
    if (options_.strikethrough) parser.flags |= MD_FLAG_STRIKETHROUGH;
    if (options_.task_list) parser.flags |= MD_FLAG_TASKLISTS;
    parser.enter_block = [](MD_BLOCKTYPE t, void* d, void* self) {
      return static_cast<Renderer*>(self)->EnterBlock(t, d);
    };
    parser.leave_block = [](MD_BLOCKTYPE t, void* d, void* self) {
      return static_cast<Renderer*>(self)->LeaveBlock(t, d);
    };
    parser.enter_span = [](MD_SPANTYPE t, void* d, void* self) {
      return static_cast<Renderer*>(self)->EnterSpan(t, d);
    };
    parser.leave_span = [](MD_SPANTYPE t, void* d, void* self) {
      return static_cast<Renderer*>(self)->LeaveSpan(t, d);
    };
    parser.text = [](MD_TEXTTYPE t, const MD_CHAR* text, MD_SIZE size, void* self) {
      return static_cast<Renderer*>(self)->Text(t, std::string_view(text, size));
    };
    out_->reserve(source_.size() + source_.size() / 4);
    if (md_parse(source_.data(), static_cast<MD_SIZE>(source_.size()), &parser, this) != 0) {
      return InternalError("markdown parser failed");
    }
    return Status();
  }

 private:
  struct HookedLink {
    size_t start;       // where its markup begins in the output
    size_t text_start;  // where its text begins
    std::string destination;
    std::string title;
  };
  struct PendingImage {
    HookedLink link;
    std::string text;  // its inner HTML
    int ordinal;
  };

  // Container state goldmark's list-item rendering depends on.
  struct ListItem {
    bool tight;
  };

  bool InSource(const char* p) const {
    return p >= source_.data() && p <= source_.data() + source_.size();
  }

  // goldmark writes "<li>" then "\n" unless the first child is a tight paragraph's text, and a
  // "\n" after such text when a block follows it. Called before every child block starts.
  void BeforeChildBlock() {
    if (li_pending_ || inline_in_li_) out_->push_back('\n');
    li_pending_ = false;
    inline_in_li_ = false;
  }

  void BeforeInline() {
    if (pending_image_.has_value()) FlushPendingImage(false);
    if (li_pending_) {
      li_pending_ = false;
    }
    if ((!lists_.empty() && lists_.back().tight && block_depth_in_li_ == 0) ||
        (lists_.empty() && tight_paragraph_open_ && depth_ == 1)) {
      inline_in_li_ = true;
    }
    if (task_pending_) {
      task_pending_ = false;
      out_->append(task_checked_ ? "<input checked=\"\" disabled=\"\" type=\"checkbox\""
                                 : "<input disabled=\"\" type=\"checkbox\"");
      out_->append(options_.xhtml ? " /> " : "> ");
    }
  }

  int EnterBlock(MD_BLOCKTYPE type, void* detail) {
    if (type == MD_BLOCK_DOC) return 0;
    ++depth_;
    if (type != MD_BLOCK_LI && type != MD_BLOCK_THEAD && type != MD_BLOCK_TBODY &&
        type != MD_BLOCK_TR && type != MD_BLOCK_TH && type != MD_BLOCK_TD) {
      BeforeChildBlock();
    }
    if (!lists_.empty()) ++block_depth_in_li_;
    if (depth_ == 1) top_block_start_ = out_->size();
    if (type == MD_BLOCK_P) {
      paragraph_start_ = out_->size();
      paragraph_images_ = 0;
      paragraph_other_ = false;
    }
    // goldmark makes only the first top-level paragraph of a tight description tight.
    const bool tight_paragraph = type == MD_BLOCK_P && tight_ && depth_ == 1;
    if (tight_paragraph) {
      tight_ = false;
      tight_paragraph_open_ = true;
    }
    if (const FixedTags* tags = FixedBlockTags(type); tags && !tight_paragraph) {
      out_->append(tags->open);
    }
    if (type == MD_BLOCK_TR) row_start_pos_ = last_pos_;
    switch (type) {
      case MD_BLOCK_UL:
        out_->append("<ul>\n");
        PushList(static_cast<MD_BLOCK_UL_DETAIL*>(detail)->is_tight);
        break;
      case MD_BLOCK_OL: {
        auto* d = static_cast<MD_BLOCK_OL_DETAIL*>(detail);
        if (d->start != 1) {
          out_->append("<ol start=\"").append(std::to_string(d->start)).append("\">\n");
        } else {
          out_->append("<ol>\n");
        }
        PushList(d->is_tight);
        break;
      }
      case MD_BLOCK_LI: {
        auto* d = static_cast<MD_BLOCK_LI_DETAIL*>(detail);
        out_->append("<li>");
        paragraph_images_ = 0;
        paragraph_other_ = false;
        li_pending_ = true;
        inline_in_li_ = false;
        block_depth_in_li_ = 0;
        task_pending_ = d->is_task != 0;
        task_checked_ = d->task_mark == 'x' || d->task_mark == 'X';
        break;
      }
      case MD_BLOCK_HR:
        out_->append(options_.xhtml ? "<hr />\n" : "<hr>\n");
        break;
      case MD_BLOCK_H:
        heading_level_ = static_cast<MD_BLOCK_H_DETAIL*>(detail)->level;
        heading_start_ = out_->size();
        heading_first_ = nullptr;
        heading_last_ = nullptr;
        break;
      case MD_BLOCK_CODE: {
        auto* d = static_cast<MD_BLOCK_CODE_DETAIL*>(detail);
        code_.clear();
        code_fenced_ = d->fence_char != 0;
        code_info_ = RawFenceInfo(d);
        if (code_fenced_) FindFence(d);
        in_code_block_ = true;
        break;
      }
      case MD_BLOCK_HTML:
        in_html_block_ = true;
        html_block_.clear();
        break;
      case MD_BLOCK_TH:
      case MD_BLOCK_TD: {
        cell_open_ = true;
        out_->append(type == MD_BLOCK_TH ? "<th" : "<td");
        cell_starts_.push_back(out_->size());
        switch (static_cast<MD_BLOCK_TD_DETAIL*>(detail)->align) {
          case MD_ALIGN_LEFT:
            out_->append(" style=\"text-align:left\"");
            break;
          case MD_ALIGN_CENTER:
            out_->append(" style=\"text-align:center\"");
            break;
          case MD_ALIGN_RIGHT:
            out_->append(" style=\"text-align:right\"");
            break;
          default:
            break;
        }
        out_->push_back('>');
        break;
      }
      default:
        break;
    }
    return 0;
  }

  int LeaveBlock(MD_BLOCKTYPE type, void* detail) {
    if (type == MD_BLOCK_DOC) return 0;
    if (pending_image_.has_value()) {
      // A tight list item's paragraph is not reported; it ends with the item.
      FlushPendingImage(type == MD_BLOCK_P ||
                        (type == MD_BLOCK_LI && !lists_.empty() && lists_.back().tight));
    }
    if (--depth_ == 0) ends_with_paragraph_ = type == MD_BLOCK_P;
    if (type == MD_BLOCK_P && tight_paragraph_open_ && depth_ == 0) {
      tight_paragraph_open_ = false;
      typographer_.EndBlock();
      return 0;
    }
    if (type == MD_BLOCK_P && !options_.wrap_standalone_image_within_paragraph &&
        paragraph_images_ == 1 && !paragraph_other_) {
      // goldmark writes a paragraph holding only an image as the bare <img>.
      out_->erase(paragraph_start_, 3);
      typographer_.EndBlock();
      return 0;
    }
    if (const FixedTags* tags = FixedBlockTags(type)) out_->append(tags->close);
    switch (type) {
      case MD_BLOCK_UL:
        out_->append("</ul>\n");
        lists_.pop_back();
        break;
      case MD_BLOCK_OL:
        out_->append("</ol>\n");
        lists_.pop_back();
        break;
      case MD_BLOCK_LI:
        if (task_pending_) BeforeInline();  // an empty task item still has its checkbox
        out_->append("</li>\n");
        li_pending_ = false;
        inline_in_li_ = false;
        task_pending_ = false;
        break;
      case MD_BLOCK_H:
        FinishHeading();
        typographer_.EndBlock();
        break;
      case MD_BLOCK_CODE:
        in_code_block_ = false;
        FinishCode();
        break;
      case MD_BLOCK_HTML:
        in_html_block_ = false;
        if (options_.unsafe) {
          out_->append(html_block_);
        } else {
          out_->append("<!-- raw HTML omitted -->\n");
          if (HtmlBlockHasClosure(html_block_)) out_->append("<!-- raw HTML omitted -->\n");
        }
        break;
      case MD_BLOCK_P:
        typographer_.EndBlock();
        break;
      case MD_BLOCK_TR:
        UnalignPaddingCells();
        break;
      case MD_BLOCK_TH:
        cell_open_ = false;
        out_->append("</th>\n");
        typographer_.EndBlock();
        break;
      case MD_BLOCK_TD:
        cell_open_ = false;
        out_->append("</td>\n");
        typographer_.EndBlock();
        break;
      default:
        break;
    }
    if (!lists_.empty() && type != MD_BLOCK_LI && type != MD_BLOCK_UL && type != MD_BLOCK_OL &&
        block_depth_in_li_ > 0) {
      --block_depth_in_li_;
    }
    if (type == MD_BLOCK_UL || type == MD_BLOCK_OL) {
      block_depth_in_li_ = lists_.empty() ? 0 : saved_depths_.back();
      if (!saved_depths_.empty()) saved_depths_.pop_back();
    }
    if (depth_ == 0 && block_attributes_ != nullptr) ApplyBlockAttributes(type);
    return 0;
  }

  // Writes the attributes of an attribute line after the top-level block just closed into its
  // opening tag. goldmark then writes a blockquote's first child on the same line.
  void ApplyBlockAttributes(MD_BLOCKTYPE type) {
    if (last_pos_ == 0 || type == MD_BLOCK_CODE || type == MD_BLOCK_HTML) return;
    size_t eol = source_.find('\n', last_pos_ - 1);
    if (eol == std::string_view::npos) eol = source_.size();
    auto it = block_attributes_->find(eol);
    if (it == block_attributes_->end()) return;
    size_t gt = out_->find('>', top_block_start_);
    if (gt == std::string::npos) return;
    std::string attrs;
    for (const auto& [name, value] : it->second.attributes) {
      attrs.append(" ").append(name).append("=\"");
      AppendEscapedHtml(value, &attrs);
      attrs.push_back('"');
    }
    if (type == MD_BLOCK_QUOTE && out_->compare(gt + 1, 1, "\n") == 0) out_->erase(gt + 1, 1);
    out_->insert(gt, attrs);
  }

  void PushList(bool tight) {
    saved_depths_.push_back(block_depth_in_li_ > 0 ? block_depth_in_li_ - 1 : 0);
    lists_.push_back(ListItem{tight});
    block_depth_in_li_ = 0;
  }

  int EnterSpan(MD_SPANTYPE type, void* detail) {
    if (last_pos_ < linkified_end_) {  // markup md4c found inside a linkified URL
      ++suppressed_spans_;
      return 0;
    }
    if (alt_depth_ > 0) {
      if (type == MD_SPAN_IMG) ++alt_depth_;
      return 0;
    }
    BeforeInline();
    if (type == MD_SPAN_IMG) {
      ++paragraph_images_;
    } else if (hooked_images_ == 0) {
      paragraph_other_ = true;
    }
    if (type == MD_SPAN_DEL) {
      dels_.push_back(Strike{out_->size(), false, false});
    }
    if (const FixedTags* tags = FixedSpanTags(type)) out_->append(tags->open);
    switch (type) {
      case MD_SPAN_A: {
        ++link_depth_;
        auto* d = static_cast<MD_SPAN_A_DETAIL*>(detail);
        std::string url = AttributeText(d->href);
        if (hooks_ != nullptr) {
          hooked_links_.push_back(HookedLink{out_->size(), 0, url, AttributeText(d->title)});
        }
        out_->append("<a href=\"");
        if (options_.unsafe || !IsDangerousUrl(url)) AppendUrl(url);
        out_->push_back('"');
        if (d->title.text != nullptr && d->title.size > 0) {
          out_->append(" title=\"");
          AppendEscapedHtml(AttributeText(d->title), out_);
          out_->push_back('"');
        }
        out_->push_back('>');
        if (hooks_ != nullptr) hooked_links_.back().text_start = out_->size();
        break;
      }
      case MD_SPAN_IMG: {
        auto* d = static_cast<MD_SPAN_IMG_DETAIL*>(detail);
        std::string url = AttributeText(d->src);
        if (image_hooks_) {
          // The hook sees the image's inner HTML: render it in place, then replace it.
          hooked_links_.push_back(
              HookedLink{out_->size(), out_->size(), std::move(url), AttributeText(d->title)});
          ++hooked_images_;
          break;
        }
        out_->append("<img src=\"");
        if (options_.unsafe || !IsDangerousUrl(url)) AppendUrl(url);
        out_->append("\" alt=\"");
        img_title_ =
            d->title.text != nullptr && d->title.size > 0 ? AttributeText(d->title) : std::string();
        img_has_title_ = d->title.text != nullptr && d->title.size > 0;
        alt_depth_ = 1;
        break;
      }
      default:
        break;
    }
    return 0;
  }

  int LeaveSpan(MD_SPANTYPE type, void* detail) {
    if (suppressed_spans_ > 0) {
      --suppressed_spans_;
      return 0;
    }
    if (alt_depth_ > 0) {
      if (type == MD_SPAN_IMG && --alt_depth_ == 0) {
        out_->push_back('"');
        if (img_has_title_) {
          out_->append(" title=\"");
          AppendEscapedHtml(img_title_, out_);
          out_->push_back('"');
        }
        out_->append(options_.xhtml ? " />" : ">");
      }
      return 0;
    }
    if (type == MD_SPAN_IMG && image_hooks_) {
      --hooked_images_;
      FinishHookedImage();
      return 0;
    }
    if (type == MD_SPAN_DEL && !dels_.empty()) {
      bool single = dels_.back().single;
      dels_.pop_back();
      if (single) {
        out_->push_back('~');
        return 0;
      }
    }
    if (const FixedTags* tags = FixedSpanTags(type)) out_->append(tags->close);
    if (type == MD_SPAN_A) {
      out_->append("</a>");
      --link_depth_;
      if (hooks_ != nullptr) ApplyLinkHook();
    }
    return 0;
  }

  int Text(MD_TEXTTYPE type, std::string_view text) {
    if (linkified_end_ > 0 && InSource(text.data())) {
      // Text a linkified URL already covers (md4c may cut a URL into several pieces).
      size_t begin = text.data() - source_.data();
      if (begin < linkified_end_) {
        if (begin + text.size() <= linkified_end_ || type != MD_TEXT_NORMAL) return 0;
        text.remove_prefix(linkified_end_ - begin);
      }
    }
    if (InSource(text.data()) && type != MD_TEXT_BR && type != MD_TEXT_SOFTBR) {
      last_pos_ =
          std::max(last_pos_, static_cast<size_t>(text.data() - source_.data()) + text.size());
    }
    if (in_code_block_) {
      AppendCodeText(text);
      return 0;
    }
    if (in_html_block_) {
      html_block_.append(text);
      return 0;
    }
    if (heading_level_ > 0 && InSource(text.data()) && type != MD_TEXT_BR &&
        type != MD_TEXT_SOFTBR) {
      if (heading_first_ == nullptr) heading_first_ = text.data();
      heading_last_ = text.data() + text.size();
    }
    if (alt_depth_ > 0) {
      AltText(type, text);
      return 0;
    }
    BeforeInline();
    if (hooked_images_ == 0) paragraph_other_ = true;
    if (!dels_.empty() && !dels_.back().checked && InSource(text.data())) CheckStrike(text.data());
    switch (type) {
      case MD_TEXT_NORMAL:
        if (InSource(text.data())) {
          size_t begin = text.data() - source_.data();
          AppendText(begin, begin + text.size());
        } else {
          AppendEscapedHtml(text, out_);
        }
        break;
      case MD_TEXT_NULLCHAR:
        out_->append("\xEF\xBF\xBD");
        break;
      case MD_TEXT_BR:
        AppendKeptSpacesBeforeBreak();
        out_->append(options_.xhtml ? "<br />\n" : "<br>\n");
        break;
      case MD_TEXT_SOFTBR:
        if (options_.hard_wraps) {
          out_->append(options_.xhtml ? "<br />\n" : "<br>\n");
        } else {
          out_->push_back('\n');
        }
        break;
      case MD_TEXT_ENTITY:
        AppendEntity(text);
        break;
      case MD_TEXT_CODE:
        if (cell_open_ && text.find("\\|") != std::string_view::npos) {
          // In a table cell "\|" is the cell's escape for '|', code spans included.
          std::string unescaped;
          for (size_t i = 0; i < text.size(); ++i) {
            if (!(text[i] == '\\' && i + 1 < text.size() && text[i + 1] == '|')) {
              unescaped.push_back(text[i]);
            }
          }
          AppendEscapedHtml(unescaped, out_);
        } else {
          AppendEscapedHtml(text, out_);
        }
        break;
      case MD_TEXT_HTML:
        if (options_.unsafe) {
          out_->append(text);
        } else if (!text.empty() && text[0] == '<') {
          out_->append("<!-- raw HTML omitted -->");
        }
        break;
      default:
        break;
    }
    return 0;
  }

  // Writes source[begin, end) as text: linkified, typographer-substituted, escaped.
  void AppendText(size_t begin, size_t end) {
    size_t from = begin;
    if (!state_->footnotes.empty()) {
      for (size_t p = NextFootnoteMark(begin); p < end; p = NextFootnoteMark(p + 1)) {
        size_t close = source_.find_first_of("[]\n", p + 2);
        if (close == std::string_view::npos || source_[close] != ']' || close == p + 2) continue;
        int index = 0, ordinal = 0;
        if (!state_->footnotes.Reference(source_.substr(p + 2, close - p - 2), &index, &ordinal)) {
          continue;
        }
        AppendLinkified(from, p);
        AppendFootnoteReference(index, ordinal, out_);
        from = close + 1;
        if (from > end) {
          linkified_end_ = from;
          return;
        }
        p = close;
      }
    }
    AppendLinkified(from, end);
  }

  void AppendLinkified(size_t begin, size_t end) {
    size_t from = begin;
    if (options_.linkify && link_depth_ == 0 && MayLinkify(begin, end)) {
      for (size_t p = begin; p < end; ++p) {
        if (!IsLinkifyStart(source_, p)) continue;
        const size_t eol = LineEnd(p);
        std::string_view line = source_.substr(p, eol - p);
        const bool url = line.substr(0, 7) == "http://" || line.substr(0, 8) == "https://" ||
                         line.substr(0, 6) == "ftp://" || line.substr(0, 4) == "www.";
        const bool email = NextAt(p) < eol && EmailMayStart(p, eol);
        if (!url && !email) continue;
        LinkifyMatch m;
        if (!MatchLinkify(line, email, &m)) {
          // Every later start in the same local-part run reaches the same '@' and fails alike.
          if (email) failed_email_run_ = true;
          continue;
        }
        AppendPlain(from, p);
        AppendAutoLink(line.substr(0, m.length), m.kind);
        from = p + m.length;
        if (from > end) {
          linkified_end_ = from;
          return;
        }
        p = from - 1;
      }
    }
    AppendPlain(from, end);
  }

  // Whether an e-mail address may start at pos: its local-part run must end at an '@' and not
  // be one already tried. The run is cached, as every position inside it shares the answer.
  bool EmailMayStart(size_t pos, size_t eol) {
    if (pos < email_run_start_ || pos >= email_run_end_) {
      email_run_start_ = pos;
      email_run_end_ = pos + EmailLocalPartEnd(source_.substr(pos, eol - pos));
      failed_email_run_ = false;
    }
    return !failed_email_run_ && email_run_end_ < eol && source_[email_run_end_] == '@';
  }

  // Whether source[begin, end) can hold the start of a linkified URL or e-mail address: a URL
  // needs "://" or "www.", an address an '@' later on the line.
  bool MayLinkify(size_t begin, size_t end) {
    return NextUrlMark(begin) < end || NextAt(begin) < LineEnd(begin);
  }

  // The end of the line holding pos, and the first '@' at or after pos. Cached, because text
  // arrives in source order and a line holds many pieces of text.
  size_t LineEnd(size_t pos) {
    if (pos < line_query_ || pos > line_end_) {
      line_end_ = source_.find('\n', pos);
      if (line_end_ == std::string_view::npos) line_end_ = source_.size();
    }
    line_query_ = pos;
    return line_end_;
  }
  // The first `needle` at or after pos, or the source size. memmem beats string_view::find,
  // which runs memchr for every occurrence of the needle's first byte.
  size_t Find(size_t pos, std::string_view needle) const {
    const void* at =
        memmem(source_.data() + pos, source_.size() - pos, needle.data(), needle.size());
    return at == nullptr ? source_.size() : static_cast<const char*>(at) - source_.data();
  }

  // The first "[^" at or after pos.
  size_t NextFootnoteMark(size_t pos) {
    if (pos < caret_query_ || pos > next_caret_) {
      next_caret_ = Find(pos, "[^");
    }
    caret_query_ = pos;
    return next_caret_;
  }

  // The first ':' or "www." at or after pos; each cached apart, so a search never repeats.
  size_t NextUrlMark(size_t pos) {
    if (pos < colon_query_ || pos > next_colon_) {
      next_colon_ = std::min(source_.find(':', pos), source_.size());
    }
    colon_query_ = pos;
    if (pos < www_query_ || pos > next_www_) {
      next_www_ = Find(pos, "www.");
    }
    www_query_ = pos;
    return std::min(next_colon_, next_www_);
  }
  size_t NextAt(size_t pos) {
    if (pos < at_query_ || pos > next_at_) {
      next_at_ = source_.find('@', pos);
      if (next_at_ == std::string_view::npos) next_at_ = source_.size();
    }
    at_query_ = pos;
    return next_at_;
  }

  void AppendPlain(size_t begin, size_t end) {
    if (begin >= end) return;
    if (options_.typographer) {
      typographer_.Append(begin, end, out_);
    } else {
      AppendEscapedHtml(source_.substr(begin, end - begin), out_);
    }
  }

  void AppendAutoLink(std::string_view label, LinkifyKind kind) {
    std::string url;
    if (kind == LinkifyKind::kWww) url = options_.linkify_protocol + "://";
    if (kind == LinkifyKind::kEmail) url = "mailto:";
    url.append(label);
    const size_t start = out_->size();
    out_->append("<a href=\"");
    AppendUrl(url);
    out_->append("\">");
    const size_t text_start = out_->size();
    AppendEscapedHtml(label, out_);
    if (hooks_ != nullptr) {
      std::string replacement;
      const std::string text = out_->substr(text_start);
      if (hooks_->RenderLink(LinkContext{url, {}, text, label}, &replacement)) {
        out_->append("</a>");
        ReplaceWithHookOutput(start, std::move(replacement));
        return;
      }
    }
    out_->append("</a>");
  }

  // goldmark pads a short table row with cells that carry no alignment; md4c aligns them. The
  // row's source line (found from its last text) tells how many cells were written.
  void UnalignPaddingCells() {
    std::vector<size_t> starts = std::move(cell_starts_);
    cell_starts_.clear();
    if (last_pos_ <= row_start_pos_ || last_pos_ == 0) return;
    size_t bol = source_.rfind('\n', last_pos_ - 1);
    bol = bol == std::string_view::npos ? 0 : bol + 1;
    size_t eol = source_.find('\n', last_pos_);
    std::string_view line = TrimSpace(
        source_.substr(bol, (eol == std::string_view::npos ? source_.size() : eol) - bol));
    if (!line.empty() && line.front() == '|') line.remove_prefix(1);
    if (!line.empty() && line.back() == '|' && (line.size() < 2 || line[line.size() - 2] != '\\')) {
      line.remove_suffix(1);
    }
    size_t cells = 1;
    size_t ticks = 0;  // length of the open code span's backtick run
    for (size_t i = 0; i < line.size(); ++i) {
      if (line[i] == '\\') {
        ++i;
      } else if (line[i] == '`') {
        size_t n = 1;
        while (i + n < line.size() && line[i + n] == '`') ++n;
        ticks = ticks == 0 ? n : (ticks == n ? 0 : ticks);
        i += n - 1;
      } else if (line[i] == '|' && ticks == 0) {
        ++cells;
      }
    }
    for (size_t c = starts.size(); c-- > cells;) {
      size_t at = starts[c];
      if (out_->compare(at, 19, " style=\"text-align:") == 0) {
        out_->erase(at, out_->find('"', at + 8) + 1 - at);
      }
    }
  }

  // goldmark strikes through only with "~~"; md4c also takes a single '~'. Decided at the
  // struck text's first character: a lone '~' before it turns <del> back into text.
  void CheckStrike(const char* first) {
    Strike& d = dels_.back();
    d.checked = true;
    size_t pos = first - source_.data();
    size_t tildes = 0;
    while (tildes < pos && source_[pos - 1 - tildes] == '~') ++tildes;
    if (tildes == 1 && out_->compare(d.out_pos, 5, "<del>") == 0) {
      out_->replace(d.out_pos, 5, "~");
      d.single = true;
    }
  }

  // With linkify on, goldmark splits text at spaces, and of a run of k ≥ 4 trailing spaces
  // before a hard break only the last three are dropped.
  void AppendKeptSpacesBeforeBreak() {
    if (!options_.linkify) return;
    size_t k = 0;
    while (last_pos_ + k < source_.size() && source_[last_pos_ + k] == ' ') ++k;
    if (k >= 4) out_->append(k - 3, ' ');
  }

  // Offers the link just written to the render hook; on acceptance its markup is replaced by
  // the hook's.
  void ApplyLinkHook() {
    HookedLink link = std::move(hooked_links_.back());
    hooked_links_.pop_back();
    const size_t text_end = out_->size() - 4;  // before "</a>"
    const std::string text = out_->substr(link.text_start, text_end - link.text_start);
    const std::string plain = PlainTextAt(link.text_start, text);
    std::string replacement;
    if (!hooks_->RenderLink(LinkContext{link.destination, link.title, text, plain}, &replacement)) {
      return;
    }
    ReplaceWithHookOutput(link.start, std::move(replacement));
  }

  // An image's inner HTML is complete. goldmark tells the hook whether the image stands alone
  // in an unwrapped paragraph, which is known only when the paragraph or its next inline
  // starts: such an image waits in pending_image_.
  void FinishHookedImage() {
    PendingImage image{std::move(hooked_links_.back()), std::string(), state_->images++};
    hooked_links_.pop_back();
    image.text = out_->substr(image.link.text_start);
    out_->resize(image.link.start);
    if (!options_.wrap_standalone_image_within_paragraph && hooked_images_ == 0 &&
        paragraph_images_ == 1 && !paragraph_other_) {
      pending_image_ = std::move(image);
      return;
    }
    EmitImage(image, false);
  }

  void FlushPendingImage(bool is_block) {
    PendingImage image = std::move(*pending_image_);
    pending_image_.reset();
    EmitImage(image, is_block);
  }

  void EmitImage(const PendingImage& image, bool is_block) {
    const std::string plain = PlainTextAt(image.link.text_start, image.text);
    const HookedLink& link = image.link;
    LinkContext context{link.destination, link.title, image.text, plain, image.ordinal, is_block};
    // goldmark's <img>, with the plain text for alt: what a heading's table-of-contents
    // entry shows, and the output should the hook decline.
    const size_t start = out_->size();
    out_->append("<img src=\"");
    if (options_.unsafe || !IsDangerousUrl(link.destination)) AppendUrl(link.destination);
    out_->append("\" alt=\"");
    AppendEscapedHtml(plain, out_);
    out_->push_back('"');
    if (!link.title.empty()) {
      out_->append(" title=\"");
      AppendEscapedHtml(link.title, out_);
      out_->push_back('"');
    }
    out_->append(options_.xhtml ? " />" : ">");
    std::string replacement;
    if (hooks_->RenderImage(context, &replacement)) {
      ReplaceWithHookOutput(start, std::move(replacement), image.text);
    }
  }

  // goldmark's node text of output `html` written at `offset`, with hook output undone.
  std::string PlainTextAt(size_t offset, const std::string& html) const {
    if (hook_edits_.empty()) return HookPlainText(html);
    return HookPlainText(UndoHookEdits(html, offset, hook_edits_, true));
  }

  // Replaces out_ from `start` on with a hook's output. Inside a heading or a link goldmark's
  // markup is remembered: the table of contents and an enclosing hook's plain text use it.
  void ReplaceWithHookOutput(size_t start, std::string replacement,
                             std::string_view node_text = {}) {
    if (heading_level_ > 0 || !hooked_links_.empty()) {
      std::string original = out_->substr(start);
      std::string text = node_text.data() != nullptr ? std::string(node_text) : original;
      hook_edits_.push_back(
          HookEdit{start, replacement.size(), std::move(original), std::move(text)});
    } else {
      hook_edits_.clear();
    }
    out_->resize(start);
    out_->append(replacement);
  }

  // An entity reference as its character, escaped; an unknown name stays as written.
  void AppendEntity(std::string_view entity) {
    std::string decoded;
    AppendEscapedHtml(AppendDecodedEntity(entity, &decoded) ? std::string_view(decoded) : entity,
                      out_);
  }

  // goldmark builds alt text from the raw text of the image's descendants, escaped.
  void AltText(MD_TEXTTYPE type, std::string_view text) {
    switch (type) {
      case MD_TEXT_NULLCHAR:
        out_->append("\xEF\xBF\xBD");
        break;
      case MD_TEXT_BR:
      case MD_TEXT_SOFTBR:
        out_->push_back('\n');
        break;
      case MD_TEXT_ENTITY:
        AppendEntity(text);
        break;
      default:
        AppendEscapedHtml(text, out_);
        break;
    }
  }

  // An attribute's text with entities decoded (md4c has already removed backslash escapes).
  static std::string AttributeText(const MD_ATTRIBUTE& attr) {
    std::string s;
    if (attr.text == nullptr) return s;
    for (int i = 0; attr.substr_offsets[i] < attr.size; ++i) {
      std::string_view part(attr.text + attr.substr_offsets[i],
                            attr.substr_offsets[i + 1] - attr.substr_offsets[i]);
      if (attr.substr_types[i] == MD_TEXT_ENTITY) {
        if (!AppendDecodedEntity(part, &s)) s.append(part);
      } else if (attr.substr_types[i] == MD_TEXT_NULLCHAR) {
        s.append("\xEF\xBF\xBD");
      } else {
        s.append(part);
      }
    }
    return s;
  }

  void AppendUrl(std::string_view url) {
    std::string escaped;
    AppendEscapedUrl(url, &escaped);
    AppendEscapedHtml(escaped, out_);
  }

  void FinishHeading() {
    std::string inner = out_->substr(heading_start_);
    out_->resize(heading_start_);
    const bool hooked = !hook_edits_.empty();
    std::string rendered = hooked ? inner : std::string();
    // md4c leaves a tab after the opening '#'s and whitespace before a setext underline.
    size_t lead = 0;
    while (lead < inner.size() && (inner[lead] == ' ' || inner[lead] == '\t')) ++lead;
    inner.erase(0, lead);
    while (!inner.empty() && (inner.back() == ' ' || inner.back() == '\t')) inner.pop_back();
    HeadingAttributes attrs;
    std::string_view raw = RawHeadingText();
    if (options_.attribute_title) {
      size_t attr_start = 0;
      if (ParseTrailingHeadingAttributes(raw, &attrs, &attr_start)) {
        // Drop the attribute block's rendering from the inner HTML: it is the text of the
        // source from attr_start on, which was rendered as plain text at the end.
        std::string tail;
        size_t begin = raw.data() - source_.data() + attr_start;
        Typographer plain(source_);
        if (options_.typographer) {
          plain.Append(begin, raw.data() - source_.data() + raw.size(), &tail);
        } else {
          AppendEscapedHtml(raw.substr(attr_start), &tail);
        }
        if (inner.size() >= tail.size() &&
            inner.compare(inner.size() - tail.size(), tail.size(), tail) == 0) {
          inner.resize(inner.size() - tail.size());
          while (!inner.empty() && (inner.back() == ' ' || inner.back() == '\t')) inner.pop_back();
        }
        raw = raw.substr(0, attr_start);
        while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\t')) raw.remove_suffix(1);
        // A closing '#' run before the attributes, "## Title ## {#id}", goes too.
        size_t h = raw.size();
        while (h > 0 && raw[h - 1] == '#') --h;
        if (h < raw.size() && h > 0 && (raw[h - 1] == ' ' || raw[h - 1] == '\t') &&
            inner.size() >= raw.size() - h) {
          inner.resize(inner.size() - (raw.size() - h));
          while (!inner.empty() && (inner.back() == ' ' || inner.back() == '\t')) inner.pop_back();
          raw = raw.substr(0, h);
        }
      }
    }
    // The table of contents shows goldmark's markup where link or image hooks replaced it,
    // trimmed as inner was.
    std::string toc_html, toc_text;
    if (hooked) {
      const size_t cut = rendered.size() - lead - inner.size();
      toc_html = UndoHookEdits(rendered, heading_start_, hook_edits_, false);
      toc_html = toc_html.substr(lead, toc_html.size() - lead - cut);
      toc_text = UndoHookEdits(std::move(rendered), heading_start_, hook_edits_, true);
      toc_text = toc_text.substr(lead, toc_text.size() - lead - cut);
      hook_edits_.clear();
    }
    // With attributes on, goldmark keeps all but one of the spaces before a closing '#' run.
    if (options_.attribute_title && closing_spaces_ > 1 && attrs.attributes.empty()) {
      inner.append(closing_spaces_ - 1, ' ');
      if (hooked) toc_html.append(closing_spaces_ - 1, ' ');
    }
    if (!hooked) toc_html = inner;
    std::string id;
    if (!attrs.id.empty()) {
      id = attrs.id;
      if (options_.auto_heading_id) state_->ids.Reserve(id);
    } else if (options_.auto_heading_id) {
      id = state_->ids.Generate(raw);
    }
    if (hooks_ != nullptr) {
      const std::string plain = HookPlainText(hooked ? toc_text : inner);
      HeadingContext context{heading_level_, id, inner, plain, &attrs.attributes};
      std::string replacement;
      if (hooks_->RenderHeading(context, &replacement)) {
        out_->append(replacement);
        state_->headings.push_back(Heading{heading_level_, std::move(id), std::move(toc_html)});
        heading_level_ = 0;
        return;
      }
    }
    out_->append("<h").push_back(static_cast<char>('0' + heading_level_));
    bool id_written = false;
    for (const auto& [name, value] : attrs.attributes) {
      if (name == "id") {
        if (id.empty()) continue;
        id_written = true;
      }
      out_->append(" ").append(name).append("=\"");
      AppendEscapedHtml(name == "id" ? id : value, out_);
      out_->push_back('"');
    }
    if (!id.empty() && !id_written) {
      out_->append(" id=\"");
      AppendEscapedHtml(id, out_);
      out_->push_back('"');
    }
    out_->push_back('>');
    out_->append(inner);
    out_->append("</h").push_back(static_cast<char>('0' + heading_level_));
    out_->append(">\n");
    state_->headings.push_back(Heading{heading_level_, std::move(id), std::move(toc_html)});
    heading_level_ = 0;
  }

  // The heading's last source line without its markers, as goldmark feeds its ID generator.
  std::string_view RawHeadingText() {
    closing_spaces_ = 0;
    if (heading_first_ == nullptr) return {};
    size_t end = heading_last_ - source_.data();
    size_t line_start = source_.rfind('\n', end == 0 ? 0 : end - 1);
    line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
    size_t first = heading_first_ - source_.data();
    size_t start = first >= line_start ? first : line_start;
    // Walk back over markup that precedes the first text (emphasis, links, code spans).
    while (start > line_start) {
      char c = source_[start - 1];
      if (c == ' ' || c == '\t' || c == '>' || c == '#') break;
      --start;
    }
    size_t eol = source_.find('\n', end);
    eol = eol == std::string_view::npos ? source_.size() : eol;
    std::string_view rest = source_.substr(end, eol - end);
    // Keep trailing markup (closing emphasis, link destinations, attribute blocks) but not a
    // closing sequence of '#'.
    size_t keep = rest.size();
    while (keep > 0 && (rest[keep - 1] == ' ' || rest[keep - 1] == '\t' || rest[keep - 1] == '\r'))
      --keep;
    size_t hashes = keep;
    while (hashes > 0 && rest[hashes - 1] == '#') --hashes;
    if (hashes < keep && (hashes == 0 || rest[hashes - 1] == ' ' || rest[hashes - 1] == '\t')) {
      keep = hashes;
      while (keep > 0 && (rest[keep - 1] == ' ' || rest[keep - 1] == '\t')) --keep;
      closing_spaces_ = hashes - keep;
    }
    return source_.substr(start, end - start + keep);
  }

  // Hugo shows the info string as written, backslash escapes included; md4c unescapes it into
  // a copy, so then we find the opening fence in the source after the last text seen.
  std::string RawFenceInfo(const MD_BLOCK_CODE_DETAIL* d) const {
    if (d->fence_char == 0 || d->info.text == nullptr) return {};
    if (InSource(d->info.text)) return std::string(d->info.text, d->info.size);
    const std::string fence(3, d->fence_char);
    size_t at = source_.find(fence, last_pos_);
    if (at == std::string_view::npos) return std::string(d->info.text, d->info.size);
    while (at < source_.size() && source_[at] == d->fence_char) ++at;
    size_t eol = source_.find('\n', at);
    std::string_view info =
        source_.substr(at, (eol == std::string_view::npos ? source_.size() : eol) - at);
    while (!info.empty() && (info.front() == ' ' || info.front() == '\t')) info.remove_prefix(1);
    while (!info.empty() && (info.back() == ' ' || info.back() == '\t' || info.back() == '\r'))
      info.remove_suffix(1);
    return std::string(info);
  }

  // Where the opening fence is, for FencePosition: on the info string's line when md4c points
  // into the source, else the first fence run after the last text seen.
  // md4c hands a code line's indentation over as spaces of its own, where goldmark keeps
  // the source's tabs. Under a fence that starts its line, the line's whitespace is taken
  // back from the source when its width is that of md4c's spaces.
  void AppendCodeText(std::string_view text) {
    const bool fence_at_line_start =
        code_fenced_ && (fence_offset_ == 0 || source_[fence_offset_ - 1] == '\n');
    if (!InSource(text.data())) {
      if (fence_at_line_start && !text.empty() &&
          text.find_first_not_of(' ') == std::string_view::npos) {
        pending_indent_ += text.size();
        return;
      }
      FlushCodeIndent({});
      code_.append(text);
      return;
    }
    if (pending_indent_ > 0) {
      size_t at = text.data() - source_.data();
      size_t start = at;
      while (start > 0 && (source_[start - 1] == ' ' || source_[start - 1] == '\t')) --start;
      std::string_view ws = source_.substr(start, at - start);
      size_t bytes = 0;
      const bool whole_line = start == 0 || source_[start - 1] == '\n';
      FlushCodeIndent(whole_line && IndentColumns(ws, &bytes) == pending_indent_ ? ws : "");
    }
    code_.append(text);
  }

  // Writes the pending indentation: `source_ws` when given, else md4c's spaces.
  void FlushCodeIndent(std::string_view source_ws) {
    if (pending_indent_ == 0) return;
    if (source_ws.empty()) {
      code_.append(pending_indent_, ' ');
    } else {
      code_.append(source_ws);
    }
    pending_indent_ = 0;
  }

  void FindFence(const MD_BLOCK_CODE_DETAIL* d) {
    size_t at;
    if (d->info.text != nullptr && InSource(d->info.text)) {
      at = d->info.text - source_.data();
      while (at > 0 && source_[at - 1] != '\n' && source_[at - 1] != d->fence_char) --at;
      while (at > 0 && source_[at - 1] == d->fence_char) --at;
    } else {
      at = Find(last_pos_, std::string_view(d->fence_char == '`' ? "```" : "~~~"));
    }
    fence_offset_ = std::min(at, source_.size());
  }

  void FinishCode() {
    FlushCodeIndent({});
    if (!code_fenced_) {
      out_->append("<pre><code>");
      AppendEscapedHtml(code_, out_);
      out_->append("</code></pre>\n");
      return;
    }
    std::string_view info = code_info_;
    size_t lang_end = 0;
    while (lang_end < info.size() && info[lang_end] != ' ' && info[lang_end] != '\t' &&
           info[lang_end] != '{') {
      ++lang_end;
    }
    CodeBlock block{info.substr(0, lang_end), info,    code_,
                    state_->code_blocks++,    source_, fence_offset_};
    code_renderer_->Render(block, out_);
  }

  std::string_view source_;
  const MarkdownOptions& options_;
  const CodeBlockRenderer* code_renderer_;
  const RenderHooks* hooks_;
  const bool image_hooks_;  // images are rendered for the hook, not as goldmark's <img>
  const std::map<size_t, HeadingAttributes>* block_attributes_;  // may be null
  size_t top_block_start_ = 0;  // where the open top-level block's markup begins
  DocumentState* state_;
  bool tight_;  // the next top-level paragraph goes without <p>
  bool tight_paragraph_open_ = false;
  std::string* out_;
  Typographer typographer_;
  int depth_ = 0;  // open blocks below the document
  bool ends_with_paragraph_ = false;

  std::vector<ListItem> lists_;
  std::vector<int> saved_depths_;
  int block_depth_in_li_ = 0;
  bool li_pending_ = false;
  bool inline_in_li_ = false;
  bool task_pending_ = false;
  bool task_checked_ = false;

  int heading_level_ = 0;
  size_t heading_start_ = 0;
  const char* heading_first_ = nullptr;
  const char* heading_last_ = nullptr;
  size_t closing_spaces_ = 0;

  bool in_code_block_ = false;
  bool code_fenced_ = false;
  std::string code_;
  std::string code_info_;
  size_t fence_offset_ = 0;
  size_t pending_indent_ = 0;  // md4c's indentation spaces not yet written to code_
  bool in_html_block_ = false;
  std::string html_block_;
  size_t last_pos_ = 0;       // end of the furthest source text reported so far
  size_t linkified_end_ = 0;  // source offset up to which a linkified URL consumed the text
  size_t line_query_ = std::string_view::npos, line_end_ = 0;     // LineEnd's cache
  size_t at_query_ = std::string_view::npos, next_at_ = 0;        // NextAt's cache
  size_t colon_query_ = std::string_view::npos, next_colon_ = 0;  // NextUrlMark's caches
  size_t www_query_ = std::string_view::npos, next_www_ = 0;
  size_t caret_query_ = std::string_view::npos, next_caret_ = 0;  // NextFootnoteMark's cache
  size_t email_run_start_ = 0, email_run_end_ = 0;                // EmailMayStart's cache
  bool failed_email_run_ = false;
  int suppressed_spans_ = 0;
  int link_depth_ = 0;

  std::vector<HookedLink> hooked_links_;  // open links and images, when there are hooks
  int hooked_images_ = 0;                 // open images whose inner HTML is being rendered
  std::optional<PendingImage> pending_image_;
  // Hook output inside the open heading or hooked links, cleared when neither is open.
  std::vector<HookEdit> hook_edits_;

  struct Strike {
    size_t out_pos;  // where its "<del>" was written
    bool checked;
    bool single;
  };
  std::vector<Strike> dels_;
  bool cell_open_ = false;
  std::vector<size_t> cell_starts_;  // output offsets just past "<td" / "<th" in this row
  size_t row_start_pos_ = 0;
  size_t paragraph_start_ = 0;
  int paragraph_images_ = 0;
  bool paragraph_other_ = false;

  int alt_depth_ = 0;
  bool img_has_title_ = false;
  std::string img_title_;
};

}  // namespace

Status RenderBlocks(std::string_view source, const MarkdownOptions& options,
                    const CodeBlockRenderer* code_renderer, DocumentState* state,
                    const BlockContext& context, std::string* out) {
  Renderer renderer(source, options, code_renderer, state, context.tight, context.hooks,
                    context.block_attributes, out);
  RETURN_IF_ERROR(renderer.Run());
  if (context.ends_with_paragraph != nullptr) {
    *context.ends_with_paragraph = renderer.ends_with_paragraph();
  }
  return Status();
}

}  // namespace kiln::markdown
