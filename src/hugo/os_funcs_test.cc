// The error paths of the os functions, with hugo 0.111.3's messages; the happy paths are
// in the fn_files golden site.
#include "hugo/os_funcs.h"

#include <gtest/gtest.h>

#include "hugo/test_helpers.h"
#include "testing/status_matchers.h"

namespace kiln::hugo {
namespace {

TEST(OsFuncsTest, Errors) {
  MemoryFileSystem fs;
  ASSERT_OK(fs.WriteFile("site/a.txt", "A"));
  tmpl::FuncMap funcs = tmpl::NewBuiltinFuncMap();
  RegisterOsFuncs(&fs, "site", &funcs);
  const struct {
    const char* tmpl;
    const char* want;
  } kCases[] = {
      {"{{ readFile \"../site/a.txt\" }}|{{ readFile \"x\" }}", "|"},
      {"{{ readFile \"\" }}", "error calling readFile: invalid filename"},
      {"{{ readDir \"nope\" }}",
       "error calling readDir: failed to read directory \"nope\": open site/nope: no such file "
       "or directory"},
      {"{{ os.Stat \"nope\" }}", "error calling Stat: file does not exist"},
      {"{{ getenv \"HOME\" }}",
       "error calling getenv: access denied: \"HOME\" is not whitelisted in policy "
       "\"security.funcs.getenv\""},
  };
  for (const auto& c : kCases) EXPECT_EQ(OutputOrCallError(&funcs, c.tmpl), c.want) << c.tmpl;
}

}  // namespace
}  // namespace kiln::hugo
