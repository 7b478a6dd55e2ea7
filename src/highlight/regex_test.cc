#include "highlight/regex.h"

#include <gtest/gtest.h>

#include "testing/status_matchers.h"

namespace kiln::highlight {
namespace {

TEST(TranslatePatternTest, RewritesDotNetSyntaxForPcre2) {
  struct Case {
    std::string_view in;
    std::string_view out;
  };
  const Case cases[] = {
      {R"(abc)", R"(abc)"},
      {R"(a\Z)", R"(a\z)"},
      {R"(\u00e9)", R"(\x{00e9})"},
      {R"(\b?x\B*y)", R"(xy)"},
      {R"([^\W\d])", R"([^\W])"},  // regexp2 stops at the first negated category
      {R"([^\d\W])", R"([^\d\W])"},
      {R"([\W\d_])", R"([\W_])"},
      {R"([\s\S])", R"([\s\S])"},
      {R"([\S\s])", R"([\s\S])"},  // a category and its complement: anything
      {R"([^\S\s])", R"((?!))"},
      {R"([\w:.-]+)", R"([\w:.-]+)"},
      {R"([\w-a])", R"([\w\-a])"},
      {R"([a[b])", R"([a\[b])"},
      {R"([[:alpha:]x])", R"([[:alpha:]x])"},
      {R"(\\Z)", R"(\\Z)"},
  };
  for (const Case& c : cases) EXPECT_EQ(TranslatePattern(c.in), c.out) << c.in;
}

struct MatchCase {
  std::string_view pattern;
  RegexFlags flags;
  std::string_view subject;
  size_t pos;
  bool matches;
  size_t end;  // of group 0 when it matches
};

TEST(RegexTest, MatchesLikeRegexp2) {
  const RegexFlags m;  // Chroma's default: multiline
  const RegexFlags single{.multiline = false};
  const RegexFlags icase{.multiline = true, .case_insensitive = true};
  const MatchCase cases[] = {
      {"b+", m, "abbbc", 1, true, 4},
      {"b+", m, "abbbc", 0, false, 0},  // anchored at pos
      {"^x", m, "a\nx", 2, true, 3},
      {"^", m, "a\n", 2, true, 2},         // after a final newline too
      {"a$", single, "a\n", 0, false, 0},  // RE2 mode: $ is the very end
      {"a$", m, "a\n", 0, true, 1},
      {"(?<=ab)c", m, "abc", 2, true, 3},
      {"(?<=a\\s*)c", m, "a   c", 4, true, 5},  // variable-length lookbehind
      {"(?<!a\\s*)c", m, "a   c", 4, false, 0},
      {"[ab](?<=b\\s*)c", m, "bc", 0, true, 2},  // a class before the lookbehind
      {"[ab](?<=b\\s*)c", m, "ac", 0, false, 0},
      {"[^\\W\\d]+", m, "ab12 ", 0, true, 4},
      {"é+", icase, "ÉÉé!", 0, true, 6},
      {"\\w+", m, "naïve!", 0, true, 6},
  };
  MatchScratch scratch;
  for (const MatchCase& c : cases) {
    ASSERT_OK_AND_ASSIGN(auto regex, Regex::Compile(c.pattern, c.flags));
    EXPECT_EQ(regex->MatchAt(c.subject, c.pos, scratch), c.matches) << c.pattern;
    if (c.matches) {
      EXPECT_EQ(scratch.group_end(0), c.end) << c.pattern;
    }
  }
}

TEST(RegexTest, HugeAlternationIsSplitKeepingOrder) {
  std::string words;
  for (int i = 0; i < 6000; ++i) words += (i ? "|w" : "w") + std::to_string(i) + "-x";
  ASSERT_OK_AND_ASSIGN(auto regex, Regex::Compile("(" + words + ")(?=\\s)", RegexFlags()));
  MatchScratch scratch;
  EXPECT_TRUE(regex->MatchAt("w5999-x ", 0, scratch));
  EXPECT_EQ(scratch.group_end(1), 7u);
  EXPECT_FALSE(regex->MatchAt("w5999-y ", 0, scratch));
}

TEST(RegexTest, ErrorsNameThePattern) {
  StatusOr<std::unique_ptr<Regex>> regex = Regex::Compile("a(", RegexFlags());
  ASSERT_FALSE(regex.ok());
  EXPECT_EQ(regex.status().message(),
            "invalid pattern a(: missing closing parenthesis at offset 2");
}

}  // namespace
}  // namespace kiln::highlight
