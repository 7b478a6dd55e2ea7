// The failure paths of getJSON and getCSV, with hugo 0.111.3's messages (logged, not
// returned); the happy paths are in the fn_get_data golden site.
#include "hugo/data_funcs.h"

#include <gtest/gtest.h>

#include "hugo/test_helpers.h"
#include "testing/status_matchers.h"

namespace kiln::hugo {
namespace {

std::string Logged(const BuildLog& log) {
  std::string out;
  for (const LogEntry& e : log.entries()) {
    out += std::string(LogLevelName(e.level)) + " " + e.message + "\n";
  }
  return out;
}

TEST(DataFuncsTest, FailuresAreLoggedAndReturnNothing) {
  MemoryFileSystem fs;
  ASSERT_OK(fs.WriteFile("site/d/x.csv", "name;age\n\"al;ice\";\"4\"\n"));
  ASSERT_OK(fs.WriteFile("site/d/bad.json", "{"));
  ASSERT_OK(fs.WriteFile("site/d/worse.json", "{\n  \"a\": 1,\n  \"b\": x\n}\n"));
  const std::string kHint =
      "\nIf you feel that this should not be logged as an ERROR, you can ignore it by adding "
      "this to your site config:\nignoreErrors = [";
  const struct {
    const char* tmpl;
    const char* output;
    std::string log;
  } kCases[] = {
      {"{{ $j := getJSON \"d/\" \"missing.json\" }}|", "|",
       "ERROR Failed to get JSON resource \"d/missing.json\": open site/d/missing.json: no "
       "such file or directory" +
           kHint + "\"error-remote-getjson\"]\n"},
      {"{{ $j := getJSON \"d/bad.json\" }}|", "|",
       "ERROR Failed to get JSON resource \"d/bad.json\": unexpected end of JSON input" + kHint +
           "\"error-remote-getjson\"]\n"},
      {"{{ $j := getJSON \"d/worse.json\" }}|", "|",
       "ERROR Failed to get JSON resource \"d/worse.json\": invalid character 'x' looking for "
       "beginning of value" +
           kHint + "\"error-remote-getjson\"]\n"},
      {"{{ getCSV \",\" \"d/x.csv\" }}", "[]",
       "ERROR Failed to get CSV resource \"d/x.csv\": failed to parse CSV file d/x.csv: parse "
       "error on line 2, column 8: extraneous or missing \" in quoted-field" +
           kHint + "\"error-remote-getcsv\"]\n"},
      {"{{ getCSV \";;\" \"d/x.csv\" }}", "[]",
       "ERROR Failed to get CSV resource \"d/x.csv\": Incorrect length of CSV separator: ;;" +
           kHint + "\"error-remote-getcsv\"]\n"},
      {"{{ $j := getJSON \"https://example.com/\" \"x.json\" }}|", "|",
       "ERROR Failed to get JSON resource \"https://example.com/x.json\": remote resources are "
       "not fetched: kiln builds offline" +
           kHint + "\"error-remote-getjson\"]\n"},
  };
  for (const auto& c : kCases) {
    BuildLog log;
    tmpl::FuncMap funcs = tmpl::NewBuiltinFuncMap();
    RegisterDataFuncs(&fs, "site", funcs::IgnorableLog(&log, {}), &funcs);
    EXPECT_EQ(OutputOrCallError(&funcs, c.tmpl), c.output) << c.tmpl;
    EXPECT_EQ(Logged(log), c.log) << c.tmpl;
  }
}

TEST(DataFuncsTest, IgnoreErrorsSilencesTheirIds) {
  MemoryFileSystem fs;
  BuildLog log;
  tmpl::FuncMap funcs = tmpl::NewBuiltinFuncMap();
  RegisterDataFuncs(&fs, "site", funcs::IgnorableLog(&log, {"Error-Remote-GetJSON"}), &funcs);
  EXPECT_EQ(OutputOrCallError(&funcs, "{{ $j := getJSON \"nope.json\" }}|"), "|");
  EXPECT_EQ(log.errors(), 0);
}

}  // namespace
}  // namespace kiln::hugo
