#include "check/check_options.h"

#include <gtest/gtest.h>

#include "testing/status_matchers.h"

namespace kiln::check {
namespace {

Value Section(ValueMap entries) { return Value::Map(std::move(entries)); }

TEST(ApplyCheckSectionTest, ReadsEveryKey) {
  CheckOptions o;
  ASSERT_OK(
      ApplyCheckSection(Section({{"Budget", Value::String("1.5MB")},
                                 {"heaviest", Value::Int(3)},
                                 {"ignore", Value::List({Value::String("https://twitter.com/*")})},
                                 {"ignoreFiles", Value::String("drafts/*")},
                                 {"warningsAsErrors", Value::Bool(true)},
                                 {"external", Value::Bool(true)},
                                 {"externalConcurrency", Value::Int(8)},
                                 {"externalPerHost", Value::Int(2)},
                                 {"externalTimeout", Value::String("2.5s")},
                                 {"cacheFile", Value::String(".cache.json")},
                                 {"cacheTTL", Value::String("1h")}}),
                        &o));
  EXPECT_EQ(o.budget_bytes, 1'500'000u);
  EXPECT_EQ(o.heaviest_count, 3);
  EXPECT_EQ(o.ignore_urls, std::vector<std::string>{"https://twitter.com/*"});
  EXPECT_EQ(o.ignore_files, std::vector<std::string>{"drafts/*"});
  EXPECT_TRUE(o.warnings_as_errors);
  EXPECT_TRUE(o.external.enabled);
  EXPECT_EQ(o.external.concurrency, 8);
  EXPECT_EQ(o.external.per_host, 2);
  EXPECT_EQ(o.external.timeout_ms, 2500);
  EXPECT_EQ(o.external.cache_file, ".cache.json");
  EXPECT_EQ(o.external.cache_ttl_seconds, 3600);
}

TEST(ApplyCheckSectionTest, NumbersAreBytesMillisecondsAndSeconds) {
  CheckOptions o;
  ASSERT_OK(ApplyCheckSection(Section({{"budget", Value::Int(1234)},
                                       {"externalTimeout", Value::Int(750)},
                                       {"cacheTTL", Value::Int(60)}}),
                              &o));
  EXPECT_EQ(o.budget_bytes, 1234u);
  EXPECT_EQ(o.external.timeout_ms, 750);
  EXPECT_EQ(o.external.cache_ttl_seconds, 60);
}

TEST(ApplyCheckSectionTest, NullChangesNothing) {
  CheckOptions o;
  ASSERT_OK(ApplyCheckSection(Value(), &o));
  EXPECT_EQ(o.budget_bytes, 500'000u);
}

TEST(ApplyCheckSectionTest, Errors) {
  const std::pair<Value, const char*> cases[] = {
      {Value::Int(3), "[check] must be a table"},
      {Section({{"bogus", Value::Int(1)}}), "[check] has no setting \"bogus\""},
      {Section({{"budget", Value::String("5 parsecs")}}),
       "invalid byte size \"5 parsecs\": unknown unit \"parsecs\""},
      {Section({{"ignore", Value::Int(1)}}), "[check] ignore must be a list of strings"},
      {Section({{"external", Value::String("yes")}}), "[check] external must be true or false"},
      {Section({{"externalPerHost", Value::Int(0)}}),
       "[check] external concurrency limits must be at least 1"},
      {Section({{"externalTimeout", Value::String("soon")}}),
       "invalid [check] externalTimeout \"soon\""},
  };
  for (const auto& [section, want] : cases) {
    CheckOptions o;
    Status s = ApplyCheckSection(section, &o);
    EXPECT_EQ(s.message(), want);
  }
}

TEST(ParseByteSizeTest, Units) {
  const std::pair<const char*, uint64_t> cases[] = {
      {"500", 500},
      {"500B", 500},
      {"500KB", 500'000},
      {"500 kb", 500'000},
      {"2MiB", 2 * 1024 * 1024},
      {"1.5KiB", 1536},
      {"1GB", 1'000'000'000},
  };
  for (const auto& [text, want] : cases) {
    StatusOr<uint64_t> got = ParseByteSize(text);
    ASSERT_OK(got.status());
    EXPECT_EQ(*got, want) << text;
  }
  EXPECT_FALSE(ParseByteSize("").ok());
  EXPECT_FALSE(ParseByteSize("KB").ok());
}

TEST(GlobMatchTest, Table) {
  struct Case {
    const char* pattern;
    const char* text;
    bool want;
  };
  const Case cases[] = {
      {"*", "", true},
      {"*", "anything", true},
      {"a*c", "abbbc", true},
      {"a*c", "abbb", false},
      {"a?c", "abc", true},
      {"a?c", "ac", false},
      {"/drafts/*", "/drafts/x/", true},
      {"https://*.example.org/*", "https://cdn.example.org/a", true},
      {"*.pdf", "a/b.pdf", true},
      {"*.pdf", "a/b.pdfx", false},
      {"a**b", "ab", true},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(GlobMatch(c.pattern, c.text), c.want) << c.pattern << " " << c.text;
  }
}

TEST(CheckOptionsTest, Ignores) {
  CheckOptions o;
  o.ignore_urls = {"https://twitter.com/*"};
  o.ignore_files = {"drafts/*"};
  EXPECT_TRUE(o.IgnoresUrl("https://twitter.com/kiln"));
  EXPECT_FALSE(o.IgnoresUrl("https://example.org/"));
  EXPECT_TRUE(o.IgnoresFile("drafts/a/index.html"));
  EXPECT_FALSE(o.IgnoresFile("posts/a/index.html"));
}

}  // namespace
}  // namespace kiln::check
