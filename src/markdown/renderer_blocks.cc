// Md4cRenderer's headings (IDs, attributes, heading hooks), code blocks and table rows
// (md4c_renderer.h).
#include <string.h>

#include <algorithm>
#include <string>

#include "base/strings.h"
#include "markdown/block_scan.h"
#include "markdown/content_helpers.h"
#include "markdown/heading_attributes.h"
#include "markdown/hook_text.h"
#include "markdown/html_escape.h"
#include "markdown/md4c_renderer.h"

namespace kiln::markdown {
namespace {

// Where the line holding s[end - 1] starts (end > 0): memrchr, as string_view::rfind walks
// back a byte at a time and every table row and heading asks.
size_t LineStart(std::string_view s, size_t end) {
  const void* nl = memrchr(s.data(), '\n', end);
  return nl == nullptr ? 0 : static_cast<const char*>(nl) - s.data() + 1;
}

}  // namespace

void Md4cRenderer::UnalignPaddingCells() {
  // Only a table with aligned columns has anything to undo; most have none.
  const bool aligned = row_aligned_;
  row_aligned_ = false;
  if (!aligned || last_pos_ <= row_start_pos_ || last_pos_ == 0) {
    cell_starts_.clear();  // keeping its capacity for the next row
    return;
  }
  const size_t bol = LineStart(source_, last_pos_);
  size_t eol = source_.find('\n', last_pos_);
  std::string_view line =
      TrimSpace(source_.substr(bol, (eol == std::string_view::npos ? source_.size() : eol) - bol));
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
  for (size_t c = cell_starts_.size(); c-- > cells;) {
    size_t at = cell_starts_[c];
    if (out_->compare(at, 19, " style=\"text-align:") == 0) {
      out_->erase(at, out_->find('"', at + 8) + 1 - at);
    }
  }
  cell_starts_.clear();
}

void Md4cRenderer::FinishHeading() {
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
      // Unhooked links and images leave the table of contents the heading's own HTML.
      state_->headings.push_back(
          Heading{heading_level_, std::move(id), std::move(hooked ? toc_html : inner)});
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
  state_->headings.push_back(
      Heading{heading_level_, std::move(id), std::move(hooked ? toc_html : inner)});
  heading_level_ = 0;
}

std::string_view Md4cRenderer::RawHeadingText() {
  closing_spaces_ = 0;
  if (heading_first_ == nullptr) return {};
  size_t end = heading_last_ - source_.data();
  const size_t line_start = LineStart(source_, end == 0 ? 1 : end);
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

std::string Md4cRenderer::RawFenceInfo(const MD_BLOCK_CODE_DETAIL* d) const {
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

void Md4cRenderer::AppendCodeText(std::string_view text) {
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

void Md4cRenderer::FlushCodeIndent(std::string_view source_ws) {
  if (pending_indent_ == 0) return;
  if (source_ws.empty()) {
    code_.append(pending_indent_, ' ');
  } else {
    code_.append(source_ws);
  }
  pending_indent_ = 0;
}

void Md4cRenderer::FindFence(const MD_BLOCK_CODE_DETAIL* d) {
  size_t at;
  if (d->info.text != nullptr && InSource(d->info.text)) {
    at = d->info.text - source_.data();
    while (at > 0 && source_[at - 1] != '\n' && source_[at - 1] != d->fence_char) --at;
    while (at > 0 && source_[at - 1] == d->fence_char) --at;
  } else {
    at = Find(last_pos_, std::string_view(d->fence_char == '`' ? "```" : "~~~"), 0);
  }
  fence_offset_ = std::min(at, source_.size());
}

void Md4cRenderer::FinishCode() {
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

}  // namespace kiln::markdown
