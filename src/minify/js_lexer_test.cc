#include "minify/js_lexer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <random>
#include <sstream>

#include "base/file_system.h"
#include "testing/status_matchers.h"

namespace kiln::minify {
namespace {

// "Type:text" for each token, space-separated, whitespace tokens left out.
std::string Tokens(std::string_view in) {
  JsLexer lexer(in);
  std::string out;
  for (JsToken t = lexer.Next(); t.type != JsTokenType::kError; t = lexer.Next()) {
    if (t.type == JsTokenType::kWhitespace) continue;
    if (!out.empty()) out += ' ';
    out += JsTokenName(t.type);
    out += ':';
    out += t.type == JsTokenType::kLineTerminator ? std::string("\\n") : std::string(t.text);
  }
  if (!lexer.error().empty()) out += " ERROR " + lexer.error();
  return out;
}

TEST(JsLexer, Tokens) {
  struct Case {
    std::string_view in;
    std::string_view want;
  };
  const Case cases[] = {
      {"var a = 1;", "Keyword:var Identifier:a Punctuator:= Decimal:1 Punctuator:;"},
      {"a >>>= b ?? c?.d",
       "Identifier:a Punctuator:>>>= Identifier:b Punctuator:?? "
       "Identifier:c Punctuator:?. Identifier:d"},
      {"x = a / b / c",
       "Identifier:x Punctuator:= Identifier:a Punctuator:/ Identifier:b "
       "Punctuator:/ Identifier:c"},
      {"x = /a[/]b/gi.test(s)",
       "Identifier:x Punctuator:= RegExp:/a[/]b/gi Punctuator:. "
       "Identifier:test Punctuator:( Identifier:s Punctuator:)"},
      {"0x1F 0b10 0o7 1_000n .5e-3 1. 10n",
       "Hexadecimal:0x1F Binary:0b10 Octal:0o7 "
       "BigInt:1_000n Decimal:.5e-3 Decimal:1. BigInt:10n"},
      {"f(...a)", "Identifier:f Punctuator:( Punctuator:... Identifier:a Punctuator:)"},
      {"'a\\'b' \"c\\\\\"", "String:'a\\'b' String:\"c\\\\\""},
      {"`a${b + `c${d}`}e`",
       "TemplateStart:`a${ Identifier:b Punctuator:+ "
       "TemplateStart:`c${ Identifier:d TemplateEnd:}` TemplateEnd:}e`"},
      {"a // c\nb /* x\ny */ c",
       "Identifier:a Comment:// c LineTerminator:\\n Identifier:b "
       "CommentLineTerminator:/* x\ny */ Identifier:c"},
      {"<!-- old\n--> also\nx",
       "Comment:<!-- old LineTerminator:\\n Comment:--> also "
       "LineTerminator:\\n Identifier:x"},
      {"a-->b", "Identifier:a Punctuator:-- Punctuator:> Identifier:b"},
      {"#p in o", "PrivateIdentifier:#p Keyword:in Identifier:o"},
      {"caf\xc3\xa9 = \\u0061", "Identifier:caf\xc3\xa9 Punctuator:= Identifier:\\u0061"},
      {"'open", " ERROR unterminated string literal"},
      {"`open", " ERROR unterminated template literal"},
      {"3in x", "Decimal:3 ERROR unexpected identifier after number"},
      {"09", " ERROR legacy octal numbers are not supported"},
      {"0x", " ERROR invalid hexadecimal number"},
      {"a ?= b", "Identifier:a ERROR unexpected ?"},
  };
  for (const Case& c : cases) EXPECT_EQ(Tokens(c.in), c.want) << c.in;
}

// Every byte of a well-formed script belongs to exactly one token.
TEST(JsLexer, TokensCoverTheCorpus) {
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator("testdata/minify/js")) {
    if (entry.path().extension() != ".js") continue;
    ++files;
    ASSERT_OK_AND_ASSIGN(const std::string source, RealFileSystem().ReadFile(entry.path()));
    const std::string& src = source;
    JsLexer lexer(src);
    std::string joined;
    for (JsToken t = lexer.Next(); t.type != JsTokenType::kError; t = lexer.Next()) {
      joined += t.text;
    }
    EXPECT_EQ(lexer.error(), "") << entry.path();
    EXPECT_EQ(joined, src) << entry.path();
  }
  EXPECT_GE(files, 5);
}

TEST(JsLexer, AnyBytesLexWithoutCrashing) {
  std::mt19937 rng(11);
  const std::string alphabet = "/*`${}()[]'\"\\\n\r .0x1e_n#<!-->=?&|ab\xe2\x80\xa8\xc2\xa0";
  for (int i = 0; i < 3000; ++i) {
    std::string in;
    int n = static_cast<int>(rng() % 40);
    for (int k = 0; k < n; ++k) {
      in.push_back(rng() % 8 == 0 ? static_cast<char>(rng() % 256)
                                  : alphabet[rng() % alphabet.size()]);
    }
    JsLexer lexer(in);
    size_t consumed = 0;
    for (JsToken t = lexer.Next(); t.type != JsTokenType::kError; t = lexer.Next()) {
      ASSERT_FALSE(t.text.empty()) << in;  // always progresses
      consumed += t.text.size();
    }
    EXPECT_LE(consumed, in.size());
  }
}

// Every corpus case has hugo's output, and every known difference names a case.
TEST(JsCorpus, KnownDifferencesNameCases) {
  ASSERT_OK_AND_ASSIGN(const std::string listing,
                       RealFileSystem().ReadFile("testdata/minify/js/known_differences.txt"));
  std::istringstream in(listing);
  std::string line;
  int listed = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    ++listed;
    EXPECT_TRUE(std::filesystem::exists("testdata/minify/js/" + line + ".js")) << line;
    EXPECT_TRUE(std::filesystem::exists("testdata/minify/js/" + line + ".want")) << line;
  }
  EXPECT_EQ(listed, 0);
}

}  // namespace
}  // namespace kiln::minify
