#include "markdown/heading_attributes.h"

#include <algorithm>

namespace kiln::markdown {
namespace {

bool IsSpaceByte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool IsPunctByte(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}
bool IsNameStart(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
}
bool IsNameChar(char c) {
  return IsNameStart(c) || (c >= '0' && c <= '9') || c == '.' || c == '-';
}

// A cursor over one line, as goldmark's attribute parser reads it.
class Cursor {
 public:
  explicit Cursor(std::string_view s, size_t pos) : s_(s), pos_(pos) {}
  char Peek() const { return pos_ < s_.size() ? s_[pos_] : '\0'; }
  bool AtEnd() const { return pos_ >= s_.size(); }
  void Advance(size_t n) { pos_ = std::min(s_.size(), pos_ + n); }
  void SkipSpaces() {
    while (!AtEnd() && IsSpaceByte(Peek())) ++pos_;
  }
  std::string_view Rest() const { return s_.substr(pos_); }
  size_t pos() const { return pos_; }

 private:
  std::string_view s_;
  size_t pos_;
};

bool ParseValue(Cursor* c, std::string* value);

bool ParseString(Cursor* c, std::string* value) {
  c->Advance(1);  // "
  while (!c->AtEnd()) {
    char ch = c->Peek();
    if (ch == '\\' && c->Rest().size() > 1) {
      char next = c->Rest()[1];
      value->push_back(next == 'n' ? '\n' : next == 't' ? '\t' : next);
      c->Advance(2);
      continue;
    }
    c->Advance(1);
    if (ch == '"') return true;
    value->push_back(ch);
  }
  return false;
}

bool ParseValue(Cursor* c, std::string* value) {
  c->SkipSpaces();
  char ch = c->Peek();
  if (c->AtEnd() || ch == '{' || ch == '[') return false;  // nested values: not on headings
  if (ch == '"') return ParseString(c, value);
  // Numbers and bare words run to a space, ',', '}' or the end.
  std::string_view rest = c->Rest();
  size_t n = 0;
  while (n < rest.size() && !IsSpaceByte(rest[n]) && rest[n] != '}' && rest[n] != ',') ++n;
  if (n == 0) return false;
  value->assign(rest.substr(0, n));
  c->Advance(n);
  return true;
}

bool ParseAttribute(Cursor* c, std::string* name, std::string* value) {
  c->SkipSpaces();
  char ch = c->Peek();
  if (ch == '#' || ch == '.') {
    c->Advance(1);
    std::string_view rest = c->Rest();
    size_t n = 0;
    while (n < rest.size() && !IsSpaceByte(rest[n]) &&
           (!IsPunctByte(rest[n]) || rest[n] == '_' || rest[n] == '-' || rest[n] == ':' ||
            rest[n] == '.')) {
      ++n;
    }
    *name = ch == '#' ? "id" : "class";
    value->assign(rest.substr(0, n));
    c->Advance(n);
    return true;
  }
  if (c->AtEnd() || !IsNameStart(ch)) return false;
  std::string_view rest = c->Rest();
  size_t n = 0;
  while (n < rest.size() && IsNameChar(rest[n])) ++n;
  name->assign(rest.substr(0, n));
  c->Advance(n);
  c->SkipSpaces();
  if (c->Peek() != '=') return false;
  c->Advance(1);
  value->clear();
  return ParseValue(c, value);
}

bool ParseBlock(Cursor* c, HeadingAttributes* attrs) {
  c->SkipSpaces();
  if (c->Peek() != '{') return false;
  c->Advance(1);
  std::vector<std::pair<std::string, std::string>> list;
  while (true) {
    if (c->AtEnd()) return false;
    if (c->Peek() == '}') {
      c->Advance(1);
      break;
    }
    std::string name, value;
    if (!ParseAttribute(c, &name, &value)) return false;
    auto it = std::find_if(list.begin(), list.end(), [&](auto& p) { return p.first == name; });
    if (name == "class" && it != list.end()) {
      it->second.append(" ").append(value);
    } else {
      list.emplace_back(std::move(name), std::move(value));
    }
    c->SkipSpaces();
    if (c->Peek() == ',') {
      c->Advance(1);
      c->SkipSpaces();
    }
  }
  attrs->id.clear();
  attrs->attributes.clear();
  for (auto& [name, value] : list) {
    if (name == "id") attrs->id = value;
    attrs->attributes.emplace_back(name, value);
  }
  return true;
}

}  // namespace

bool ParseTrailingHeadingAttributes(std::string_view line, HeadingAttributes* attrs,
                                    size_t* start) {
  // goldmark tries every unescaped '{' but keeps only the outcome of the last attempt, so the
  // last one alone decides (and trying only it keeps long lines linear).
  size_t last = std::string_view::npos;
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\\') {
      if (i + 1 < line.size() && line[i + 1] == '{') ++i;
    } else if (line[i] == '{') {
      last = i;
    }
  }
  if (last == std::string_view::npos) return false;
  Cursor c(line, last);
  HeadingAttributes parsed;
  if (!ParseBlock(&c, &parsed)) return false;
  for (size_t i = c.pos(); i < line.size(); ++i) {
    if (!IsSpaceByte(line[i])) return false;
  }
  *attrs = std::move(parsed);
  *start = last;
  return true;
}

}  // namespace kiln::markdown
