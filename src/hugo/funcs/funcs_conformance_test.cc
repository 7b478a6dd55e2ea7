// Runs every case of testdata/funcs/*.txtar (generated with hugo by tools/funcs/gen.py):
// the template N.tmpl, parsed and HTML-escaped as a home page layout and executed with no
// data, must print N.out byte for byte, or fail with the message N.err.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/txtar.h"
#include "hugo/funcs/funcs.h"
#include "template/template_set.h"

namespace kiln::funcs {
namespace {

std::string ReadFile(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string Chop(std::string s) {
  if (!s.empty() && s.back() == '\n') s.pop_back();
  return s;
}

class FuncsConformance : public testing::TestWithParam<std::string> {};

TEST_P(FuncsConformance, MatchesHugo) {
  tmpl::FuncMap funcs = tmpl::NewBuiltinFuncMap();
  RegisterAllFuncs(&funcs);
  TxtarArchive archive = ParseTxtar(ReadFile("testdata/funcs/" + GetParam() + ".txtar"));
  int cases = 0;
  for (const TxtarFile& f : archive.files) {
    if (!f.name.ends_with(".tmpl")) continue;
    std::string id = f.name.substr(0, f.name.size() - 5);
    const TxtarFile* out = archive.Find(id + ".out");
    const TxtarFile* err = archive.Find(id + ".err");
    ASSERT_TRUE(out || err) << id;
    ++cases;
    std::string text = Chop(f.data);
    tmpl::TemplateSet set(&funcs);
    std::string got;
    Status s = set.Parse("index.html", text);
    if (s.ok()) s = set.EscapeHTML("index.html");
    if (s.ok()) s = set.Execute("index.html", Value(), &got);
    if (out) {
      EXPECT_TRUE(s.ok()) << GetParam() << " " << id << ": " << text << s.message();
      EXPECT_EQ(got, Chop(out->data)) << GetParam() << " " << id << ": " << text;
    } else {
      EXPECT_FALSE(s.ok()) << GetParam() << " " << id << ": " << text;
      EXPECT_EQ(s.message(), Chop(err->data)) << GetParam() << " " << id << ": " << text;
    }
  }
  EXPECT_GT(cases, 0);
}

INSTANTIATE_TEST_SUITE_P(Namespaces, FuncsConformance,
                         testing::Values("cast", "collections", "inflect", "lang", "compare",
                                         "crypto", "encoding", "math", "misc", "path", "safe",
                                         "strings", "time", "transform"));

}  // namespace
}  // namespace kiln::funcs
