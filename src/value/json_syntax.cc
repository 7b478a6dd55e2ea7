#include "value/json_syntax.h"

#include <cstdio>
#include <vector>

namespace kiln {

std::string GoQuoteByte(unsigned char c) {
  switch (c) {
    case '\'':
      return "'\\''";
    case '\\':
      return "'\\\\'";
    case '\a':
      return "'\\a'";
    case '\b':
      return "'\\b'";
    case '\f':
      return "'\\f'";
    case '\n':
      return "'\\n'";
    case '\r':
      return "'\\r'";
    case '\t':
      return "'\\t'";
    case '\v':
      return "'\\v'";
  }
  char buf[16];
  if (c < 0x20 || c == 0x7f) {
    std::snprintf(buf, sizeof buf, "'\\x%02x'", c);
  } else if (c < 0x7f) {
    std::snprintf(buf, sizeof buf, "'%c'", c);
  } else if (c < 0xa1 || c == 0xad) {  // C1 controls, no-break space, soft hyphen
    std::snprintf(buf, sizeof buf, "'\\u%04x'", c);
  } else {  // the Latin-1 letter or sign, in UTF-8
    std::snprintf(buf, sizeof buf, "'%c%c'", static_cast<char>(0xc0 | (c >> 6)),
                  static_cast<char>(0x80 | (c & 0x3f)));
  }
  return buf;
}

namespace {

// Go's limit on nested arrays and objects.
constexpr size_t kMaxDepth = 10000;

// A single pass over the text, one value at a time, with the open arrays and objects on a
// stack. Go's scanner sees a space after the last byte, so a literal cut short by the end
// of the text is reported as an invalid ' ' where a space cannot go, and as an unexpected
// end where one can.
class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  std::optional<JsonSyntaxError> Run() {
    enum class Want { kValue, kKey, kAfterValue } want = Want::kValue;
    for (;;) {
      SkipSpace();
      if (want == Want::kAfterValue && open_.empty()) {
        if (!AtEnd()) return Fail("after top-level value");
        return std::nullopt;
      }
      if (AtEnd()) return JsonSyntaxError{text_.size(), "unexpected end of JSON input"};
      const char c = text_[pos_];
      if (want == Want::kKey) {
        if (c != '"') return Fail("looking for beginning of object key string");
        if (auto e = String()) return e;
        SkipSpace();
        if (AtEnd()) return JsonSyntaxError{text_.size(), "unexpected end of JSON input"};
        if (text_[pos_] != ':') return Fail("after object key");
        ++pos_;
        want = Want::kValue;
      } else if (want == Want::kAfterValue) {
        const bool object = open_.back() == '{';
        if (c == ',') {
          ++pos_;
          want = object ? Want::kKey : Want::kValue;
        } else if (c == (object ? '}' : ']')) {
          ++pos_;
          open_.pop_back();
        } else {
          return Fail(object ? "after object key:value pair" : "after array element");
        }
      } else if (c == '{' || c == '[') {
        if (open_.size() == kMaxDepth) return Fail("exceeded max depth");
        open_.push_back(c);
        ++pos_;
        SkipSpace();
        // An empty object or array closes at once.
        if (!AtEnd() && text_[pos_] == (c == '{' ? '}' : ']')) {
          ++pos_;
          open_.pop_back();
          want = Want::kAfterValue;
        } else {
          want = c == '{' ? Want::kKey : Want::kValue;
        }
      } else {
        if (auto e = Scalar()) return e;
        want = Want::kAfterValue;
      }
    }
  }

 private:
  bool AtEnd() const { return pos_ >= text_.size(); }
  // The byte at the cursor, or the space Go's scanner sees after the last one.
  unsigned char Peek() const { return AtEnd() ? ' ' : static_cast<unsigned char>(text_[pos_]); }
  void SkipSpace() {
    while (!AtEnd() && (Peek() == ' ' || Peek() == '\t' || Peek() == '\n' || Peek() == '\r')) {
      ++pos_;
    }
  }
  JsonSyntaxError Fail(std::string_view context) const {
    return {pos_, "invalid character " + GoQuoteByte(Peek()) + " " + std::string(context)};
  }
  static bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
  static bool IsHex(unsigned char c) {
    return IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  // A string, number or literal at the cursor.
  std::optional<JsonSyntaxError> Scalar() {
    const unsigned char c = Peek();
    if (c == '"') return String();
    if (c == '-' || IsDigit(c)) return Number();
    for (std::string_view word : {"true", "false", "null"}) {
      if (c != word[0]) continue;
      ++pos_;
      for (size_t i = 1; i < word.size(); ++i, ++pos_) {
        if (Peek() != static_cast<unsigned char>(word[i])) {
          return Fail("in literal " + std::string(word) + " (expecting '" + word[i] + "')");
        }
      }
      return std::nullopt;
    }
    return Fail("looking for beginning of value");
  }

  std::optional<JsonSyntaxError> String() {
    ++pos_;  // the opening quote
    for (;;) {
      if (AtEnd()) return JsonSyntaxError{text_.size(), "unexpected end of JSON input"};
      const unsigned char c = Peek();
      if (c == '"') {
        ++pos_;
        return std::nullopt;
      }
      if (c < 0x20) return Fail("in string literal");
      ++pos_;
      if (c != '\\') continue;
      const unsigned char e = Peek();
      if (e == 'u') {
        ++pos_;
        for (int i = 0; i < 4; ++i, ++pos_) {
          if (!IsHex(Peek())) return Fail("in \\u hexadecimal character escape");
        }
      } else if (std::string_view("bfnrt\\/\"").find(static_cast<char>(e)) !=
                 std::string_view::npos) {
        ++pos_;
      } else {
        return Fail("in string escape code");
      }
    }
  }

  // A number; the byte that ends it is left for the caller.
  std::optional<JsonSyntaxError> Number() {
    if (Peek() == '-') {
      ++pos_;
      if (!IsDigit(Peek())) return Fail("in numeric literal");
    }
    // A leading zero stands alone; other digits run on.
    if (Peek() == '0') {
      ++pos_;
    } else {
      while (IsDigit(Peek())) ++pos_;
    }
    if (Peek() == '.') {
      ++pos_;
      if (!IsDigit(Peek())) return Fail("after decimal point in numeric literal");
      while (IsDigit(Peek())) ++pos_;
    }
    if (Peek() == 'e' || Peek() == 'E') {
      ++pos_;
      if (Peek() == '+' || Peek() == '-') ++pos_;
      if (!IsDigit(Peek())) return Fail("in exponent of numeric literal");
      while (IsDigit(Peek())) ++pos_;
    }
    return std::nullopt;
  }

  std::string_view text_;
  size_t pos_ = 0;
  std::vector<char> open_;  // '{' and '[' of the open containers
};

}  // namespace

std::optional<JsonSyntaxError> FindJsonSyntaxError(std::string_view text) {
  return Scanner(text).Run();
}

}  // namespace kiln
