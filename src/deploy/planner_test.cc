#include "deploy/planner.h"

#include <gtest/gtest.h>

#include "testing/status_matchers.h"

namespace kiln::deploy {
namespace {

LocalFile File(std::string path, std::string md5, uint64_t size = 10) {
  LocalFile f;
  f.key = path;
  f.path = std::move(path);
  f.md5_hex = std::move(md5);
  f.size = size;
  f.headers = {DefaultCacheControl(f.path), ContentTypeFor(f.path), ""};
  f.phase = PhaseFor(f.path);
  return f;
}

RemoteEntry Same(const LocalFile& f) { return {f.size, f.md5_hex, f.headers}; }

Target TestTarget() {
  Target t;
  t.name = "t";
  return t;
}

std::vector<std::string> UploadPaths(const Plan& plan, const std::vector<LocalFile>& files) {
  std::vector<std::string> out;
  for (const PlannedUpload& u : plan.uploads)
    out.push_back(files[u.file].path + ": " + UploadReasonText(u));
  return out;
}

TEST(PlannerTest, ReasonsPerFile) {
  std::vector<LocalFile> files = {File("a.png", "11"), File("b.png", "22"), File("c.png", "33"),
                                  File("d.png", "44"), File("e.png", "55"), File("f.png", "66")};
  RemoteIndex remote;
  remote["a.png"] = Same(files[0]);                // unchanged
  remote["b.png"] = {99, "22", files[1].headers};  // size differs
  remote["c.png"] = {10, "ff", files[2].headers};  // md5 differs
  remote["d.png"] = {10, "", files[3].headers};    // multipart ETag, no md5chksum
  remote["e.png"] = {10, "55", ObjectHeaders{"max-age=1", "image/png", ""}};
  // f.png is new.
  Plan plan = MakePlan(files, remote, TestTarget(), {});
  EXPECT_EQ(UploadPaths(plan, files),
            (std::vector<std::string>{
                "b.png: size differs", "c.png: md5 differs", "d.png: remote md5 missing",
                "e.png: headers differ: Cache-Control \"max-age=1\" -> \"public, max-age=3600\"",
                "f.png: not found at target"}));
  EXPECT_EQ(plan.upload_bytes, 50u);
  EXPECT_EQ(plan.uploads[0].previous->size, 99u) << "keeps what it replaces";
  EXPECT_FALSE(plan.uploads[4].previous.has_value());

  Plan forced = MakePlan(files, remote, TestTarget(), {.force = true});
  EXPECT_EQ(forced.uploads.size(), 6u);
  EXPECT_EQ(UploadReasonText(forced.uploads[0]), "--force");
}

TEST(PlannerTest, GroupsAssetsThenStylesThenPagesThenLinkOrder) {
  std::vector<LocalFile> files = {File("index.html", "1"), File("new/index.html", "2"),
                                  File("css/a.css", "3"),  File("img/a.png", "4"),
                                  File("img/b.jpg", "5"),  File("index.xml", "6")};
  files[0].links = {"new/index.html"};
  files[1].links = {"index.html"};  // a link back to a page that already exists
  RemoteIndex remote;
  remote["index.html"] = {1, "old", files[0].headers};
  Plan plan = MakePlan(files, remote, TestTarget(), {});
  std::vector<std::vector<std::string>> groups;
  for (const auto& g : plan.groups) {
    groups.emplace_back();
    for (size_t i : g) groups.back().push_back(files[plan.uploads[i].file].path);
  }
  EXPECT_EQ(groups, (std::vector<std::vector<std::string>>{{"img/a.png", "img/b.jpg"},
                                                           {"css/a.css"},
                                                           {"index.xml", "new/index.html"},
                                                           {"index.html"}}));
}

TEST(PlannerTest, OrderPatternsRefineWithinAPhase) {
  std::vector<LocalFile> files = {File("a.png", "1"), File("b.jpg", "2"), File("c.gif", "3")};
  files[1].order_group = 0;  // order = [".jpg$", ".gif$"]
  files[2].order_group = 1;
  files[0].order_group = 2;
  Plan plan = MakePlan(files, {}, TestTarget(), {});
  ASSERT_EQ(plan.groups.size(), 3u);
  EXPECT_EQ(files[plan.uploads[plan.groups[0][0]].file].path, "b.jpg");
  EXPECT_EQ(files[plan.uploads[plan.groups[1][0]].file].path, "c.gif");
  EXPECT_EQ(files[plan.uploads[plan.groups[2][0]].file].path, "a.png");
}

TEST(PlannerTest, CyclesOfNewPagesStillPlan) {
  std::vector<LocalFile> files = {File("a.html", "1"), File("b.html", "2")};
  files[0].links = {"b.html"};
  files[1].links = {"a.html"};
  Plan plan = MakePlan(files, {}, TestTarget(), {});
  EXPECT_EQ(plan.uploads.size(), 2u);
}

TEST(PlannerTest, DeletesRespectMaxIncludeExcludeAndReservedKeys) {
  Target target = TestTarget();
  target.bucket.prefix = "site/";
  ASSERT_OK_AND_ASSIGN(Glob exclude, Glob::Compile("keep/**"));
  target.exclude = exclude;
  std::vector<LocalFile> files = {File("a.html", "1")};
  files[0].key = "site/a.html";
  RemoteIndex remote;
  remote["site/a.html"] = Same(files[0]);
  remote["site/gone.html"] = {};
  remote["site/old/"] = {};  // a stripIndexHTML key
  remote["site/keep/x.pdf"] = {};
  remote["site/.kiln/manifest.json"] = {};
  Plan plan = MakePlan(files, remote, target, {});
  EXPECT_EQ(plan.deletes, (std::vector<std::string>{"site/gone.html", "site/old/"}));
  Plan capped = MakePlan(files, remote, target, {.max_deletes = 1});
  EXPECT_TRUE(capped.deletes.empty());
  EXPECT_EQ(capped.skipped_deletes, 2u);
  Plan unlimited = MakePlan(files, remote, target, {.max_deletes = -1});
  EXPECT_EQ(unlimited.deletes.size(), 2u);
}

}  // namespace
}  // namespace kiln::deploy
