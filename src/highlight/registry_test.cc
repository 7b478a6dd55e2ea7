#include "highlight/registry.h"

#include <gtest/gtest.h>

#include "testing/status_matchers.h"

namespace kiln::highlight {
namespace {

TEST(RegistryTest, FindsLexersLikeChroma) {
  struct Case {
    std::string_view query;
    std::string_view name;  // empty: none
  };
  const Case cases[] = {
      {"go", "Go"},
      {"golang", "Go"},
      {"Go", "Go"},
      {"GO", "Go"},
      {"sh", "Bash"},
      {"shell", "Bash"},
      {"py", "Python"},
      {"js", "JavaScript"},
      {"dockerfile", "Docker"},
      {"Dockerfile", "Docker"},
      {"main.rs", "Rust"},
      {"Makefile", "Makefile"},
      {"x.php", "PHTML"},
      {"php", "PHP"},
      {"md", "markdown"},
      {"html", "HTML"},
      {"go-html-template", "Go HTML Template"},
      {"postgres", "PostgreSQL SQL dialect"},
      {"text", "plaintext"},
      {"yml", "YAML"},
      {"toml", "TOML"},
      {"c++", "C++"},
      {"nosuchlang", ""},
  };
  const Registry& registry = Registry::Default();
  for (const Case& c : cases) {
    const Lexer* lexer = registry.Get(c.query);
    EXPECT_EQ(lexer ? lexer->config().name : "", c.name) << c.query;
  }
}

TEST(RegistryTest, AnalysesContent) {
  const Registry& registry = Registry::Default();
  struct Case {
    std::string_view text;
    std::string_view name;
  };
  const Case cases[] = {
      {"#!/usr/bin/env bash\necho hi", "Bash"},
      {"package main\nimport \"fmt\"\nfunc main() { fmt.Println() }", "Go"},
      {"SELECT `id` FROM `t`", "MySQL"},
      {"@ IN SOA ns. admin. 1 2 3 4 5", "dns"},
      {"just words", ""},
  };
  for (const Case& c : cases) {
    const Lexer* lexer = registry.Analyse(c.text);
    EXPECT_EQ(lexer ? lexer->config().name : "", c.name) << c.text;
  }
}

TEST(GlobMatchTest, GoFilepathMatch) {
  EXPECT_TRUE(GlobMatch("*.go", "main.go"));
  EXPECT_FALSE(GlobMatch("*.go", "main.goo"));
  EXPECT_TRUE(GlobMatch("*.php[345]", "x.php5"));
  EXPECT_FALSE(GlobMatch("*.php[345]", "x.php6"));
  EXPECT_TRUE(GlobMatch("Dockerfile.*", "Dockerfile.dev"));
  EXPECT_TRUE(GlobMatch("?akefile", "Makefile"));
  EXPECT_TRUE(GlobMatch("[^a]b", "cb"));
  EXPECT_FALSE(GlobMatch("[^a]b", "ab"));
}

TEST(TokeniseTest, CoalescesAndSanitises) {
  const Lexer* text = Registry::Default().Get("text");
  ASSERT_OK_AND_ASSIGN(std::vector<Token> tokens, Tokenise(*text, "a\r\nb\xff"));
  ASSERT_EQ(tokens.size(), 1u);
  EXPECT_EQ(tokens[0].value, "a\nb\xEF\xBF\xBD");
  EXPECT_EQ(CoalesceTokens({{TokenType::kText, "a"},
                            {TokenType::kText, ""},
                            {TokenType::kText, "b"},
                            {TokenType::kKeyword, "c"}}),
            (std::vector<Token>{{TokenType::kText, "ab"}, {TokenType::kKeyword, "c"}}));
}

}  // namespace
}  // namespace kiln::highlight
