// Md4cRenderer's md4c callbacks: blocks, lists, spans and the dispatch of text (md4c_renderer.h).
#include "markdown/renderer.h"

#include <md4c.h>

#include <string>

#include "base/strings.h"
#include "markdown/block_markup.h"
#include "markdown/block_scan.h"
#include "markdown/definition_lists.h"
#include "markdown/gfm_fixups.h"
#include "markdown/html_escape.h"
#include "markdown/md4c_renderer.h"

namespace kiln::markdown {
namespace {

// CommonMark's autolink scheme: a letter, then 1 to 31 letters, digits, '+', '.' or '-', then ':'.
bool HasAutolinkScheme(std::string_view uri) {
  const auto is_alpha = [](char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; };
  if (uri.empty() || !is_alpha(uri[0])) return false;
  size_t i = 1;
  while (i < uri.size() && i <= 32 &&
         (is_alpha(uri[i]) || (uri[i] >= '0' && uri[i] <= '9') || uri[i] == '+' || uri[i] == '.' ||
          uri[i] == '-')) {
    ++i;
  }
  return i >= 2 && i <= 32 && i < uri.size() && uri[i] == ':';
}

}  // namespace

Status Md4cRenderer::Run() {
  MD_PARSER parser{};
  parser.abi_version = 0;
  parser.flags = 0;
  if (options_.table) parser.flags |= MD_FLAG_TABLES;
  if (options_.strikethrough) parser.flags |= MD_FLAG_STRIKETHROUGH;
  if (options_.task_list) parser.flags |= MD_FLAG_TASKLISTS;
  parser.enter_block = [](MD_BLOCKTYPE t, void* d, void* self) {
    return static_cast<Md4cRenderer*>(self)->EnterBlock(t, d);
  };
  parser.leave_block = [](MD_BLOCKTYPE t, void* d, void* self) {
    return static_cast<Md4cRenderer*>(self)->LeaveBlock(t, d);
  };
  parser.enter_span = [](MD_SPANTYPE t, void* d, void* self) {
    return static_cast<Md4cRenderer*>(self)->EnterSpan(t, d);
  };
  parser.leave_span = [](MD_SPANTYPE t, void* d, void* self) {
    return static_cast<Md4cRenderer*>(self)->LeaveSpan(t, d);
  };
  parser.text = [](MD_TEXTTYPE t, const MD_CHAR* text, MD_SIZE size, void* self) {
    auto* r = static_cast<Md4cRenderer*>(self);
    return r->Text(t, std::string_view(r->Original(text), size));
  };
  // goldmark's markup makes HTML about a third longer than its Markdown: room for half as much
  // again saves growing the buffer, a copy of all of it, near the end.
  out_->reserve(source_.size() + source_.size() / 2);
  const std::optional<std::string> parsed =
      state_->may_hold_textarea ? TextareaBlocksAsPre(source_) : std::nullopt;
  parsed_ = parsed.has_value() ? parsed->data() : source_.data();
  if (md_parse(parsed_, static_cast<MD_SIZE>(source_.size()), &parser, this) != 0) {
    return InternalError("markdown parser failed");
  }
  return Status();
}

void Md4cRenderer::BeforeChildBlock() {
  if (li_pending_ || inline_in_li_) out_->push_back('\n');
  li_pending_ = false;
  inline_in_li_ = false;
}

void Md4cRenderer::BeforeInline() {
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

int Md4cRenderer::EnterBlock(MD_BLOCKTYPE type, void* detail) {
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
      MD_BLOCK_CODE_DETAIL original = *static_cast<MD_BLOCK_CODE_DETAIL*>(detail);
      original.info.text = Original(original.info.text);
      const MD_BLOCK_CODE_DETAIL* d = &original;
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
      const MD_ALIGN align = static_cast<MD_BLOCK_TD_DETAIL*>(detail)->align;
      row_aligned_ = row_aligned_ || align != MD_ALIGN_DEFAULT;
      switch (align) {
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

int Md4cRenderer::LeaveBlock(MD_BLOCKTYPE type, void* detail) {
  if (type == MD_BLOCK_DOC) return 0;
  if (pending_image_.has_value()) {
    // A tight list item's paragraph is not reported; it ends with the item.
    FlushPendingImage(type == MD_BLOCK_P ||
                      (type == MD_BLOCK_LI && !lists_.empty() && lists_.back().tight));
  }
  if (--depth_ == 0) ends_with_paragraph_ = type == MD_BLOCK_P;
  if (type == MD_BLOCK_P && tight_paragraph_open_ && depth_ == 0) {
    tight_paragraph_open_ = false;
    return 0;
  }
  if (type == MD_BLOCK_P && !options_.wrap_standalone_image_within_paragraph &&
      paragraph_images_ == 1 && !paragraph_other_) {
    // goldmark writes a paragraph holding only an image as the bare <img>.
    out_->erase(paragraph_start_, 3);
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
      break;
    case MD_BLOCK_CODE:
      in_code_block_ = false;
      FinishCode();
      break;
    case MD_BLOCK_HTML:
      in_html_block_ = false;
      if (TrimSpace(html_block_) == kTableSeparator) break;  // gfm_fixups.h's, not the author's
      if (IsContainedDefinitionListMarker(TrimSpace(html_block_))) {
        out_->append(TrimSpace(html_block_)).push_back('\n');  // InsertDefinitionLists' to replace
        break;
      }
      if (options_.unsafe) {
        out_->append(html_block_);
      } else {
        out_->append("<!-- raw HTML omitted -->\n");
        if (HtmlBlockHasClosure(html_block_)) out_->append("<!-- raw HTML omitted -->\n");
      }
      break;
    case MD_BLOCK_TR:
      UnalignPaddingCells();
      break;
    case MD_BLOCK_TH:
      cell_open_ = false;
      out_->append("</th>\n");
      break;
    case MD_BLOCK_TD:
      cell_open_ = false;
      out_->append("</td>\n");
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

void Md4cRenderer::ApplyBlockAttributes(MD_BLOCKTYPE type) {
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

void Md4cRenderer::DemoteAutolink() {
  out_->resize(autolink_check_->out_start);
  out_->append("&lt;");
  --link_depth_;
  if (hooks_ != nullptr) hooked_links_.pop_back();
  demoted_autolink_ = true;
}

void Md4cRenderer::PushList(bool tight) {
  saved_depths_.push_back(block_depth_in_li_ > 0 ? block_depth_in_li_ - 1 : 0);
  lists_.push_back(ListItem{tight});
  block_depth_in_li_ = 0;
}

int Md4cRenderer::EnterSpan(MD_SPANTYPE type, void* detail) {
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
      const char* href = Original(d->href.text);
      if (InSource(href) && href > source_.data() && href[-1] == '<' &&
          !HasAutolinkScheme(std::string_view(href, d->href.size))) {
        autolink_check_ = AutolinkCheck{out_->size(), href};
      }
      std::string url = AttributeText(d->href);
      if (hooks_ != nullptr) hooked_links_.push_back(MakeHookedLink(d->href, d->title));
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
        hooked_links_.push_back(MakeHookedLink(d->src, d->title));
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

int Md4cRenderer::LeaveSpan(MD_SPANTYPE type, void* detail) {
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
  if (type == MD_SPAN_A && demoted_autolink_) {
    demoted_autolink_ = false;
    out_->append("&gt;");
    return 0;
  }
  if (type == MD_SPAN_A) {
    autolink_check_.reset();
    out_->append("</a>");
    --link_depth_;
    if (hooks_ != nullptr) ApplyLinkHook();
  }
  return 0;
}

int Md4cRenderer::Text(MD_TEXTTYPE type, std::string_view text) {
  if (autolink_check_.has_value()) {
    if (text.data() == autolink_check_->uri) DemoteAutolink();
    autolink_check_.reset();
  }
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
  if (heading_level_ > 0 && InSource(text.data()) && type != MD_TEXT_BR && type != MD_TEXT_SOFTBR) {
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
      if (AppendAngleQuotedHtml(text)) break;
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

Status RenderBlocks(std::string_view source, const MarkdownOptions& options,
                    const CodeBlockRenderer* code_renderer, DocumentState* state,
                    const BlockContext& context, std::string* out) {
  Md4cRenderer renderer(source, options, code_renderer, state, context.tight, context.hooks,
                        context.block_attributes, out);
  RETURN_IF_ERROR(renderer.Run());
  if (context.ends_with_paragraph != nullptr) {
    *context.ends_with_paragraph = renderer.ends_with_paragraph();
  }
  return Status();
}

}  // namespace kiln::markdown
