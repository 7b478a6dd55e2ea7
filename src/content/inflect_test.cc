#include "content/inflect.h"

#include <gtest/gtest.h>

namespace kiln {
namespace {

// Every pair observed from hugo 0.111.3's section titles.
TEST(PluralizeTest, MatchesHugo) {
  const std::pair<const char*, const char*> kCases[] = {
      {"blog", "blogs"},
      {"news-item", "news-items"},
      {"category", "categories"},
      {"box", "boxes"},
      {"person", "people"},
      {"child", "children"},
      {"data", "data"},
      {"series", "series"},
      {"analysis", "analyses"},
      {"index", "indices"},
      {"city", "cities"},
      {"day", "days"},
      {"quiz", "quizzes"},
      {"hero", "heroes"},
      {"photo", "photos"},
      {"mouse", "mice"},
      {"leaf", "leafs"},
      {"life", "lives"},
      {"bus", "buses"},
      {"alias", "aliases"},
      {"cactus", "cacti"},
      {"campus", "campuses"},
      {"church", "churches"},
      {"class", "classes"},
      {"fish", "fish"},
      {"focus", "foci"},
      {"foot", "feet"},
      {"information", "information"},
      {"key", "keys"},
      {"kilo", "kiloes"},
      {"knife", "knives"},
      {"man", "men"},
      {"memo", "memoes"},
      {"news", "news"},
      {"octopus", "octopi"},
      {"potato", "potatoes"},
      {"radio", "radios"},
      {"roof", "roofs"},
      {"sheep", "sheep"},
      {"status", "statuses"},
      {"tooth", "teeth"},
      {"toy", "toys"},
      {"video", "videoes"},
      {"virus", "viri"},
      {"wife", "wives"},
      {"wish", "wishes"},
      {"wolf", "wolves"},
      {"woman", "women"},
      {"posts", "posts"},
  };
  for (const auto& [one, many] : kCases) EXPECT_EQ(Pluralize(one), many) << one;
}

}  // namespace
}  // namespace kiln
