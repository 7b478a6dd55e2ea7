#include "content/inflect.h"

#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "base/strings.h"

namespace kiln {
namespace {

// testdata/inflect/flect.txt: each line of testdata/inflect/words.txt with the plural,
// singular and humanized forms hugo's inflection library gives (printed by tools/inflect).
TEST(InflectTest, MatchesHugosLibrary) {
  std::ifstream file("testdata/inflect/flect.txt");
  ASSERT_TRUE(file.is_open());
  std::string line;
  int cases = 0;
  while (std::getline(file, line)) {
    std::vector<std::string_view> f = Split(line, '\t');
    ASSERT_EQ(f.size(), 4u) << line;
    EXPECT_EQ(Pluralize(f[0]), f[1]) << "pluralize " << f[0];
    EXPECT_EQ(Singularize(f[0]), f[2]) << "singularize " << f[0];
    EXPECT_EQ(Humanize(f[0]), f[3]) << "humanize " << f[0];
    ++cases;
  }
  EXPECT_EQ(cases, 728);
}

TEST(InflectTest, FirstUpper) {
  const std::pair<const char*, const char*> kCases[] = {
      {"", ""}, {"alphas", "Alphas"}, {"Beta", "Beta"}, {"über", "Über"}, {"1st", "1st"}};
  for (const auto& [in, want] : kCases) EXPECT_EQ(FirstUpper(in), want) << in;
}

}  // namespace
}  // namespace kiln
