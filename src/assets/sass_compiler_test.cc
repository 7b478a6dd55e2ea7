#include "assets/sass_compiler.h"

#include <gtest/gtest.h>

#include "testing/status_matchers.h"

namespace kiln::assets {
namespace {

// Expected CSS from hugo 0.111.3's toCSS on the same files.
class SassCompilerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_OK(fs_.WriteFile("site/assets/scss/main.scss",
                            "@import \"parts/vars\";\n@import \"themevars\";\n$w: 10px / 3;\n"
                            ".a { color: $c; .b { width: $w; } }\n/* comment */\n"
                            ".c { margin: 0 }\n"));
    ASSERT_OK(fs_.WriteFile("site/assets/scss/parts/_vars.scss", "$c: #ff0000;\n"));
    ASSERT_OK(fs_.WriteFile("theme/assets/scss/_themevars.scss", "$t: blue;\n.t{color:$t}\n"));
    options_.include_paths = {"site/assets/scss", "theme/assets/scss"};
  }

  StatusOr<SassResult> Compile(const std::string& path) {
    StatusOr<std::string> source = fs_.ReadFile(path);
    if (!source.ok()) return source.status();
    return CompileSass(*source, path, options_, fs_);
  }

  MemoryFileSystem fs_;
  SassOptions options_;
};

TEST_F(SassCompilerTest, OutputStyles) {
  struct Case {
    const char* style;
    const char* css;
  } cases[] = {
      {"nested",
       ".t {\n  color: blue; }\n\n.a {\n  color: #ff0000; }\n  .a .b {\n    width: 3.33333333px; }"
       "\n\n/* comment */\n.c {\n  margin: 0; }\n"},
      {"bogus",
       ".t {\n  color: blue; }\n\n.a {\n  color: #ff0000; }\n  .a .b {\n    width: 3.33333333px; }"
       "\n\n/* comment */\n.c {\n  margin: 0; }\n"},
      {"compact",
       ".t { color: blue; }\n\n.a { color: #ff0000; }\n\n.a .b { width: 3.33333333px; }\n\n"
       "/* comment */\n.c { margin: 0; }\n"},
      {"compressed", ".t{color:blue}.a{color:red}.a .b{width:3.33333333px}.c{margin:0}\n"},
  };
  for (const Case& c : cases) {
    options_.output_style = c.style;
    ASSERT_OK_AND_ASSIGN(SassResult r, Compile("site/assets/scss/main.scss"));
    EXPECT_EQ(r.css, c.css) << c.style;
    EXPECT_EQ(r.source_map, "");
  }
}

TEST_F(SassCompilerTest, PrecisionIndentedSyntaxAndSourceMap) {
  options_.precision = 3;
  options_.output_style = "compressed";
  ASSERT_OK_AND_ASSIGN(SassResult r, Compile("site/assets/scss/main.scss"));
  EXPECT_EQ(r.css, ".t{color:blue}.a{color:red}.a .b{width:3.333px}.c{margin:0}\n");

  SassOptions indented;
  indented.indented_syntax = true;
  ASSERT_OK_AND_ASSIGN(SassResult s, CompileSass(".s\n  color: red\n", "x.sass", indented, fs_));
  EXPECT_EQ(s.css, ".s {\n  color: red; }\n");

  options_.source_map_file = "m.css.map";
  options_.output_file = "m.css";
  ASSERT_OK_AND_ASSIGN(SassResult m, Compile("site/assets/scss/main.scss"));
  EXPECT_TRUE(m.css.ends_with("/*# sourceMappingURL=m.css.map */")) << m.css;
  EXPECT_NE(m.source_map.find("\"version\": 3"), std::string::npos) << m.source_map;
}

TEST_F(SassCompilerTest, ErrorsNameFileLineAndColumn) {
  ASSERT_OK(
      fs_.WriteFile("site/assets/scss/bad.scss", "@import \"parts/vars\";\n.a { color: $zz; }\n"));
  ASSERT_OK(fs_.WriteFile("site/assets/scss/bad2.scss", "@import \"missing\";\n"));
  ASSERT_OK(fs_.WriteFile("site/assets/scss/bad3.scss", "@import \"parts/bad3\";\n"));
  ASSERT_OK(fs_.WriteFile("site/assets/scss/parts/_bad3.scss", ".x {\n  a: b\n  c: d;\n"));
  struct Case {
    const char* path;
    const char* error;
  } cases[] = {
      {"site/assets/scss/bad.scss",
       "\"site/assets/scss/bad.scss:2:13\": Undefined variable: \"$zz\"."},
      {"site/assets/scss/bad2.scss",
       "\"site/assets/scss/bad2.scss:1:1\": File to import not found or unreadable: missing."},
      {"site/assets/scss/bad3.scss",
       "\"site/assets/scss/parts/_bad3.scss:3:3\": Invalid CSS after \"  c\": expected \"}\", "
       "was \": d;\""},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Compile(c.path).status().message(), c.error) << c.path;
  }
}

}  // namespace
}  // namespace kiln::assets
