#include "publish/publisher.h"

#include <gtest/gtest.h>

#include "testing/status_matchers.h"

namespace kiln {
namespace {

using Files = std::map<std::string, std::string>;

TEST(DirectoryPublisherTest, SwapsInAndKeepsStaleFilesUnlessCleaning) {
  for (bool clean : {false, true}) {
    MemoryFileSystem fs;
    ASSERT_OK(fs.WriteFile("site/public/old.txt", "old"));
    ASSERT_OK(fs.WriteFile("site/public/a.html", "previous"));
    {
      ASSERT_OK_AND_ASSIGN(auto pub, DirectoryPublisher::Create(&fs, "site/public", clean));
      ASSERT_OK(pub->Write("a.html", "new"));
      ASSERT_OK(pub->Write("d/b.html", "b"));
      EXPECT_EQ(fs.Snapshot("site/public"), (Files{{"a.html", "previous"}, {"old.txt", "old"}}));
      ASSERT_OK(pub->Commit());
    }
    Files want = {{"a.html", "new"}, {"d/b.html", "b"}};
    if (!clean) want["old.txt"] = "old";
    EXPECT_EQ(fs.Snapshot(),
              [&] {
                Files all;
                for (const auto& [k, v] : want) all["site/public/" + k] = v;
                return all;
              }())
        << "clean=" << clean;
  }
}

TEST(DirectoryPublisherTest, AbandonedBuildLeavesPreviousOutput) {
  MemoryFileSystem fs;
  ASSERT_OK(fs.WriteFile("public/a.html", "previous"));
  {
    ASSERT_OK_AND_ASSIGN(auto pub, DirectoryPublisher::Create(&fs, "public", true));
    ASSERT_OK(pub->Write("a.html", "half"));
  }
  EXPECT_EQ(fs.Snapshot(), (Files{{"public/a.html", "previous"}}));
}

TEST(DirectoryPublisherTest, FirstBuildCreatesDirectory) {
  MemoryFileSystem fs;
  ASSERT_OK_AND_ASSIGN(auto pub, DirectoryPublisher::Create(&fs, "out", false));
  ASSERT_OK(pub->Write("index.html", "x"));
  ASSERT_OK(pub->Commit());
  EXPECT_EQ(fs.Snapshot(), (Files{{"out/index.html", "x"}}));
}

TEST(MemoryPublisherTest, CollectsFiles) {
  MemoryPublisher pub;
  ASSERT_OK(pub.Write("a", "1"));
  ASSERT_OK(pub.Commit());
  EXPECT_TRUE(pub.committed());
  EXPECT_EQ(pub.files(), (Files{{"a", "1"}}));
}

}  // namespace
}  // namespace kiln
