#include "markdown/typographer.h"

#include <algorithm>
#include <array>
#include <cstdint>

#include "markdown/byte_scan.h"
#include "markdown/html_escape.h"
#include "markdown/unicode.h"

namespace kiln::markdown {
namespace {

bool IsAsciiPunct(char c) { return c > ' ' && c < 0x7F && IsMarkdownPunct(c); }
bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}
bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

char32_t RuneAt(std::string_view s, size_t i) {
  int size = 0;
  return DecodeRune(s, i, &size);
}

// The bytes Append must look at: those escaped and those that may start a substitution.
const ByteSet<7> kSpecial("&'\"-.<>");

bool IsEscaped(char c) { return c == '&' || c == '<' || c == '>' || c == '"'; }

}  // namespace

void Typographer::Append(size_t begin, size_t end, std::string* out) {
  // One pass: the runs between bytes that need escaping or a look are copied whole.
  const char* const data = source_.data();
  size_t clean = begin;
  for (size_t i = begin; i < end;) {
    i = kSpecial.Find(data + i, data + end, data) - data;
    if (i == end) break;
    const char c = data[i];
    // A '.' or '-' not doubled (most of them) neither substitutes nor needs escaping.
    if ((c == '.' || c == '-') && (i + 1 >= source_.size() || data[i + 1] != c)) {
      ++i;
      continue;
    }
    const char* entity = nullptr;
    size_t used = c == '&' ? 0 : Substitute(i, end, &entity);
    if (used == 0 && !IsEscaped(c)) {
      ++i;
      continue;
    }
    out->append(data + clean, i - clean);
    if (used == 0) {
      AppendEscapedHtml(source_.substr(i, 1), out);
      used = 1;
    } else {
      out->append(entity);
      substitution_end_ = i + used;
    }
    i += used;
    clean = i;
  }
  out->append(data + clean, end - clean);
}

size_t Typographer::Substitute(size_t pos, size_t end, const char** entity) {
  // goldmark looks at the rest of the source line, markup included.
  if (pos < eol_query_ || pos >= eol_) {
    eol_ = source_.find('\n', pos);
    eol_ = eol_ == std::string_view::npos ? source_.size() : eol_ + 1;
    line_end_ = eol_;
    // goldmark trims the trailing space, '\n' included, of a paragraph's last line: here, a
    // line before a blank line or the end.
    size_t next = eol_;
    while (next < source_.size() && (source_[next] == ' ' || source_[next] == '\t')) ++next;
    if (next == source_.size() || source_[next] == '\n') {
      while (line_end_ > pos && IsAsciiSpace(source_[line_end_ - 1])) --line_end_;
    }
  }
  eol_query_ = pos;
  const std::string_view line = source_.substr(pos, std::max(line_end_, pos + 1) - pos);
  const size_t avail = end - pos;  // substitutions must not reach past this text
  const char c = line[0];
  if (line.size() > 2) {
    if (c == '-' && line[1] == '-' && line[2] == '-' && avail >= 3) {
      *entity = "&mdash;";
      return 3;
    }
    if (c == '.') {
      if (line[1] == '.' && line[2] == '.' && avail >= 3) {
        *entity = "&hellip;";
        return 3;
      }
      return 0;
    }
  }
  if (line.size() > 1) {
    if (c == '<') {
      if (line[1] == '<' && avail >= 2) {
        *entity = "&laquo;";
        return 2;
      }
      return 0;
    }
    if (c == '>') {
      if (line[1] == '>' && avail >= 2) {
        *entity = "&raquo;";
        return 2;
      }
      return 0;
    }
    if (c == '-' && line[1] == '-' && avail >= 2) {
      *entity = "&ndash;";
      return 2;
    }
  }
  if (c != '\'' && c != '"') return 0;
  // A backslash-escaped quote is literal text.
  if (pos > 0 && source_[pos - 1] == '\\') return 0;

  const char32_t before = pos == 0 ? U'\n' : DecodeLastRune(source_, pos);
  size_t run = 1;
  while (run < line.size() && line[run] == c) ++run;
  const char32_t after = run == line.size() ? U' ' : RuneAt(line, run);
  const bool before_punct = IsMarkdownPunct(before), before_space = IsSpaceRune(before);
  const bool after_punct = IsMarkdownPunct(after), after_space = IsSpaceRune(after);
  const bool can_open = !after_space && (!after_punct || before_space || before_punct);
  const bool can_close = !before_space && (!before_punct || after_space || after_punct);
  const size_t n = line.size();

  if (c == '\'') {
    if (can_open && !can_close && n > 3 && IsAsciiDigit(line[1]) && IsAsciiDigit(line[2]) &&
        line[3] == 's') {  // decades: '90s
      char32_t next = n > 4 ? RuneAt(line, 4) : U' ';
      if (n == 3 || IsSpaceRune(next) || IsMarkdownPunct(next)) {
        *entity = "&rsquo;";
        return 1;
      }
    }
    if (n > 1 && (IsPunct(before) || IsSpaceRune(before)) &&
        (line[1] == 't' || line[1] == 'e' || line[1] == 'n' || line[1] == 'l')) {  // 'twas
      *entity = "&rsquo;";
      return 1;
    }
    if (n > 1 && (IsDigit(before) || IsLetter(before)) && IsLetter(RuneAt(line, 1))) {
      *entity = "&rsquo;";
      return 1;
    }
    if (can_open && !can_close) {
      bool right = false;
      if (n > 1 && (line[1] == 's' || line[1] == 'm' || line[1] == 't' || line[1] == 'd') &&
          (n < 3 || IsAsciiPunct(line[2]) || IsAsciiSpace(line[2]))) {
        right = true;  // Alice's, I'm, Don't, You'd
      }
      if (n > 2 &&
          ((line[1] == 'v' && line[2] == 'e') || (line[1] == 'l' && line[2] == 'l') ||
           (line[1] == 'r' && line[2] == 'e')) &&
          (n < 4 || IsAsciiPunct(line[3]) || IsAsciiSpace(line[3]))) {
        right = true;  // I've, I'll, You're
      }
      if (!right) ++open_single_;
      *entity = right ? "&rsquo;" : "&lsquo;";
      return 1;
    }
    // goldmark's operator precedence makes this "more than two bytes left and no digit next".
    if (n > 2 && !IsDigit(RuneAt(line, 1))) {
      *entity = "&rsquo;";
      return 1;
    }
    if (open_single_ > 0) {
      bool is_close = can_close && !can_open;
      bool maybe_close = can_close && can_open && n > 1 && IsPunct(RuneAt(line, 1)) &&
                         (n == 2 || (n > 2 && IsAsciiPunct(line[2])) || IsAsciiSpace(line[2]));
      if (is_close || maybe_close) {
        --open_single_;
        *entity = "&rsquo;";
        return 1;
      }
    }
    return 0;
  }
  if (can_open && !can_close) {
    ++open_double_;
    *entity = "&ldquo;";
    return 1;
  }
  if (open_double_ > 0) {
    bool is_close = can_close && !can_open;
    bool maybe_close = can_close && can_open && n > 1 && IsPunct(RuneAt(line, 1)) &&
                       (n == 2 || (n > 2 && IsAsciiPunct(line[2])) || IsAsciiSpace(line[2]));
    if (is_close || maybe_close) {
      if (n > 1 && line[1] == '"' && IsDigit(before)) return 0;  // "Monitor 21""
      --open_double_;
      *entity = "&rdquo;";
      return 1;
    }
  }
  return 0;
}

}  // namespace kiln::markdown
