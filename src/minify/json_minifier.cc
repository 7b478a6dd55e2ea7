#include "minify/json_minifier.h"

#include <vector>

#include "minify/number.h"
#include "minify/parse_error.h"

namespace kiln::minify {
namespace {

enum class State { kValue, kObjectKey, kObjectValue, kArray };

enum class Grammar {
  kEnd,
  kError,
  kLiteral,
  kNumber,
  kString,
  kStartObject,
  kEndObject,
  kStartArray,
  kEndArray
};

// A pull parser over JSON values, lenient where upstream is (no check that a document holds a
// single value, or that string escapes are valid).
class JsonParser {
 public:
  explicit JsonParser(std::string_view text) : text_(text) {}

  State state() const { return state_.back(); }
  // The next grammar event; `token` receives its text. kError leaves the message in error().
  Grammar Next(std::string_view* token);
  const Status& error() const { return error_; }

 private:
  char Peek(size_t ahead = 0) const {
    return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : '\0';
  }
  void SkipWhitespace() {
    while (Peek() == ' ' || Peek() == '\n' || Peek() == '\r' || Peek() == '\t') ++pos_;
  }
  Grammar Fail(std::string_view message) {
    error_ = ParseError(text_, pos_, message);
    return Grammar::kError;
  }
  // Closing a nested value completes the object member it was the value of.
  void EndValue() {
    state_.pop_back();
    if (state_.back() == State::kObjectValue) state_.back() = State::kObjectKey;
  }
  bool ConsumeString();
  bool ConsumeNumber();
  bool ConsumeLiteral();

  std::string_view text_;
  size_t pos_ = 0;
  std::vector<State> state_ = {State::kValue};
  bool need_comma_ = false;
  Status error_;
};

Grammar JsonParser::Next(std::string_view* token) {
  SkipWhitespace();
  char c = Peek();
  State state = state_.back();
  if (c == ',') {
    if (state != State::kArray && state != State::kObjectKey) {
      return Fail("JSON parse error: unexpected comma character");
    }
    ++pos_;
    SkipWhitespace();
    need_comma_ = false;
    c = Peek();
  }
  size_t start = pos_;
  auto take = [&](Grammar g) {
    *token = text_.substr(start, pos_ - start);
    return g;
  };
  if (need_comma_ && c != '}' && c != ']' && c != '\0') {
    return Fail("JSON parse error: expected comma character or an array or object ending");
  }
  switch (c) {
    case '{':
      state_.push_back(State::kObjectKey);
      ++pos_;
      return take(Grammar::kStartObject);
    case '}':
      if (state != State::kObjectKey)
        return Fail("JSON parse error: unexpected right brace character");
      need_comma_ = true;
      EndValue();
      ++pos_;
      return take(Grammar::kEndObject);
    case '[':
      state_.push_back(State::kArray);
      ++pos_;
      return take(Grammar::kStartArray);
    case ']':
      need_comma_ = true;
      if (state != State::kArray) {
        return Fail("JSON parse error: unexpected right bracket character");
      }
      EndValue();
      ++pos_;
      return take(Grammar::kEndArray);
    default:
      break;
  }
  if (state == State::kObjectKey) {
    if (c != '"' || !ConsumeString()) {
      return Fail("JSON parse error: expected object key to be a quoted string");
    }
    size_t key_end = pos_;
    SkipWhitespace();
    if (Peek() != ':') return Fail("JSON parse error: expected colon character after object key");
    ++pos_;
    state_.back() = State::kObjectValue;
    *token = text_.substr(start, key_end - start);
    return Grammar::kString;
  }
  need_comma_ = true;
  if (state == State::kObjectValue) state_.back() = State::kObjectKey;
  if (c == '"' && ConsumeString()) return take(Grammar::kString);
  if (ConsumeNumber()) return take(Grammar::kNumber);
  if (ConsumeLiteral()) return take(Grammar::kLiteral);
  // ConsumeString may have run to a NUL byte or the end.
  c = Peek();
  if (c == '\0' && pos_ < text_.size()) return Fail("JSON parse error: unexpected NULL character");
  if (c == '\0') return Grammar::kEnd;
  std::string message = "JSON parse error: unexpected character '";
  // %c of a byte: a byte at or above 0x80 prints as the rune of that value.
  unsigned char b = static_cast<unsigned char>(c);
  if (b < 0x80) {
    message += c;
  } else {
    message += static_cast<char>(0xC0 | (b >> 6));
    message += static_cast<char>(0x80 | (b & 0x3F));
  }
  message += "'";
  return Fail(message);
}

bool JsonParser::ConsumeString() {
  size_t start = pos_;
  ++pos_;
  while (true) {
    char c = Peek();
    if (c == '"') {
      // The quote ends the string unless an odd run of backslashes precedes it.
      bool escaped = false;
      for (size_t i = pos_; i > start && text_[i - 1] == '\\'; --i) escaped = !escaped;
      if (!escaped) {
        ++pos_;
        return true;
      }
    } else if (c == '\0') {
      return false;
    }
    ++pos_;
  }
}

bool JsonParser::ConsumeNumber() {
  size_t mark = pos_;
  auto digit = [&] { return Peek() >= '0' && Peek() <= '9'; };
  if (Peek() == '-') ++pos_;
  if (Peek() >= '1' && Peek() <= '9') {
    while (digit()) ++pos_;
  } else if (Peek() == '0') {
    ++pos_;
  } else {
    pos_ = mark;
    return false;
  }
  if (Peek() == '.') {
    ++pos_;
    if (!digit()) {
      --pos_;
      return true;
    }
    while (digit()) ++pos_;
  }
  mark = pos_;
  if (Peek() == 'e' || Peek() == 'E') {
    ++pos_;
    if (Peek() == '+' || Peek() == '-') ++pos_;
    if (!digit()) {
      pos_ = mark;
      return true;
    }
    while (digit()) ++pos_;
  }
  return true;
}

bool JsonParser::ConsumeLiteral() {
  for (std::string_view literal : {"true", "false", "null"}) {
    if (text_.substr(pos_).starts_with(literal)) {
      pos_ += literal.size();
      return true;
    }
  }
  return false;
}

}  // namespace

StatusOr<std::string> MinifyJson(std::string_view json) {
  std::string out;
  out.reserve(json.size());
  // Upstream rewrites numbers inside its input buffer, and its error messages quote that
  // buffer; the parser reads this copy, which gets the same rewrites.
  std::string buffer(json);
  JsonParser parser(buffer);
  bool skip_comma = true;
  while (true) {
    State state = parser.state();
    std::string_view token;
    Grammar g = parser.Next(&token);
    if (g == Grammar::kEnd) return out;
    if (g == Grammar::kError) return parser.error();
    if (!skip_comma && g != Grammar::kEndObject && g != Grammar::kEndArray) {
      if (state == State::kObjectKey || state == State::kArray) {
        out += ',';
      } else if (state == State::kObjectValue) {
        out += ':';
      }
    }
    skip_comma = g == Grammar::kStartObject || g == Grammar::kStartArray;
    if (!token.empty() && ((token[0] >= '0' && token[0] <= '9') || token[0] == '-')) {
      std::string rewritten;
      std::string number = ShortNumber(token, &rewritten);
      buffer.replace(token.data() - buffer.data(), token.size(), rewritten);
      // A leading dot gets its zero back, as JSON requires.
      if (number[0] == '.') {
        out += '0';
      } else if (number.size() > 1 && number[0] == '-' && number[1] == '.') {
        out += "-0";
        number.erase(0, 1);
      }
      out += number;
      continue;
    }
    out += token;
  }
}

}  // namespace kiln::minify
