#include "base/file_system.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "testing/status_matchers.h"

namespace kiln {
namespace {

// The same contract, checked on both implementations.
void ExerciseFileSystem(FileSystem& fs, const std::string& root) {
  ASSERT_OK(fs.WriteFile(root + "/a/b.txt", "bee"));
  ASSERT_OK(fs.WriteFile(root + "/a/c/d.txt", "dee"));
  ASSERT_OK(fs.MakeDirs(root + "/empty"));
  ASSERT_OK_AND_ASSIGN(std::string b, fs.ReadFile(root + "/a/b.txt"));
  EXPECT_EQ(b, "bee");
  EXPECT_EQ(fs.ReadFile(root + "/nope").status().code(), StatusCode::kNotFound);
  ASSERT_OK_AND_ASSIGN(auto entries, fs.ListDir(root + "/a"));
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].name, "b.txt");
  EXPECT_FALSE(entries[0].is_dir);
  EXPECT_EQ(entries[0].size, 3u);
  EXPECT_EQ(entries[1].name, "c");
  EXPECT_TRUE(entries[1].is_dir);
  EXPECT_TRUE(fs.IsDir(root + "/empty"));
  EXPECT_TRUE(fs.IsDir(root + "/a/c"));
  EXPECT_FALSE(fs.Exists(root + "/a/x"));
  ASSERT_OK(fs.Rename(root + "/a", root + "/z"));
  EXPECT_FALSE(fs.Exists(root + "/a/b.txt"));
  ASSERT_OK_AND_ASSIGN(std::string d, fs.ReadFile(root + "/z/c/d.txt"));
  EXPECT_EQ(d, "dee");
  ASSERT_OK(fs.RemoveAll(root + "/z"));
  EXPECT_FALSE(fs.Exists(root + "/z"));
  ASSERT_OK(fs.RemoveAll(root + "/never-was"));
}

TEST(FileSystemTest, Memory) {
  MemoryFileSystem fs;
  ExerciseFileSystem(fs, "site");
  ASSERT_OK(fs.WriteFile("out/x/index.html", "1"));
  EXPECT_EQ(fs.Snapshot("out"), (std::map<std::string, std::string>{{"x/index.html", "1"}}));
}

TEST(FileSystemTest, Real) {
  std::string root = ::testing::TempDir() + "/kiln_fs_test";
  std::filesystem::remove_all(root);
  RealFileSystem fs;
  ExerciseFileSystem(fs, root);
  std::filesystem::remove_all(root);
}

TEST(FileSystemTest, FaultInjection) {
  MemoryFileSystem mem;
  FaultInjectingFileSystem fs(&mem, [](std::string_view op, const std::string& path) {
    return op == "write" && path.ends_with(".html");
  });
  EXPECT_OK(fs.WriteFile("a.css", "x"));
  Status s = fs.WriteFile("a.html", "x");
  EXPECT_EQ(s.code(), StatusCode::kIo);
  EXPECT_FALSE(mem.Exists("a.html"));
}

}  // namespace
}  // namespace kiln
