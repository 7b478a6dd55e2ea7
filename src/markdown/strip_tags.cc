#include "markdown/strip_tags.h"

namespace kiln::markdown {
namespace {

enum class State {
  kText,
  kTag,          // inside a start or end tag, between attributes
  kAttrName,     // an attribute name reaching the end of the input
  kAfterName,    // after an attribute name: '=' or the next attribute
  kBeforeValue,  // after '='
  kValue,        // an attribute value, ended by `Context::value_end`
  kComment,
  kRawText,  // <script> or <style> content: dropped
  kRcdata,   // <textarea> or <title> content: kept as text
  kError,    // a malformed tag: the rest of the input is dropped
};

// The elements whose content is not parsed as markup.
enum class Element { kNone, kScript, kStyle, kTextarea, kTitle };

struct Context {
  State state = State::kText;
  Element element = Element::kNone;
  const char* value_end = nullptr;  // for kValue: the bytes that end the value
};

bool IsAsciiAlpha(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsAsciiAlnum(char c) { return IsAsciiAlpha(c) || (c >= '0' && c <= '9'); }
bool IsTagSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

size_t SkipSpace(std::string_view s, size_t i) {
  while (i < s.size() && IsTagSpace(s[i])) ++i;
  return i;
}

bool EqualsIgnoreCase(std::string_view a, std::string_view lower) {
  if (a.size() != lower.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if ((IsAsciiAlpha(a[i]) ? static_cast<char>(a[i] | 0x20) : a[i]) != lower[i]) return false;
  }
  return true;
}

constexpr std::string_view kElementNames[] = {"", "script", "style", "textarea", "title"};

Element ElementNamed(std::string_view name) {
  for (int e = 1; e < 5; ++e) {
    if (EqualsIgnoreCase(name, kElementNames[e])) return static_cast<Element>(e);
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

// An attribute name at s[i]: its end, or npos when a quote or '<' makes the tag malformed.
size_t AttrNameEnd(std::string_view s, size_t i) {
  for (size_t j = i; j < s.size(); ++j) {
    switch (s[j]) {
      case ' ':
      case '\t':
      case '\n':
      case '\f':
      case '\r':
      case '=':
      case '>':
        return j;
      case '\'':
      case '"':
      case '<':
        return std::string_view::npos;
      default:
        break;
    }
  }
  return s.size();
}

// Each step reads from s[i] on and returns the context after the bytes it consumed, setting
// *next to where they end.

Context Text(const Context& c, std::string_view s, size_t i, size_t* next) {
  for (size_t k = i;;) {
    const size_t lt = s.find('<', k);
    if (lt == std::string_view::npos || lt + 1 == s.size()) break;
    if (s.compare(lt, 4, "<!--") == 0) {
      *next = lt + 4;
      return Context{State::kComment};
    }
    size_t name = lt + 1;
    const bool end_tag = s[name] == '/';
    if (end_tag && ++name == s.size()) break;
    const size_t name_end = TagNameEnd(s, name);
    if (name_end != name) {
      *next = name_end;
      const Element e = end_tag ? Element::kNone : ElementNamed(s.substr(name, name_end - name));
      return Context{State::kTag, e};
    }
    k = name_end;
  }
  *next = s.size();
  return c;
}

Context Tag(const Context& c, std::string_view s, size_t i, size_t* next) {
  i = SkipSpace(s, i);
  if (i == s.size()) {
    *next = i;
    return c;
  }
  if (s[i] == '>') {
    *next = i + 1;
    State content = State::kText;
    if (c.element == Element::kScript || c.element == Element::kStyle) content = State::kRawText;
    if (c.element == Element::kTextarea || c.element == Element::kTitle) content = State::kRcdata;
    return Context{content, c.element};
  }
  const size_t j = AttrNameEnd(s, i);
  if (j == std::string_view::npos || j == i) {
    *next = s.size();
    return Context{State::kError};
  }
  *next = j;
  return Context{j == s.size() ? State::kAttrName : State::kAfterName, c.element};
}

Context AttrName(Context c, std::string_view s, size_t i, size_t* next) {
  const size_t j = AttrNameEnd(s, i);
  if (j == std::string_view::npos) {
    *next = s.size();
    return Context{State::kError};
  }
  if (j != s.size()) c.state = State::kAfterName;
  *next = j;
  return c;
}

Context AfterName(Context c, std::string_view s, size_t i, size_t* next) {
  i = SkipSpace(s, i);
  *next = i;
  if (i == s.size()) return c;
  if (s[i] != '=') {
    c.state = State::kTag;
    return c;
  }
  c.state = State::kBeforeValue;
  *next = i + 1;
  return c;
}

Context BeforeValue(Context c, std::string_view s, size_t i, size_t* next) {
  i = SkipSpace(s, i);
  *next = i;
  if (i == s.size()) return c;
  c.state = State::kValue;
  c.value_end = " \t\n\f\r>";
  if (s[i] == '"' || s[i] == '\'') {
    c.value_end = s[i] == '"' ? "\"" : "'";
    *next = i + 1;
  }
  return c;
}

// The first end tag of element e at or after i ("</name" then '>', a space or '/'), or npos.
size_t ElementEnd(Element e, std::string_view s, size_t i) {
  const std::string_view name = kElementNames[static_cast<int>(e)];
  for (size_t at = s.find("</", i); at != std::string_view::npos; at = s.find("</", at + 2)) {
    const size_t after = at + 2 + name.size();
    if (after < s.size() && EqualsIgnoreCase(s.substr(at + 2, name.size()), name) &&
        std::string_view("> \t\n\f/").find(s[after]) != std::string_view::npos) {
      return at;
    }
  }
  return std::string_view::npos;
}

}  // namespace

std::string StripTags(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  Context c;
  size_t i = 0;
  bool all_text = true;
  while (i != s.size()) {
    if (c.state == State::kValue) {
      // A value is skipped whole, to its closing quote or, unquoted, to a space or '>'.
      const size_t end = s.find_first_of(c.value_end, i);
      if (end == std::string_view::npos) break;
      const bool quoted = c.value_end[1] == '\0';
      c = Context{State::kTag, c.element};
      i = quoted ? end + 1 : end;
      continue;
    }
    size_t next = s.size();
    Context d;
    if (c.element != Element::kNone && c.state != State::kTag && c.state != State::kAttrName &&
        c.state != State::kAfterName && c.state != State::kBeforeValue) {
      // Element content, script and style included, runs to the element's end tag.
      const size_t end = ElementEnd(c.element, s, i);
      d = end == std::string_view::npos ? c : Context{};
      next = end == std::string_view::npos ? s.size() : end;
    } else {
      switch (c.state) {
        case State::kText:
          d = Text(c, s, i, &next);
          break;
        case State::kTag:
          d = Tag(c, s, i, &next);
          break;
        case State::kAttrName:
          d = AttrName(c, s, i, &next);
          break;
        case State::kAfterName:
          d = AfterName(c, s, i, &next);
          break;
        case State::kBeforeValue:
          d = BeforeValue(c, s, i, &next);
          break;
        case State::kComment: {
          const size_t end = s.find("-->", i);
          d = end == std::string_view::npos ? c : Context{};
          next = end == std::string_view::npos ? s.size() : end + 3;
          break;
        }
        default:  // kError, and content without its element, which cannot occur
          d = c;
          next = s.size();
          break;
      }
    }
    if (c.state == State::kText || c.state == State::kRcdata) {
      // The text up to where the state changes, less a tag's start: the last '<' before the
      // end of what was read (for <textarea> content, a '<' in it, not its end tag's).
      size_t j = next;
      if (d.state != c.state) {
        for (size_t k = next; k-- > i;) {
          if (s[k] == '<') {
            j = k;
            break;
          }
        }
      }
      out.append(s, i, j - i);
    } else {
      all_text = false;
    }
    c = d;
    i = next;
  }
  if (all_text) return std::string(s);
  if (c.state == State::kText || c.state == State::kRcdata) out.append(s, i, s.size() - i);
  return out;
}

}  // namespace kiln::markdown
