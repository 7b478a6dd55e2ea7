#include "content/git_info.h"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "testing/status_matchers.h"

namespace kiln {
namespace {

TEST(GitHistoryParseTest, KeepsEachFilesNewestCommit) {
  std::string log =
      "\x1e"
      "bbb\x1f"
      "bb\x1f"
      "second\x1f"
      "Ann\x1f"
      "ann@x.org\x1f"
      "2022-01-02 03:04:05 +0200\x1f"
      "2022-01-03 00:00:00 -0500\x1d\n"
      "content/a.md\n\n"
      "\x1e"
      "aaa\x1f"
      "aa\x1f"
      "first\x1f"
      "Bob\x1f"
      "bob@x.org\x1f"
      "2021-01-01 00:00:00 +0000\x1f"
      "2021-01-01 00:00:00 +0000\x1d\n"
      "content/a.md\ncontent/b.md\n";
  ASSERT_OK_AND_ASSIGN(GitHistory h, GitHistory::Parse("/repo", log));
  EXPECT_EQ(h.size(), 2u);
  std::optional<GitInfo> a = h.Find("/repo/content/a.md");
  ASSERT_TRUE(a.has_value());
  EXPECT_EQ(a->hash, "bbb");
  EXPECT_EQ(a->abbreviated_hash, "bb");
  EXPECT_EQ(a->subject, "second");
  EXPECT_EQ(a->author_name, "Ann");
  EXPECT_EQ(a->author_email, "ann@x.org");
  EXPECT_EQ(a->author_date.unix_seconds, 1641085445);
  EXPECT_EQ(a->author_date.utc_offset_seconds, 7200);
  EXPECT_EQ(a->commit_date.utc_offset_seconds, -18000);
  std::optional<GitInfo> b = h.Find("/repo/content/b.md");
  ASSERT_TRUE(b.has_value());
  EXPECT_EQ(b->hash, "aaa");
  EXPECT_FALSE(h.Find("/repo/content/c.md").has_value());
  EXPECT_FALSE(h.Find("/other/content/a.md").has_value());
  EXPECT_FALSE(h.Find("/repox/content/a.md").has_value());
}

TEST(GitHistoryParseTest, RejectsMalformedEntries) {
  EXPECT_FALSE(GitHistory::Parse("/r",
                                 "\x1e"
                                 "only\x1f"
                                 "two\x1d\nf\n")
                   .ok());
  EXPECT_FALSE(GitHistory::Parse("/r",
                                 "\x1e"
                                 "no files marker")
                   .ok());
}

bool HaveGit() { return std::system("git --version >/dev/null 2>&1") == 0; }

// Runs a shell command in `dir`, failing the test when it fails.
void Sh(const std::filesystem::path& dir, const std::string& cmd) {
  std::string full = "cd '" + dir.string() + "' && " + cmd + " >/dev/null 2>&1";
  ASSERT_EQ(std::system(full.c_str()), 0) << cmd;
}

TEST(GitHistoryLoadTest, ReadsARealRepository) {
  if (!HaveGit()) GTEST_SKIP() << "git is not on PATH";
  std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("kiln_git_info_test_" + std::to_string(getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir / "content");
  std::string commit =
      "git -c user.name='Ann Lee' -c user.email=ann@x.org -c commit.gpgsign=false commit -q -m ";
  Sh(dir, "git init -q .");
  std::ofstream(dir / "content/a.md") << "a\n";
  std::ofstream(dir / "content/b.md") << "b\n";
  Sh(dir,
     "git add . && GIT_AUTHOR_DATE='2021-03-04T05:06:07+02:00' "
     "GIT_COMMITTER_DATE='2021-03-05T00:00:00+00:00' " +
         commit + "'first one'");
  std::ofstream(dir / "content/a.md") << "a2\n";
  Sh(dir,
     "git add . && GIT_AUTHOR_DATE='2022-01-02T03:04:05-05:00' "
     "GIT_COMMITTER_DATE='2022-01-03T00:00:00-05:00' " +
         commit + "'second one'");
  std::ofstream(dir / "content/untracked.md") << "u\n";

  StatusOr<GitHistory> h = GitHistory::Load((dir / "content").string());
  ASSERT_OK(h.status());
  std::string top = std::filesystem::canonical(dir).string();
  std::optional<GitInfo> a = h->Find(top + "/content/a.md");
  std::optional<GitInfo> b = h->Find(top + "/content/b.md");
  ASSERT_TRUE(a.has_value());
  ASSERT_TRUE(b.has_value());
  EXPECT_EQ(a->subject, "second one");
  EXPECT_EQ(b->subject, "first one");
  EXPECT_EQ(a->hash.size(), 40u);
  EXPECT_TRUE(a->hash.starts_with(a->abbreviated_hash));
  EXPECT_NE(a->hash, b->hash);
  EXPECT_EQ(a->author_name, "Ann Lee");
  EXPECT_EQ(a->author_email, "ann@x.org");
  EXPECT_EQ(a->author_date.unix_seconds, 1641110645);
  EXPECT_EQ(a->author_date.utc_offset_seconds, -18000);
  EXPECT_EQ(b->author_date.unix_seconds, 1614827167);
  EXPECT_EQ(b->commit_date.unix_seconds, 1614902400);
  EXPECT_FALSE(h->Find(top + "/content/untracked.md").has_value());
  std::filesystem::remove_all(dir);

  // Outside any repository git's error comes back.
  std::filesystem::path outside =
      std::filesystem::temp_directory_path() / ("kiln_git_info_none_" + std::to_string(getpid()));
  std::filesystem::create_directories(outside);
  setenv("GIT_CEILING_DIRECTORIES", outside.parent_path().c_str(), 1);
  StatusOr<GitHistory> none = GitHistory::Load(outside.string());
  unsetenv("GIT_CEILING_DIRECTORIES");
  std::filesystem::remove_all(outside);
  ASSERT_FALSE(none.ok());
  EXPECT_NE(none.status().message().find("not a git repository"), std::string::npos);
}

}  // namespace
}  // namespace kiln
