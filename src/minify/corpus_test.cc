// The minifier corpus: testdata/minify/TYPE/*.txtar hold inputs ("CASE.in") with the output of
// hugo's own minifier ("CASE.want", plus the newline txtar adds) or its error message
// ("CASE.error"), written by tools/minify/regen. Every case must match byte for byte.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "base/txtar.h"
#include "minify/css_minifier.h"
#include "minify/minify.h"

namespace kiln::minify {
namespace {

namespace fs = std::filesystem;

struct Outcome {
  bool ok;
  std::string text;  // the output, or the error message
};

// Runs the minifier the corpus folder is named after.
Outcome RunMinifier(const std::string& type, const std::string& input) {
  if (type == "cssinline") return {true, MinifyCssInline(input)};
  Kind kind = type == "css"    ? Kind::kCss
              : type == "json" ? Kind::kJson
              : type == "svg"  ? Kind::kSvg
              : type == "xml"  ? Kind::kXml
                               : Kind::kNone;
  StatusOr<std::string> got = Minify(kind, input);
  if (!got.ok()) return {false, got.status().message()};
  return {true, *got};
}

TEST(CorpusTest, MatchesHugo) {
  int cases = 0;
  for (const auto& dir : fs::directory_iterator("testdata/minify")) {
    std::string type = dir.path().filename().string();
    for (const auto& entry : fs::directory_iterator(dir.path())) {
      if (entry.path().extension() != ".txtar") continue;
      std::ifstream file(entry.path(), std::ios::binary);
      std::stringstream text;
      text << file.rdbuf();
      TxtarArchive archive = ParseTxtar(text.str());
      for (const TxtarFile& in : archive.files) {
        if (!in.name.ends_with(".in")) continue;
        std::string name = in.name.substr(0, in.name.size() - 3);
        SCOPED_TRACE(entry.path().string() + ": " + name);
        ++cases;
        Outcome got = RunMinifier(type, in.data);
        if (const TxtarFile* want = archive.Find(name + ".want")) {
          ASSERT_TRUE(got.ok) << got.text;
          EXPECT_EQ(got.text + "\n", want->data);
        } else if (const TxtarFile* error = archive.Find(name + ".error")) {
          ASSERT_FALSE(got.ok) << got.text;
          EXPECT_EQ(got.text + "\n", error->data);
        } else {
          ADD_FAILURE() << "no .want or .error";
        }
      }
    }
  }
  EXPECT_GT(cases, 0);
}

}  // namespace
}  // namespace kiln::minify
