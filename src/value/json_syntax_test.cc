// Go's encoding/json syntax errors, as hugo 0.111 printed them for data files.
#include "value/json_syntax.h"

#include <gtest/gtest.h>

namespace kiln {
namespace {

TEST(JsonSyntaxTest, GoMessagesAndOffsets) {
  struct Case {
    std::string_view text;
    size_t offset;
    std::string_view message;
  };
  const Case cases[] = {
      {"[1,2", 4, "unexpected end of JSON input"},
      {"", 0, "unexpected end of JSON input"},
      {"\n", 1, "unexpected end of JSON input"},
      {"{\"a\":1}}", 7, "invalid character '}' after top-level value"},
      {"{\"a\" 1}", 5, "invalid character '1' after object key"},
      {"{\"a\":1 \"b\":2}", 7, "invalid character '\"' after object key:value pair"},
      {"[1 2]", 3, "invalid character '2' after array element"},
      {"{1:2}", 1, "invalid character '1' looking for beginning of object key string"},
      {"\"a\\qb\"", 3, "invalid character 'q' in string escape code"},
      {"01", 1, "invalid character '1' after top-level value"},
      {"-", 1, "invalid character ' ' in numeric literal"},
      {"1.e5", 2, "invalid character 'e' after decimal point in numeric literal"},
      {"1e+", 3, "invalid character ' ' in exponent of numeric literal"},
      {"nul", 3, "invalid character ' ' in literal null (expecting 'l')"},
      {"{\n \"b\": tru\n}", 11, "invalid character '\\n' in literal true (expecting 'e')"},
      {"fx", 1, "invalid character 'x' in literal false (expecting 'a')"},
      {"\"\\u12x4\"", 5, "invalid character 'x' in \\u hexadecimal character escape"},
      {"{\"a\":\"x\ny\"}", 7, "invalid character '\\n' in string literal"},
      {"[1,]", 3, "invalid character ']' looking for beginning of value"},
      {"{\"a\":1,}", 7, "invalid character '}' looking for beginning of object key string"},
      {"'a'", 0, "invalid character '\\'' looking for beginning of value"},
      {"\"abc", 4, "unexpected end of JSON input"},
      {"{\"a\"", 4, "unexpected end of JSON input"},
  };
  for (const Case& c : cases) {
    std::optional<JsonSyntaxError> e = FindJsonSyntaxError(c.text);
    ASSERT_TRUE(e.has_value()) << c.text;
    EXPECT_EQ(e->offset, c.offset) << c.text;
    EXPECT_EQ(e->message, c.message) << c.text;
  }
}

TEST(JsonSyntaxTest, AcceptsWhatGoAccepts) {
  for (std::string_view text : {" {\"a\": [1, -0.5e+3, true, false, null, \"\\u00e9\\n\"]} ", "[]",
                                "{}", "[ ]", "{ }", "0", "\"\"", "[[[]]]"}) {
    EXPECT_FALSE(FindJsonSyntaxError(text).has_value()) << text;
  }
  EXPECT_FALSE(FindJsonSyntaxError(std::string(10000, '[') + std::string(10000, ']')).has_value());
  std::optional<JsonSyntaxError> deep = FindJsonSyntaxError(std::string(10001, '['));
  ASSERT_TRUE(deep.has_value());
  EXPECT_EQ(deep->offset, 10000u);
  EXPECT_EQ(deep->message, "invalid character '[' exceeded max depth");
}

TEST(JsonSyntaxTest, QuotesBytesAsGo) {
  EXPECT_EQ(GoQuoteByte('x'), "'x'");
  EXPECT_EQ(GoQuoteByte('"'), "'\"'");
  EXPECT_EQ(GoQuoteByte('\\'), "'\\\\'");
  EXPECT_EQ(GoQuoteByte(0x01), "'\\x01'");
  EXPECT_EQ(GoQuoteByte(0x7f), "'\\x7f'");
  EXPECT_EQ(GoQuoteByte(0x85), "'\\u0085'");
  EXPECT_EQ(GoQuoteByte(0xa0), "'\\u00a0'");
  EXPECT_EQ(GoQuoteByte(0xc3), "'\xc3\x83'");
}

}  // namespace
}  // namespace kiln
