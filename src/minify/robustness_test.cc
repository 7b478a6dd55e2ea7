// Any byte sequence goes through the CSS, JSON, XML, SVG and JavaScript minifiers without crashing (the
// sanitizer builds make that check strict). The inputs are pseudo-random mixes of the bytes
// each grammar cares about, from a fixed seed so every run sees the same ones.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "minify/css_minifier.h"
#include "minify/minify.h"

namespace kiln::minify {
namespace {

// A small deterministic generator (64-bit LCG); the standard engines' sequences are fixed
// too, but this keeps the inputs identical across standard libraries.
class Bytes {
 public:
  explicit Bytes(uint64_t seed) : state_(seed) {}

  std::string Make(std::string_view alphabet, std::string_view words[], size_t n_words) {
    std::string out;
    size_t len = Next() % 80;
    while (out.size() < len) {
      if (Next() % 3 == 0) {
        out += words[Next() % n_words];
      } else {
        out += alphabet[Next() % alphabet.size()];
      }
    }
    return out;
  }

 private:
  uint64_t Next() {
    state_ = state_ * 6364136223846793005ULL + 1442695040888963407ULL;
    return state_ >> 33;
  }
  uint64_t state_;
};

constexpr char kAlphabetBytes[] =
    " \t\n\r\f{}()[];:,./*!@#%\"'\\-+<>=~^$|?&0123456789abcdefxyzEPXu\0\xc3\xa9\xe2\x80\xa8\xff";
constexpr std::string_view kAlphabet(kAlphabetBytes, sizeof(kAlphabetBytes) - 1);

TEST(RobustnessTest, AnyBytesMinifyWithoutCrashing) {
  std::string_view words[] = {
      "url(",     "rgb(",       "hsl(",       "/*",    "*/",     "<!--", "-->",  "@media",
      "@import",  "!important", "--x",        "calc(", "U+0-7F", "\\",   "<svg", "<path d=\"",
      "M0 0L1 1", "viewBox=\"", "<![CDATA[",  "]]>",   "<?xml",  "?>",   "</",   "/>",
      "&amp;",    "&#x41;",     "data:",      "true",  "1e5",    "-.5",  "0.0",  "<rect width=\"",
      "<style>",  "font:",      "background:"};
  Bytes bytes(20261126);
  for (int i = 0; i < 3000; ++i) {
    std::string input = bytes.Make(kAlphabet, words, std::size(words));
    MinifyCss(input);
    MinifyCssInline(input);
    for (Kind kind : {Kind::kJson, Kind::kXml, Kind::kSvg, Kind::kJs})
      Minify(kind, input).status().IgnoreError();
  }
}

TEST(RobustnessTest, AnyTokensMinifyAsJavaScriptWithoutCrashing) {
  std::string_view words[] = {
      "function", "(",      ")",     "{",      "}",      "=>",     "var ",  "let ",   "const ",
      "if(",      "else ",  "for(",  "while(", "return ", "class ", "new ",  "async ", "await ",
      "yield ",   "`a${",   "}b`",   "/re/g",  "a",      "b",      "c",     "=",      ",",
      ";",        "\n",    "...",   "?.",     "??",     "x=>",    "try{",  "catch(", "switch(",
      "case 1:",  "import ", "export ", "default", "this", "super", "true", "void 0", "undefined"};
  Bytes bytes(20261127);
  for (int i = 0; i < 3000; ++i) {
    std::string input = bytes.Make(kAlphabet, words, std::size(words));
    Minify(Kind::kJs, input).status().IgnoreError();
  }
}

}  // namespace
}  // namespace kiln::minify
