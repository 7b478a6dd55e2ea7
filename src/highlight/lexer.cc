#include "highlight/lexer.h"

namespace kiln::highlight {
namespace {

// Chroma stops merging once a token reaches this many bytes.
constexpr size_t kCoalesceLimit = 8192;

// Decodes one UTF-8 sequence at text[pos]; returns its length, or 0 when invalid
// (overlong forms, surrogates and code points past U+10FFFF included, as Go rejects them).
size_t ValidSequence(std::string_view text, size_t pos) {
  unsigned char c = text[pos];
  if (c < 0x80) return 1;
  size_t n;
  uint32_t cp;
  if ((c & 0xE0) == 0xC0) {
    n = 2;
    cp = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    n = 3;
    cp = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0) {
    n = 4;
    cp = c & 0x07;
  } else {
    return 0;
  }
  if (pos + n > text.size()) return 0;
  for (size_t i = 1; i < n; ++i) {
    unsigned char d = text[pos + i];
    if ((d & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (d & 0x3F);
  }
  static constexpr uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMin[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

}  // namespace

size_t Utf8Length(std::string_view text, size_t pos) {
  unsigned char c = text[pos];
  size_t n = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
  return std::min(n, text.size() - pos);
}

std::string SanitizeUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    size_t n = ValidSequence(text, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else {
      out.append(text.substr(i, n));
      i += n;
    }
  }
  return out;
}

std::vector<Token> CoalesceTokens(std::vector<Token> tokens) {
  std::vector<Token> out;
  out.reserve(tokens.size());
  for (Token& t : tokens) {
    if (t.value.empty()) continue;
    if (!out.empty() && out.back().type == t.type && out.back().value.size() < kCoalesceLimit) {
      out.back().value += t.value;
    } else {
      out.push_back(std::move(t));
    }
  }
  return out;
}

StatusOr<std::vector<Token>> Tokenise(const Lexer& lexer, std::string_view code) {
  return Tokenise(lexer, code, TokeniseOptions());
}

StatusOr<std::vector<Token>> Tokenise(const Lexer& lexer, std::string_view code,
                                      const TokeniseOptions& options) {
  std::string text = SanitizeUtf8(code);
  TokeniseContext context;
  std::vector<Token> raw;
  RETURN_IF_ERROR(lexer.TokeniseInto(text, options, context, raw));
  return CoalesceTokens(std::move(raw));
}

}  // namespace kiln::highlight
