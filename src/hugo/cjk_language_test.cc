#include "hugo/cjk_language.h"

#include <gtest/gtest.h>

#include "base/cjk.h"

namespace kiln::hugo {
namespace {

TEST(CjkLanguageTest, ContainsCjk) {
  struct Case {
    const char* text;
    bool want;
  };
  const Case cases[] = {
      {"plain ascii", false},
      {"Ünïcödé Straße — €", false},
      {"日本語", true},
      {"x ひらがな", true},
      {"カタカナ", true},
      {"한국어", true},
      {"full stop 。 only", false},
      {"\xF0\xA0\x80\x80", true},
      {"bad \xFF utf-8", false},
  };
  for (const Case& c : cases) EXPECT_EQ(ContainsCjk(c.text), c.want) << c.text;
}

TEST(CjkLanguageTest, FrontMatterDecidesAlone) {
  Page page;
  page.has_file = true;
  page.raw_content = "日本語";
  EXPECT_TRUE(IsCjkLanguagePage(page, true));
  EXPECT_FALSE(IsCjkLanguagePage(page, false));
  page.meta.params = Value::Map({{"iscjklanguage", Value::Bool(false)}});
  EXPECT_FALSE(IsCjkLanguagePage(page, true));
  page.raw_content = "latin";
  page.meta.params = Value::Map({{"iscjklanguage", Value::Bool(true)}});
  EXPECT_TRUE(IsCjkLanguagePage(page, false));
  page.meta.params = Value::Map({{"tags", Value::List({Value::String("中文")})}});
  EXPECT_TRUE(IsCjkLanguagePage(page, true));
}

TEST(CjkLanguageTest, FrontMatterValueAsHugoCastsIt) {
  struct Case {
    Value value;
    bool want;
  };
  const Case cases[] = {
      {Value::String("true"), true},
      {Value::String("T"), true},
      {Value::String("1"), true},
      {Value::String("TRUE"), true},
      {Value::String("True"), true},
      {Value::String("tRUE"), false},
      {Value::String("yes"), false},
      {Value::String("false"), false},
      {Value::String(""), false},
      {Value::Int(1), true},
      {Value::Int(2), true},
      {Value::Int(0), false},
      {Value::Int(1, IntType::kInt64), false},
      {Value::Float(1.5), false},
      {Value::Bool(true), true},
      {Value(), false},
      {Value::List({Value::Int(1)}), false},
  };
  Page page;
  page.has_file = true;
  page.raw_content = "日本語";
  for (const Case& c : cases) {
    page.meta.params = Value::Map({{"iscjklanguage", c.value}});
    EXPECT_EQ(IsCjkLanguagePage(page, false), c.want) << ValueKindName(c.value.kind());
  }
}

}  // namespace
}  // namespace kiln::hugo
