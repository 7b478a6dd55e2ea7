#include "hugo/shortcode_parser.h"

#include <charconv>
#include <cstdio>
#include <map>

#include "base/utf8.h"
#include "markdown/unicode.h"

namespace kiln::hugo {
namespace {

constexpr char32_t kEof = static_cast<char32_t>(-1);

enum class Token {
  kText,
  kIndentation,  // trailing spaces of a text run, after its last newline
  kLeftDelim,
  kRightDelim,
  kClose,  // the '/' of a closing or self-closing tag
  kName,
  kInlineName,
  kParam,
  kParamValue,
  kError,
  kEof,
};

struct Item {
  Token token;
  size_t begin = 0, end = 0;  // in the body
  std::string value;          // parameter text with escapes removed; error message
  bool quoted = false;        // a quoted parameter: always a string
};

bool IsAlphaNumeric(char32_t r) {
  return r == '_' || markdown::IsLetter(r) || markdown::IsDigit(r);
}
bool IsAlphaNumericOrHyphen(char32_t r) { return IsAlphaNumeric(r) || r == '-'; }

// Go's %#U: "U+0021 '!'".
std::string QuotedRune(char32_t r) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(r));
  std::string out = buf;
  if (IsPrintRune(r)) {
    out += " '";
    AppendRune(&out, r);
    out += "'";
  }
  return out;
}

// A state machine over the body that produces Hugo's item stream. Each Lex* method handles
// one state and returns false once an error item ends the stream.
class Lexer {
 public:
  explicit Lexer(std::string_view in) : in_(in) {}

  std::vector<Item> Run() {
    while (true) {
      size_t next = in_.find("{{", pos_);
      if (next == std::string_view::npos) break;
      pos_ = next;
      if (pos_ > start_) EmitText();
      if (!Has("{{<") && !Has("{{%")) {
        ++pos_;
        continue;
      }
      markup_ = Has("{{%");
      if (!LexLeftDelim()) return std::move(items_);
    }
    pos_ = in_.size();
    if (pos_ > start_) EmitText();
    items_.push_back({Token::kEof, pos_, pos_, "", false});
    return std::move(items_);
  }

 private:
  std::string_view RightDelim() const { return markup_ ? "%}}" : ">}}"; }
  bool Has(std::string_view s) const { return in_.substr(pos_).starts_with(s); }
  std::string_view Current() const { return in_.substr(start_, pos_ - start_); }

  char32_t Next() {
    if (pos_ >= in_.size()) {
      width_ = 0;
      return kEof;
    }
    char32_t r = DecodeRune(in_, pos_, &width_);
    pos_ += width_;
    return r;
  }
  void Backup() { pos_ -= width_; }
  char32_t Peek() {
    char32_t r = Next();
    Backup();
    return r;
  }
  void Ignore() { start_ = pos_; }
  void Emit(Token t, std::string value = "", bool quoted = false) {
    items_.push_back({t, start_, pos_, std::move(value), quoted});
    start_ = pos_;
  }
  bool Error(std::string message) {
    items_.push_back({Token::kError, start_, pos_, std::move(message), false});
    return false;
  }

  // Text, with trailing spaces after its last newline split off as indentation (all of it
  // when it is only spaces and has no newline).
  void EmitText() {
    for (size_t i = pos_; i-- > start_;) {
      char c = in_[i];
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') break;
      if (i == start_ && c != '\n') {
        Emit(Token::kIndentation);
        return;
      }
      if (c == '\n' && i < pos_ - 1) {
        items_.push_back({Token::kText, start_, i + 1, "", false});
        start_ = i + 1;
        Emit(Token::kIndentation);
        return;
      }
      if (c == '\n') break;
    }
    Emit(Token::kText);
  }

  bool LexLeftDelim() {
    pos_ += 3;
    if (Has("/*")) return LexComment();
    Emit(Token::kLeftDelim);
    element_step_ = 0;
    param_elements_ = 0;
    return LexInside();
  }

  // {{</* x */>}} stays in the text as {{< x >}}.
  bool LexComment() {
    size_t close = in_.find(std::string("*/") + std::string(RightDelim()), pos_);
    if (close == std::string_view::npos || close - pos_ <= 1) {
      return Error("comment must be closed");
    }
    Emit(Token::kText);
    pos_ += 2;
    Ignore();
    pos_ = close;
    Emit(Token::kText);
    pos_ += 2;
    Ignore();
    pos_ += 3;
    Emit(Token::kText);
    return true;
  }

  bool LexRightDelim() {
    closing_state_ = 0;
    pos_ += 3;
    Emit(Token::kRightDelim);
    return true;
  }

  bool LexInside() {
    while (true) {
      if (Has(RightDelim())) return LexRightDelim();
      char32_t r = Next();
      if (r == kEof) return Error("unclosed shortcode action");
      if (r == ' ' || r == '\t' || r == '\r' || r == '\n') {
        Ignore();
      } else if (r == '=') {
        ConsumeSpace();
        Ignore();
        char32_t p = Peek();
        bool ok = p == '"' || p == '\\' ? LexQuoted(p != '\\', Token::kParamValue)
                  : p == '`'            ? LexRaw(Token::kParamValue)
                                        : LexBareValue();
        if (!ok) return false;
      } else if (r == '/') {
        if (current_name_.empty()) return Error("got closing shortcode, but none is open");
        ++closing_state_;
        Emit(Token::kClose);
      } else if (r == '\\') {
        Ignore();
        if ((Peek() == '"' || Peek() == '`') && !LexParam(true)) return false;
      } else if (element_step_ > 0 && (IsAlphaNumericOrHyphen(r) || r == '"' || r == '`')) {
        Backup();
        if (!LexParam(false)) return false;
      } else if (IsAlphaNumeric(r)) {
        Backup();
        if (!LexIdentifier()) return false;
        if (end_expected_) {
          end_expected_ = false;
          return LexEnd();
        }
      } else {
        return Error("unrecognized character in shortcode action: " + QuotedRune(r) +
                     ". Note: Parameters with non-alphanumeric args must be quoted");
      }
    }
  }

  void ConsumeSpace() {
    while (true) {
      char32_t r = Next();
      if (r == kEof || !IsSpaceRune(r)) {
        Backup();
        return;
      }
    }
  }

  bool LexBareValue() {
    while (true) {
      char32_t r = Next();
      if (r == kEof || IsSpaceRune(r)) {
        Backup();
        break;
      }
    }
    Emit(Token::kParamValue, std::string(Current()));
    return true;
  }

  bool LexIdentifier() {
    while (true) {
      char32_t r = Next();
      if (IsAlphaNumericOrHyphen(r) || r == '/') continue;
      if (r == '.') {
        inline_ = Has("inline ");
        if (!inline_) return Error("period in shortcode name only allowed for inline identifiers");
        continue;
      }
      Backup();
      std::string word(Current());
      if (closing_state_ > 0) {
        if (!open_[word]) {
          return Error("closing tag for shortcode '" + word + "' does not match start tag");
        }
        end_expected_ = true;
      }
      closing_state_ = 0;
      current_name_ = word;
      open_[word] = true;
      ++element_step_;
      Emit(inline_ ? Token::kInlineName : Token::kName, word);
      return true;
    }
  }

  // After a closing tag's name only spaces may come before the right delimiter.
  bool LexEnd() {
    inline_ = false;
    while (true) {
      if (Has(RightDelim())) return LexRightDelim();
      char32_t r = Next();
      if (r != ' ' && r != '\t') return Error("unclosed shortcode");
      Ignore();
    }
  }

  bool LexParam(bool escaped_quote_start) {
    bool first = true;
    bool next_eq = false;
    while (true) {
      char32_t r = Next();
      if (first) {
        if (r == '"' || (r == '`' && !escaped_quote_start)) {
          if (param_elements_ == 2) {
            return Error(
                "got quoted positional parameter. Cannot mix named and positional parameters");
          }
          param_elements_ = 1;
          Backup();
          return r == '"' ? LexQuoted(!escaped_quote_start, Token::kParam) : LexRaw(Token::kParam);
        }
        if (r == '`') return Error("unrecognized escape character");
        first = false;
      } else if (r == '=') {
        Backup();
        next_eq = true;
        break;
      }
      if (!IsAlphaNumericOrHyphen(r) && r != '.') {
        Backup();
        break;
      }
    }
    if (param_elements_ == 0) {
      param_elements_ = next_eq ? 2 : 1;
    } else if (next_eq && param_elements_ == 1) {
      return Error("got named parameter '" + std::string(Current()) +
                   "'. Cannot mix named and positional parameters");
    } else if (!next_eq && param_elements_ == 2) {
      return Error("got positional parameter '" + std::string(Current()) +
                   "'. Cannot mix named and positional parameters");
    }
    Emit(Token::kParam, std::string(Current()));
    return true;
  }

  bool LexRaw(Token t) {
    bool open = false;
    while (true) {
      char32_t r = Next();
      if (r == '`') {
        if (open) {
          Backup();
          break;
        }
        open = true;
        Ignore();
      } else if (r == kEof) {
        return Error("unterminated raw string in shortcode parameter-argument: '" +
                     std::string(Current()) + "'");
      }
    }
    Emit(t, std::string(Current()), true);
    Next();
    Ignore();
    return true;
  }

  bool LexQuoted(bool escapes_allowed, Token t) {
    bool open = false;
    bool escaped_inner = false;
    bool after_escape = false;
    while (true) {
      char32_t r = Next();
      if (r == '\\') {
        if (Peek() == '"') {
          if (open && !escapes_allowed) {
            Backup();
            break;
          }
          if (open) {
            escaped_inner = true;
            after_escape = true;
          }
        } else if (Peek() == '`') {
          return Error("unrecognized escape character");
        }
      } else if (r == kEof || r == '\n') {
        return Error("unterminated quoted string in shortcode parameter-argument: '" +
                     std::string(Current()) + "'");
      } else if (r == '"') {
        if (after_escape) {
          after_escape = false;
        } else if (open) {
          Backup();
          break;
        } else {
          open = true;
          Ignore();
        }
      }
    }
    std::string value(Current());
    if (escaped_inner) std::erase(value, '\\');
    Emit(t, std::move(value), true);
    char32_t r = Next();
    if (r == '\\') {
      if (Peek() == '"') {
        Ignore();
        Next();
        Ignore();
      }
    } else if (r == '"') {
      Ignore();
    } else {
      Backup();
    }
    return true;
  }

  std::string_view in_;
  size_t pos_ = 0, start_ = 0;
  int width_ = 0;
  std::vector<Item> items_;
  bool markup_ = false;
  bool inline_ = false;
  bool end_expected_ = false;
  std::string current_name_;
  int closing_state_ = 0;
  int element_step_ = 0;
  int param_elements_ = 0;
  std::map<std::string, bool> open_;
};

constexpr char kExtractPrefix[] = "failed to extract shortcode: ";

// Builds calls from the item stream, as Hugo's extractShortcode: a call's inner content
// runs to its closing tag when its template takes inner content.
class Parser {
 public:
  Parser(std::string_view body, std::vector<Item> items, const ShortcodeTemplateQuery& templates,
         ShortcodeDocument* doc)
      : body_(body), items_(std::move(items)), templates_(templates), doc_(doc) {}

  bool Run(ShortcodeParseError* error) {
    int ordinal = 0;
    while (true) {
      const Item& it = items_[i_++];
      switch (it.token) {
        case Token::kText:
        case Token::kIndentation:
          AppendText(&doc_->parts, body_.substr(it.begin, it.end - it.begin));
          break;
        case Token::kLeftDelim: {
          --i_;
          auto call = std::make_unique<Shortcode>();
          if (std::string message; !Extract(ordinal++, 0, call.get(), &message)) {
            *error = {std::move(message), it.begin};
            return false;
          }
          call->offset = it.begin;
          doc_->names.insert(call->name);
          doc_->parts.push_back({"", std::move(call)});
          break;
        }
        case Token::kError:
          *error = {it.value, std::nullopt};
          return false;
        default:
          return true;  // kEof
      }
    }
  }

 private:
  static void AppendText(std::vector<ShortcodePart>* parts, std::string_view text) {
    if (parts->empty() || parts->back().call) parts->push_back({"", nullptr});
    parts->back().text.append(text);
  }

  const Item& Peek() const { return items_[i_]; }

  // Positioned at a call's left delimiter; consumes the call and any it nests.
  bool Extract(int ordinal, int level, Shortcode* sc, std::string* error) {
    sc->ordinal = ordinal;
    sc->level = level;
    if (i_ > 0 && items_[i_ - 1].token == Token::kIndentation) {
      const Item& prev = items_[i_ - 1];
      sc->indentation = std::string(body_.substr(prev.begin, prev.end - prev.begin));
    }
    std::optional<bool> takes_inner;  // set once the name is known
    int delims = 0;
    int nested_ordinal = 0;
    bool closed = false;
    ValueList positional;
    ValueMap named;
    while (true) {
      const Item& it = items_[i_++];
      switch (it.token) {
        case Token::kLeftDelim: {
          if (Peek().token == Token::kRightDelim) {
            *error = "shortcode has no name";
            return false;
          }
          if (Peek().token == Token::kClose) break;
          if (delims > 0) {
            --i_;
            auto nested = std::make_unique<Shortcode>();
            bool ok = Extract(nested_ordinal++, level + 1, nested.get(), error);
            if (!nested->name.empty()) doc_->names.insert(nested->name);
            if (!ok) return false;
            sc->inner.push_back({"", std::move(nested)});
          } else {
            sc->markup = body_.substr(it.begin, 3) == "{{%";
          }
          ++delims;
          break;
        }
        case Token::kRightDelim:
          if (!sc->inline_template && !takes_inner.value_or(false)) {
            return Finish(sc, std::move(positional), std::move(named));
          }
          break;
        case Token::kClose: {
          closed = true;
          const Item& next = Peek();
          if (!sc->inline_template && !takes_inner.value_or(false)) {
            if (next.token == Token::kError) break;
            *error = std::string(kExtractPrefix) + "shortcode \"" +
                     std::string(body_.substr(next.begin, next.end - next.begin)) +
                     "\" does not evaluate .Inner or .InnerDeindent, yet a closing tag was "
                     "provided";
            return false;
          }
          Consume(next.token == Token::kRightDelim ? 1 : 2);
          return Finish(sc, std::move(positional), std::move(named));
        }
        case Token::kText:
        case Token::kIndentation:
          AppendText(&sc->inner, body_.substr(it.begin, it.end - it.begin));
          break;
        case Token::kName:
          sc->name = it.value;
          takes_inner = templates_(sc->name);
          if (!takes_inner.has_value()) {
            *error = std::string(kExtractPrefix) + "template for shortcode \"" + sc->name +
                     "\" not found";
            return false;
          }
          break;
        case Token::kInlineName:
          sc->name = it.value;
          sc->inline_template = true;
          break;
        case Token::kParam:
          if (Peek().token == Token::kError || Peek().token == Token::kEof) break;
          if (Peek().token == Token::kParamValue) {
            const Item& v = items_[i_++];
            named[it.value] = v.quoted ? Value::String(v.value) : TypedShortcodeParam(v.value);
          } else {
            positional.push_back(it.quoted ? Value::String(it.value)
                                           : TypedShortcodeParam(it.value));
          }
          break;
        case Token::kError:
        case Token::kEof:
          if (it.token == Token::kEof && !closed && takes_inner.value_or(false)) {
            *error = std::string(kExtractPrefix) + "shortcode \"" + sc->name +
                     "\" must be closed or self-closed";
            return false;
          }
          --i_;
          return Finish(sc, std::move(positional), std::move(named));
        default:
          break;
      }
    }
  }

  void Consume(int n) {
    for (int k = 0; k < n; ++k) {
      Token t = items_[i_].token;
      if (t == Token::kError || t == Token::kEof) break;
      ++i_;
    }
  }

  static bool Finish(Shortcode* sc, ValueList positional, ValueMap named) {
    if (!named.empty()) {
      sc->params = Value::Map(std::move(named));
    } else if (!positional.empty()) {
      sc->params = Value::List(std::move(positional));
    }
    return true;
  }

  std::string_view body_;
  std::vector<Item> items_;
  size_t i_ = 0;
  const ShortcodeTemplateQuery& templates_;
  ShortcodeDocument* doc_;
};

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

}  // namespace

Value TypedShortcodeParam(std::string_view text) {
  if (text == "true" || text == "false") return Value::Bool(text == "true");
  std::string_view unsigned_part = text;
  if (!text.empty() && (text[0] == '-' || text[0] == '+')) unsigned_part.remove_prefix(1);
  if (AllDigits(unsigned_part)) {
    int64_t n = 0;
    std::string_view digits = text[0] == '+' ? text.substr(1) : text;
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
    if (ec == std::errc() && end == digits.data() + digits.size()) return Value::Int(n);
    return Value::String(std::string(text));
  }
  size_t dot = unsigned_part.find('.');
  if (dot != std::string_view::npos && AllDigits(unsigned_part.substr(dot + 1)) &&
      (dot == 0 || AllDigits(unsigned_part.substr(0, dot)))) {
    return Value::Float(std::stod(std::string(text)));
  }
  return Value::String(std::string(text));
}

namespace {

std::string Quote(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '\n') {
      out += "\\n";
    } else {
      if (c == '"' || c == '\\') out += '\\';
      out += c;
    }
  }
  return out + "\"";
}

std::string ParamString(const Value& v) {
  switch (v.kind()) {
    case ValueKind::kBool:
      return v.AsBool() ? "true" : "false";
    case ValueKind::kInt:
      return std::to_string(v.AsInt());
    case ValueKind::kFloat: {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%gf", v.AsFloat());
      return buf;
    }
    default:
      return Quote(v.AsString());
  }
}

std::string PartsString(const std::vector<ShortcodePart>& parts) {
  std::string out;
  for (const ShortcodePart& p : parts) {
    if (!out.empty()) out += ' ';
    if (!p.call) {
      out += Quote(p.text);
      continue;
    }
    const Shortcode& c = *p.call;
    out += c.name + (c.markup ? "%" : "<") + "(";
    std::string params;
    if (c.params.kind() == ValueKind::kList) {
      for (const Value& v : c.params.AsList())
        params += (params.empty() ? "" : " ") + ParamString(v);
    } else if (c.params.kind() == ValueKind::kMap) {
      for (const auto& [k, v] : c.params.AsMap()) {
        params += (params.empty() ? "" : " ") + k + "=" + ParamString(v);
      }
    }
    out += params + ")";
    if (!c.indentation.empty()) out += "indent" + Quote(c.indentation);
    if (!c.inner.empty()) out += "{" + PartsString(c.inner) + "}";
  }
  return out;
}

}  // namespace

std::string DebugString(const ShortcodeDocument& doc) { return PartsString(doc.parts); }

bool ParseShortcodes(std::string_view body, const ShortcodeTemplateQuery& templates,
                     ShortcodeDocument* doc, ShortcodeParseError* error) {
  Lexer lexer(body);
  Parser parser(body, lexer.Run(), templates, doc);
  if (!parser.Run(error)) return false;
  if (!doc->has_calls()) {
    size_t text_size = 0;
    for (const ShortcodePart& part : doc->parts) text_size += part.text.size();
    doc->has_escapes = text_size != body.size();
  }
  return true;
}

}  // namespace kiln::hugo
