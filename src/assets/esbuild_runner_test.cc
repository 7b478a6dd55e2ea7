#include "assets/esbuild_runner.h"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>

#include "testing/status_matchers.h"

namespace kiln::assets {
namespace {

// Runs the Debian esbuild program (a build dependency, like libsass) in a scratch directory.
class EsbuildRunnerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "kiln-esbuild-test-XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
    options_.working_dir = dir_;
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::string dir_;
  EsbuildOptions options_;
};

TEST_F(EsbuildRunnerTest, BundlesWithOptions) {
  struct Case {
    const char* name;
    bool minify;
    const char* format;
    const char* loader;
    const char* source;
    const char* want;
  } cases[] = {
      {"iife minified", true, "iife", "js", "let a = 1; console.log(a ?? 2);",
       "(()=>{var l=1;console.log(l??2);})();\n"},
      {"esm typescript", false, "esm", "ts", "export const b: number = 2;\n",
       "// <stdin>\nvar b = 2;\nexport {\n  b\n};\n"},
  };
  for (const Case& c : cases) {
    options_.minify = c.minify;
    options_.format = c.format;
    options_.loader = c.loader;
    ASSERT_OK_AND_ASSIGN(std::string out, RunEsbuild(c.source, options_, dir_));
    EXPECT_EQ(out, c.want) << c.name;
  }
}

TEST_F(EsbuildRunnerTest, Errors) {
  StatusOr<std::string> bad = RunEsbuild("import x from './missing';", options_, dir_);
  EXPECT_EQ(bad.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(bad.status().message().find("Could not resolve \"./missing\""), std::string::npos)
      << bad.status().message();

  options_.program = "kiln-no-such-esbuild";
  EXPECT_EQ(RunEsbuild("", options_, dir_).status().message(),
            "cannot run kiln-no-such-esbuild (No such file or directory): js.Build needs "
            "esbuild 0.17 on PATH (Debian package esbuild)");
}

}  // namespace
}  // namespace kiln::assets
