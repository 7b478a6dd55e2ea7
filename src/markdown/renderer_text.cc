// Md4cRenderer's text: footnote references, linkify, the typographer, entities and alt text
// (md4c_renderer.h).
#include <string.h>

#include <algorithm>
#include <string>

#include "markdown/footnotes.h"
#include "markdown/html_escape.h"
#include "markdown/linkify.h"
#include "markdown/md4c_renderer.h"

namespace kiln::markdown {

void Md4cRenderer::AppendText(size_t begin, size_t end) {
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

void Md4cRenderer::AppendLinkified(size_t begin, size_t end) {
  size_t from = begin;
  if (options_.linkify && link_depth_ == 0 && MayLinkify(begin, end)) {
    for (size_t p = begin; p < end; ++p) {
      const bool head = IsLinkifyStart(source_, p);
      if (!head && !MayFollowSubstitution(p)) continue;
      const size_t eol = LineEnd(p);
      std::string_view line = source_.substr(p, eol - p);
      const bool url = line.substr(0, 7) == "http://" || line.substr(0, 8) == "https://" ||
                       line.substr(0, 6) == "ftp://" || line.substr(0, 4) == "www.";
      const bool email = NextAt(p) < eol && EmailMayStart(p, eol);
      if (!url && !email) continue;
      if (!head) {
        // goldmark tries linkify again right after any inline node, so after a typographic
        // substitution ("https://x" → &ldquo; then a link): the text before decides it.
        AppendPlain(from, p);
        from = p;
        if (typographer_.substitution_end() != p) continue;
      }
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

bool Md4cRenderer::MayFollowSubstitution(size_t pos) const {
  if (!options_.typographer || pos == 0) return false;
  const char c = source_[pos - 1];
  return c == '"' || c == '\'' || c == '-' || c == '.' || c == '<' || c == '>';
}

bool Md4cRenderer::EmailMayStart(size_t pos, size_t eol) {
  if (pos < email_run_start_ || pos >= email_run_end_) {
    email_run_start_ = pos;
    email_run_end_ = pos + EmailLocalPartEnd(source_.substr(pos, eol - pos));
    failed_email_run_ = false;
  }
  return !failed_email_run_ && email_run_end_ < eol && source_[email_run_end_] == '@';
}

bool Md4cRenderer::MayLinkify(size_t begin, size_t end) {
  if (NextUrlMark(begin) < end) return true;
  // Most documents have no '@' at all: then the line's end is not needed.
  const size_t at = NextAt(begin);
  return at < end || (at < source_.size() && at < LineEnd(begin));
}

size_t Md4cRenderer::LineEnd(size_t pos) {
  if (pos < line_query_ || pos > line_end_) {
    line_end_ = source_.find('\n', pos);
    if (line_end_ == std::string_view::npos) line_end_ = source_.size();
  }
  line_query_ = pos;
  return line_end_;
}

size_t Md4cRenderer::Find(size_t pos, std::string_view needle, size_t anchor) const {
  const char* const data = source_.data();
  const size_t size = source_.size();
  for (size_t from = pos + anchor; from < size;) {
    const void* hit = memchr(data + from, needle[anchor], size - from);
    if (hit == nullptr) break;
    const size_t at = static_cast<const char*>(hit) - data - anchor;
    if (at + needle.size() <= size && memcmp(data + at, needle.data(), needle.size()) == 0) {
      return at;
    }
    from = at + anchor + 1;
  }
  return size;
}

size_t Md4cRenderer::NextFootnoteMark(size_t pos) {
  if (pos < caret_query_ || pos > next_caret_) {
    next_caret_ = Find(pos, "[^", 1);
  }
  caret_query_ = pos;
  return next_caret_;
}

size_t Md4cRenderer::NextUrlMark(size_t pos) {
  if (pos < colon_query_ || pos > next_colon_) {
    next_colon_ = std::min(source_.find(':', pos), source_.size());
  }
  colon_query_ = pos;
  if (pos < www_query_ || pos > next_www_) {
    next_www_ = Find(pos, "www.", 3);
  }
  www_query_ = pos;
  return std::min(next_colon_, next_www_);
}

size_t Md4cRenderer::NextAt(size_t pos) {
  if (pos < at_query_ || pos > next_at_) {
    next_at_ = source_.find('@', pos);
    if (next_at_ == std::string_view::npos) next_at_ = source_.size();
  }
  at_query_ = pos;
  return next_at_;
}

bool Md4cRenderer::AppendAngleQuotedHtml(std::string_view text) {
  constexpr std::string_view kLess = "&lt;";
  if (!options_.typographer || !InSource(text.data()) || text.size() < 2 || text.back() != '>') {
    return false;
  }
  const size_t begin = text.data() - source_.data();
  // The '<' before the span was written as plain text, not escaped nor part of a "<<".
  if (begin == 0 || source_[begin - 1] != '<' || !out_->ends_with(kLess)) return false;
  if (begin >= 2 && source_[begin - 2] == '\\') return false;
  size_t end = begin + text.size();
  if (end < source_.size() && source_[end] == '>') {
    ++end;
    linkified_end_ = end;  // the text md4c reports next starts with that '>', consumed here
  }
  last_pos_ = std::max(last_pos_, end);
  out_->resize(out_->size() - kLess.size());
  out_->append("&laquo;");
  typographer_.Append(begin + 1, end, out_);
  return true;
}

void Md4cRenderer::AppendPlain(size_t begin, size_t end) {
  if (begin >= end) return;
  if (options_.typographer) {
    typographer_.Append(begin, end, out_);
  } else {
    AppendEscapedHtml(source_.substr(begin, end - begin), out_);
  }
}

void Md4cRenderer::AppendAutoLink(std::string_view label, LinkifyKind kind) {
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

void Md4cRenderer::CheckStrike(const char* first) {
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

void Md4cRenderer::AppendKeptSpacesBeforeBreak() {
  if (!options_.linkify) return;
  size_t k = 0;
  while (last_pos_ + k < source_.size() && source_[last_pos_ + k] == ' ') ++k;
  if (k >= 4) out_->append(k - 3, ' ');
}

void Md4cRenderer::AppendEntity(std::string_view entity) {
  std::string decoded;
  AppendEscapedHtml(AppendDecodedEntity(entity, &decoded) ? std::string_view(decoded) : entity,
                    out_);
}

void Md4cRenderer::AltText(MD_TEXTTYPE type, std::string_view text) {
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

std::string Md4cRenderer::AttributeText(const MD_ATTRIBUTE& attr) {
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

void Md4cRenderer::AppendUrl(std::string_view url) {
  std::string escaped;
  AppendEscapedUrl(url, &escaped);
  AppendEscapedHtml(escaped, out_);
}

}  // namespace kiln::markdown
