// The markup half of Go html/template's state machine (its transition.go), over one context.
#include "base/html_context.h"

#include "base/strings.h"

namespace kiln::html {
namespace {

constexpr size_t npos = std::string_view::npos;

bool IsAsciiAlpha(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsAsciiAlnum(char c) { return IsAsciiAlpha(c) || (c >= '0' && c <= '9'); }
bool IsTagSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

size_t SkipSpace(std::string_view s, size_t i) {
  while (i < s.size() && IsTagSpace(s[i])) ++i;
  return i;
}

constexpr std::string_view kElementNames[] = {"", "script", "style", "textarea", "title"};

Element ElementNamed(std::string_view name) {
  for (int e = 1; e < 5; ++e) {
    // Most names differ in length from all four: no call then.
    const std::string_view element = kElementNames[e];
    if (name.size() == element.size() && EqualsIgnoreAsciiCase(name, element)) {
      return static_cast<Element>(e);
    }
  }
  return Element::kNone;
}

// A tag name at s[i]: a letter, then letters and digits, where ':' or '-' may join two of
// them. Returns its end (i when there is none).
size_t TagNameEnd(std::string_view s, size_t i) {
  if (i >= s.size() || !IsAsciiAlpha(s[i])) return i;
  size_t j = i + 1;
  while (j < s.size()) {
    if (IsAsciiAlnum(s[j])) {
      ++j;
    } else if ((s[j] == ':' || s[j] == '-') && j + 1 < s.size() && IsAsciiAlnum(s[j + 1])) {
      j += 2;
    } else {
      break;
    }
  }
  return j;
}

// Where the attribute name at s[i] stops: a space, '=', '>', the end of the input, or a quote
// or '<', which make the tag malformed.
size_t AttrNameStop(std::string_view s, size_t i) {
  for (; i < s.size(); ++i) {
    switch (s[i]) {
      case ' ':
      case '\t':
      case '\n':
      case '\f':
      case '\r':
      case '=':
      case '>':
      case '\'':
      case '"':
      case '<':
        return i;
      default:
        break;
    }
  }
  return s.size();
}

bool IsAttrNameError(std::string_view s, size_t stop) {
  return stop < s.size() && (s[stop] == '\'' || s[stop] == '"' || s[stop] == '<');
}

size_t ErrorAt(Context* c, size_t at, TagError error) {
  *c = Context{State::kError, Element::kNone, Delim::kNone, error};
  return at;
}

// Each step below updates *c and returns how many bytes of `s` it read.

size_t Text(Context* c, std::string_view s) {
  for (size_t k = 0;;) {
    const size_t lt = s.find('<', k);
    if (lt == npos || lt + 1 == s.size()) break;
    if (s.compare(lt, 4, "<!--") == 0) {
      *c = Context{State::kComment};
      return lt + 4;
    }
    size_t name = lt + 1;
    const bool end_tag = s[name] == '/';
    if (end_tag && ++name == s.size()) break;
    const size_t name_end = TagNameEnd(s, name);
    if (name_end != name) {
      const Element e = end_tag ? Element::kNone : ElementNamed(s.substr(name, name_end - name));
      *c = Context{State::kTag, e};
      return name_end;
    }
    k = name_end;
  }
  return s.size();
}

size_t Tag(Context* c, std::string_view s) {
  const size_t i = SkipSpace(s, 0);
  if (i == s.size()) return i;
  const Element e = c->element;
  if (s[i] == '>') {
    State content = State::kText;
    if (e == Element::kScript || e == Element::kStyle) content = State::kRawText;
    if (e == Element::kTextarea || e == Element::kTitle) content = State::kRCDATA;
    *c = Context{content, e};
    return i + 1;
  }
  const size_t j = AttrNameStop(s, i);
  if (IsAttrNameError(s, j)) return ErrorAt(c, j, TagError::kAttrNameChar);
  if (j == i) return ErrorAt(c, i, TagError::kNoAttrName);
  *c = Context{j == s.size() ? State::kAttrName : State::kAfterName, e};
  return j;
}

size_t AttrName(Context* c, std::string_view s) {
  const size_t j = AttrNameStop(s, 0);
  if (IsAttrNameError(s, j)) return ErrorAt(c, j, TagError::kAttrNameChar);
  if (j != s.size()) c->state = State::kAfterName;
  return j;
}

size_t AfterName(Context* c, std::string_view s) {
  const size_t i = SkipSpace(s, 0);
  if (i == s.size()) return i;
  if (s[i] != '=') {
    c->state = State::kTag;
    return i;
  }
  c->state = State::kBeforeValue;
  return i + 1;
}

size_t BeforeValue(Context* c, std::string_view s) {
  size_t i = SkipSpace(s, 0);
  if (i == s.size()) return i;
  c->state = State::kValue;
  c->delim = Delim::kSpaceOrTagEnd;
  if (s[i] == '"' || s[i] == '\'') {
    c->delim = s[i] == '"' ? Delim::kDoubleQuote : Delim::kSingleQuote;
    ++i;
  }
  return i;
}

size_t Value(Context* c, std::string_view s) {
  const bool quoted = c->delim != Delim::kSpaceOrTagEnd;
  const char* ends = c->delim == Delim::kDoubleQuote   ? "\""
                     : c->delim == Delim::kSingleQuote ? "'"
                                                       : " \t\n\f\r>";
  const size_t end = s.find_first_of(ends);
  if (end == npos) return s.size();
  *c = Context{State::kTag, c->element};
  return quoted ? end + 1 : end;
}

// Ends at `end` + `skip` in a fresh context, or reads to the end of `s` when `end` is npos.
size_t EndingAt(Context* c, std::string_view s, size_t end, size_t skip) {
  if (end == npos) return s.size();
  *c = Context{};
  return end + skip;
}

}  // namespace

size_t Transition(Context* c, std::string_view s) {
  switch (c->state) {
    case State::kText:
      return Text(c, s);
    case State::kTag:
      return Tag(c, s);
    case State::kAttrName:
      return AttrName(c, s);
    case State::kAfterName:
      return AfterName(c, s);
    case State::kBeforeValue:
      return BeforeValue(c, s);
    case State::kValue:
      return Value(c, s);
    case State::kComment:
      return EndingAt(c, s, s.find("-->"), 3);
    case State::kRCDATA:
    case State::kRawText:
      return EndingAt(c, s, FindEndTag(c->element, s), 0);
    case State::kError:
      break;
  }
  return s.size();
}

size_t FindEndTag(Element e, std::string_view s) {
  if (e == Element::kNone) return npos;
  const std::string_view name = kElementNames[static_cast<int>(e)];
  for (size_t at = s.find("</"); at != npos; at = s.find("</", at + 2)) {
    const size_t after = at + 2 + name.size();
    if (after < s.size() && EqualsIgnoreAsciiCase(s.substr(at + 2, name.size()), name) &&
        std::string_view("> \t\n\f/").find(s[after]) != npos) {
      return at;
    }
  }
  return npos;
}

}  // namespace kiln::html
