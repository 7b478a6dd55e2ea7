#include "hugo/pages_related.h"

#include <algorithm>
#include <set>
#include <string>

#include "value/time_parse.h"

namespace kiln::hugo {
namespace {

struct Index {
  const char* param;  // front-matter key; null for the date index
  int weight;
};

constexpr Index kIndices[] = {{"keywords", 100}, {"date", 10}, {"tags", 80}};
constexpr int kThreshold = 80;

const Time& PublishDate(const Page& p) {
  return p.meta.publish_date.IsZero() ? p.meta.date : p.meta.publish_date;
}

std::set<std::string> Keywords(const Page& p, const Index& index) {
  std::set<std::string> out;
  if (std::string_view(index.param) == "date") {
    const Time& t = p.meta.date;
    if (!t.IsZero()) out.insert(std::to_string(ToCivil(t).year));
    return out;
  }
  const Value* v = p.meta.params.Find(index.param);
  if (v == nullptr) return out;
  if (v->is_string()) out.insert(v->AsString());
  if (v->kind() == ValueKind::kList) {
    for (const Value& k : v->AsList()) {
      if (k.is_string()) out.insert(k.AsString());
    }
  }
  return out;
}

}  // namespace

std::vector<const Page*> RelatedPages(const std::vector<const Page*>& pages, const Page& doc) {
  std::vector<std::set<std::string>> wanted;
  for (const Index& index : kIndices) wanted.push_back(Keywords(doc, index));
  std::vector<std::pair<int, const Page*>> ranked;
  for (const Page* p : pages) {
    if (p == &doc || PublishDate(*p) > PublishDate(doc)) continue;
    int weight = 0;
    for (size_t i = 0; i < std::size(kIndices); ++i) {
      for (const std::string& k : Keywords(*p, kIndices[i])) {
        if (wanted[i].count(k) != 0) weight += kIndices[i].weight;
      }
    }
    if (weight >= kThreshold) ranked.emplace_back(weight, p);
  }
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first > b.first;
    return PublishDate(*a.second) > PublishDate(*b.second);
  });
  std::vector<const Page*> out;
  for (const auto& [weight, p] : ranked) out.push_back(p);
  return out;
}

}  // namespace kiln::hugo
