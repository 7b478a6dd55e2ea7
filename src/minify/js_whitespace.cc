#include "minify/js_whitespace.h"

#include "minify/js_lexer.h"

namespace kiln::minify {
namespace {

bool IsWordLike(const JsToken& t) {
  switch (t.type) {
    case JsTokenType::kIdentifier:
    case JsTokenType::kPrivateIdentifier:
    case JsTokenType::kKeyword:
    case JsTokenType::kDecimal:
    case JsTokenType::kBinary:
    case JsTokenType::kOctal:
    case JsTokenType::kHexadecimal:
    case JsTokenType::kBigInt:
      return true;
    default:
      return false;
  }
}

// Whether `prev` and `next` written without a space would read as other tokens.
bool NeedsSpace(const JsToken& prev, const JsToken& next) {
  if (IsWordLike(prev) && IsWordLike(next)) return true;
  if (prev.type == JsTokenType::kRegExp && IsWordLike(next)) return true;  // would be flags
  const char last = prev.text.back();
  const char first = next.text.front();
  if (prev.type == JsTokenType::kPunctuator) {
    if ((last == '+' || last == '-') && first == last) return true;  // a+ +b, a- -b
    if (last == '/' && (first == '/' || first == '*')) return true;  // not a comment
    if (last == '<' && first == '!') return true;                    // not "<!--"
    if (prev.text == "--" && first == '>') return true;              // not "-->"
  }
  // "1 .x": a decimal integer followed by a dot would take it as its fraction.
  if (prev.type == JsTokenType::kDecimal && first == '.' &&
      prev.text.find_first_of(".eE") == std::string_view::npos) {
    return true;
  }
  return false;
}

}  // namespace

StatusOr<std::string> StripJsWhitespace(std::string_view js) {
  JsLexer lexer(js);
  std::string out;
  JsToken prev;  // the last token written; kError before the first
  bool line_break = false;
  for (JsToken t = lexer.Next(); t.type != JsTokenType::kError; t = lexer.Next()) {
    switch (t.type) {
      case JsTokenType::kWhitespace:
        continue;
      case JsTokenType::kLineTerminator:
      case JsTokenType::kCommentLineTerminator:
        line_break = true;
        if (!t.text.starts_with("/*!")) continue;
        break;
      case JsTokenType::kComment:
        if (!t.text.starts_with("/*!")) continue;
        break;
      default:
        break;
    }
    if (prev.type != JsTokenType::kError) {
      if (line_break) {
        out += '\n';
      } else if (NeedsSpace(prev, t)) {
        out += ' ';
      }
    }
    line_break = false;
    out += t.text;
    prev = t;
  }
  if (!lexer.error().empty()) {
    return InvalidArgumentError(lexer.error() + " at byte " + std::to_string(lexer.error_offset()));
  }
  return out;
}

}  // namespace kiln::minify
