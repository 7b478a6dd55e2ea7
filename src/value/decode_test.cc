#include "value/decode.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "testing/status_matchers.h"

namespace kiln {
namespace {

// A one-line rendering with types, so each case compares one string.
std::string Dump(const Value& v) {
  switch (v.kind()) {
    case ValueKind::kNull:
      return "nil";
    case ValueKind::kBool:
      return v.AsBool() ? "true" : "false";
    case ValueKind::kInt:
      return "int " + std::to_string(v.AsInt());
    case ValueKind::kFloat: {
      if (std::isinf(v.AsFloat())) return v.AsFloat() > 0 ? "float +Inf" : "float -Inf";
      if (std::isnan(v.AsFloat())) return "float NaN";
      std::string s = std::to_string(v.AsFloat());
      while (s.back() == '0') s.pop_back();
      if (s.back() == '.') s.pop_back();
      return "float " + s;
    }
    case ValueKind::kString:
      return "\"" + v.AsString() + "\"";
    case ValueKind::kTime: {
      const Time& t = v.AsTime();
      return "time " + std::to_string(t.unix_seconds) + "." + std::to_string(t.nanos) + " " +
             std::to_string(t.utc_offset_seconds) + " \"" + t.zone_name + "\"";
    }
    case ValueKind::kList: {
      std::string out = "[";
      for (const Value& item : v.AsList()) {
        if (out.size() > 1) out += ", ";
        out += Dump(item);
      }
      return out + "]";
    }
    case ValueKind::kMap: {
      std::string out = "{";
      for (const auto& [key, item] : v.AsMap()) {
        if (out.size() > 1) out += ", ";
        out += key + ": " + Dump(item);
      }
      return out + "}";
    }
    case ValueKind::kObject:
      return "object";
  }
  return "?";
}

struct DecodeCase {
  DataFormat format;
  std::string text;
  std::string want;  // Dump of the result
};

class DecodeTest : public ::testing::TestWithParam<DecodeCase> {};

TEST_P(DecodeTest, Decodes) {
  const DecodeCase& c = GetParam();
  ASSERT_OK_AND_ASSIGN(Value v, DecodeData(c.format, c.text, "data/x"));
  EXPECT_EQ(Dump(v), c.want) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Toml, DecodeTest,
    ::testing::Values(
        DecodeCase{DataFormat::kToml, "", "{}"},
        DecodeCase{DataFormat::kToml, "# comment only\n", "{}"},
        DecodeCase{DataFormat::kToml, "a = 1\nb = 1.5\nc = true\nd = 'x'\nCamel = \"v\"\n",
                   "{Camel: \"v\", a: int 1, b: float 1.5, c: true, d: \"x\"}"},
        DecodeCase{DataFormat::kToml, "h = [1, 2.5, \"x\"]\n[sub]\nx = -7\n[[arr]]\nk = 1\n",
                   "{arr: [{k: int 1}], h: [int 1, float 2.5, \"x\"], sub: {x: int -7}}"},
        DecodeCase{DataFormat::kToml, "f = inf\ng = -inf\nn = nan\n",
                   "{f: float +Inf, g: float -Inf, n: float NaN}"},
        DecodeCase{DataFormat::kToml, "c = 1979-05-27T07:32:00Z\n",
                   "{c: time 296638320.0 0 \"UTC\"}"},
        DecodeCase{DataFormat::kToml, "d = 1979-05-27T07:32:00.5-08:00\n",
                   "{d: time 296667120.500000000 -28800 \"\"}"},
        DecodeCase{DataFormat::kToml, "e = 1979-05-27T07:32:00\nf = 1979-05-27\ng = 07:32:00.250\n",
                   "{e: \"1979-05-27T07:32:00\", f: \"1979-05-27\", g: \"07:32:00.25\"}"},
        DecodeCase{DataFormat::kToml, "old = 1900-01-01T00:00:00Z\n",
                   "{old: time -2208988800.0 0 \"UTC\"}"}));

INSTANTIATE_TEST_SUITE_P(
    Yaml, DecodeTest,
    ::testing::Values(
        DecodeCase{DataFormat::kYaml, "", "{}"},
        DecodeCase{DataFormat::kYaml, "# only a comment\n", "nil"},
        DecodeCase{DataFormat::kYaml, "- 1\n- b\n", "[int 1, \"b\"]"},
        DecodeCase{DataFormat::kYaml, "a: 1\n---\nb: 2\n", "{a: int 1}"},
        DecodeCase{DataFormat::kYaml, "a: yes\nb: no\nc: on\nd: OFF\ne: Y\nf: true\ng: False\n",
                   "{a: true, b: false, c: true, d: false, e: true, f: true, g: false}"},
        DecodeCase{DataFormat::kYaml, "a: ~\nb: null\nc:\nd: NULL\ne: 'null'\n",
                   "{a: nil, b: nil, c: nil, d: nil, e: \"null\"}"},
        DecodeCase{DataFormat::kYaml,
                   "a: 12\nb: -3\nc: 0x1F\nd: 017\ne: 0o17\nf: 1_000\ng: -0b101\nh: +5\n",
                   "{a: int 12, b: int -3, c: int 31, d: int 15, e: int 15, f: int 1000, "
                   "g: int -5, h: int 5}"},
        DecodeCase{
            DataFormat::kYaml,
            "a: 1.5\nb: 1e3\nc: .inf\nd: -.Inf\ne: .NaN\nf: 08\ng: .5\nh: 9223372036854775808\n",
            "{a: float 1.5, b: float 1000, c: float +Inf, d: float -Inf, e: float NaN, "
            "f: float 8, g: float 0.5, h: float 9223372036854775808}"},
        DecodeCase{DataFormat::kYaml,
                   "a: 2023-01-02\nb: 2023-01-02T10:00:00Z\nc: 190:20:30\nd: 1.2.3\ne: \"12\"\n",
                   "{a: \"2023-01-02\", b: \"2023-01-02T10:00:00Z\", c: \"190:20:30\", "
                   "d: \"1.2.3\", e: \"12\"}"},
        DecodeCase{DataFormat::kYaml, "a: 1.\nb: -.5e3\nc: 1e\nd: +1.5\ne: 1.5e+2\nf: 1_0.5\n",
                   "{a: float 1, b: float -500, c: \"1e\", d: float 1.5, e: float 150, "
                   "f: float 10.5}"},
        DecodeCase{DataFormat::kYaml, "a: !!str 12\nb: !!int \"12\"\nc: !!float 3\nd: |\n  x\n",
                   "{a: \"12\", b: int 12, c: float 3, d: \"x\n\"}"},
        DecodeCase{DataFormat::kYaml, "1: a\n1.5: b\nn: c\n~: d\n08: e\n2e6: f\n",
                   "{1: \"a\", 1.5: \"b\", 2e+06: \"f\", 8: \"e\", <nil>: \"d\", false: \"c\"}"},
        DecodeCase{DataFormat::kYaml, "o: [1, two]\np: {x: 1}\nCamelKey: v\n",
                   "{CamelKey: \"v\", o: [int 1, \"two\"], p: {x: int 1}}"},
        DecodeCase{DataFormat::kYaml,
                   "x: &a {p: 1, q: 1}\nw: &b {q: 3, r: 3}\nm:\n  p: 2\n  <<: *a\n"
                   "z:\n  <<: [*a, *b]\n",
                   "{m: {p: int 1, q: int 1}, w: {q: int 3, r: int 3}, x: {p: int 1, q: int 1}, "
                   "z: {p: int 1, q: int 1, r: int 3}}"}));

INSTANTIATE_TEST_SUITE_P(
    Json, DecodeTest,
    ::testing::Values(DecodeCase{DataFormat::kJson, "", "{}"},
                      DecodeCase{
                          DataFormat::kJson,
                          R"({"a": 1, "b": 1.5, "c": [1, "x", null], "d": {"e": true}, "E": 1e3})",
                          "{E: float 1000, a: float 1, b: float 1.5, c: [float 1, \"x\", nil], "
                          "d: {e: true}}"},
                      DecodeCase{DataFormat::kJson, "[1, 2]", "[float 1, float 2]"}));

struct ErrorCase {
  DataFormat format;
  std::string text;
  int first_line;
  std::string want;  // Status::ToString()
};

class DecodeErrorTest : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(DecodeErrorTest, ReportsLocation) {
  const ErrorCase& c = GetParam();
  StatusOr<Value> v = DecodeData(c.format, c.text, "content/p.md", c.first_line);
  ASSERT_FALSE(v.ok());
  EXPECT_EQ(v.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(v.status().ToString(), c.want);
}

INSTANTIATE_TEST_SUITE_P(
    All, DecodeErrorTest,
    ::testing::Values(
        ErrorCase{DataFormat::kToml, "title = \"x\"\ndate = 2023-13-01\n", 1,
                  "content/p.md:2:15: invalid TOML: Error while parsing date: expected month "
                  "between 1 and 12 (inclusive), saw 13\n  date = 2023-13-01\n                ^"},
        ErrorCase{DataFormat::kToml, "a = 1\na = 2\n", 2,
                  "content/p.md:3:5: invalid TOML: Error while parsing key-value pair: cannot "
                  "redefine existing integer 'a'\n  a = 2\n      ^"},
        ErrorCase{DataFormat::kToml, "title = \n", 1,
                  "content/p.md:1:9: invalid TOML: Error while parsing key-value pair: expected "
                  "value, saw '\\n'\n  title = \n          ^"},
        ErrorCase{DataFormat::kYaml, "title: x\n  bad: [\n", 2,
                  "content/p.md:3:6: invalid YAML: mapping values are not allowed in this "
                  "context\n    bad: [\n       ^"},
        ErrorCase{DataFormat::kYaml, "a: *nope\n", 1,
                  "content/p.md:1:4: invalid YAML: unknown anchor 'nope' referenced\n"
                  "  a: *nope\n     ^"},
        ErrorCase{DataFormat::kYaml, "? [1, 2]\n: x\n", 1,
                  "content/p.md:1:3: invalid YAML: invalid map key: a key must be a scalar\n"
                  "  ? [1, 2]\n    ^"},
        ErrorCase{DataFormat::kYaml, "a: !!int x\n", 1,
                  "content/p.md:1:4: invalid YAML: cannot decode x as !!int\n  a: !!int x\n     ^"},
        ErrorCase{DataFormat::kJson, "\n", 1,
                  "content/p.md:2:1: unmarshal failed: unexpected end of JSON input"},
        ErrorCase{DataFormat::kJson, "{\n  \"a\": 1,\n  \"b\" 2\n}\n", 1,
                  "content/p.md:3:7: unmarshal failed: invalid character '2' after object key\n"
                  "    \"b\" 2\n        ^"}));

TEST(DataFormatTest, FromExtension) {
  EXPECT_EQ(DataFormatFromExtension(".toml"), DataFormat::kToml);
  EXPECT_EQ(DataFormatFromExtension("TOML"), DataFormat::kToml);
  EXPECT_EQ(DataFormatFromExtension(".yaml"), DataFormat::kYaml);
  EXPECT_EQ(DataFormatFromExtension(".YML"), DataFormat::kYaml);
  EXPECT_EQ(DataFormatFromExtension(".json"), DataFormat::kJson);
  EXPECT_EQ(DataFormatFromExtension(".md"), std::nullopt);
  EXPECT_EQ(DataFormatFromExtension(""), std::nullopt);
  EXPECT_STREQ(DataFormatName(DataFormat::kYaml), "yaml");
}

}  // namespace
}  // namespace kiln
