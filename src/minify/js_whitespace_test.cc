#include "minify/js_whitespace.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "base/file_system.h"
#include "minify/js_lexer.h"
#include "testing/status_matchers.h"

namespace kiln::minify {
namespace {

TEST(StripJsWhitespace, Cases) {
  struct Case {
    std::string_view in;
    std::string_view want;
  };
  const Case cases[] = {
      {"var a = 1;", "var a=1;"},
      {"a = b + +c - -d + ++e", "a=b+ +c- -d+ ++e"},
      {"x = 1 .toFixed(2) + 1.5 .toFixed() + 0x1 .y", "x=1 .toFixed(2)+1.5.toFixed()+0x1.y"},
      {"a = b\n\n  (c)", "a=b\n(c)"},
      {"return /re/g . test ( s )", "return/re/g.test(s)"},
      {"x = /a/ in o", "x=/a/ in o"},
      {"// note\nf() /* inline */ ; /* two\nlines */ g()", "f();\ng()"},
      {"/*! licence */\nvar x = 'a'", "/*! licence */\nvar x='a'"},
      {"<!-- hidden\nshown()\n--> hidden too\n", "shown()"},
      {"a = b / /c/.source.length", "a=b/ /c/.source.length"},
      {"if (a < !--b) c()", "if(a< !--b)c()"},
      {"const t = `a ${ b } c`", "const t=`a ${b} c`"},
      {"a-- > b", "a-- >b"},
  };
  for (const Case& c : cases) {
    StatusOr<std::string> out = StripJsWhitespace(c.in);
    ASSERT_OK(out.status());
    EXPECT_EQ(*out, c.want) << c.in;
  }
}

// The significant tokens of a script, one per line.
std::string SignificantTokens(std::string_view js) {
  JsLexer lexer(js);
  std::string out;
  for (JsToken t = lexer.Next(); t.type != JsTokenType::kError; t = lexer.Next()) {
    if (t.type == JsTokenType::kWhitespace || t.type == JsTokenType::kLineTerminator ||
        t.type == JsTokenType::kComment || t.type == JsTokenType::kCommentLineTerminator) {
      continue;
    }
    out += JsTokenName(t.type);
    out += ' ';
    out += t.text;
    out += '\n';
  }
  return out;
}

// Stripping keeps every token of the corpus scripts as it was.
TEST(StripJsWhitespace, KeepsTheTokens) {
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator("testdata/minify/js")) {
    if (entry.path().extension() != ".js") continue;
    ++files;
    ASSERT_OK_AND_ASSIGN(const std::string source, RealFileSystem().ReadFile(entry.path()));
    StatusOr<std::string> out = StripJsWhitespace(source);
    ASSERT_OK(out.status());
    EXPECT_EQ(SignificantTokens(*out), SignificantTokens(source)) << entry.path();
    EXPECT_LT(out->size(), source.size()) << entry.path();
  }
  EXPECT_GE(files, 6);
}

TEST(StripJsWhitespace, LexerErrorsAreErrors) {
  EXPECT_EQ(StripJsWhitespace("var s = 'open").status().message(),
            "unterminated string literal at byte 13");
}

}  // namespace
}  // namespace kiln::minify
