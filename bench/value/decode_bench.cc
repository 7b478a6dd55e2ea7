// Front-matter decoding speed: one typical page's front matter in each format, decoded the
// way the content loader decodes it. A 10,000-page site decodes 10,000 of these.
#include <benchmark/benchmark.h>

#include "value/decode.h"
#include "value/lower_case_keys.h"

namespace kiln {
namespace {

constexpr std::string_view kYaml =
    "title: \"Post number 42\"\n"
    "date: 2023-04-02T10:00:00Z\n"
    "draft: false\n"
    "tags: [workshop, tools, restoration]\n"
    "categories: [Projects]\n"
    "weight: 3\n"
    "summary: \"A short summary of the post.\"\n";

constexpr std::string_view kToml =
    "title = \"Post number 42\"\n"
    "date = 2023-04-02T10:00:00Z\n"
    "draft = false\n"
    "tags = [\"workshop\", \"tools\", \"restoration\"]\n"
    "categories = [\"Projects\"]\n"
    "weight = 3\n"
    "summary = \"A short summary of the post.\"\n";

constexpr std::string_view kJson =
    "{\"title\": \"Post number 42\", \"date\": \"2023-04-02T10:00:00Z\", \"draft\": false,"
    " \"tags\": [\"workshop\", \"tools\", \"restoration\"], \"categories\": [\"Projects\"],"
    " \"weight\": 3, \"summary\": \"A short summary of the post.\"}";

void BM_Decode(benchmark::State& state, DataFormat format, std::string_view text) {
  for (auto _ : state) {
    StatusOr<Value> v = DecodeData(format, text, "content/posts/p.md", 2);
    benchmark::DoNotOptimize(LowerCaseKeys(*v));
  }
}

BENCHMARK_CAPTURE(BM_Decode, yaml, DataFormat::kYaml, kYaml);
BENCHMARK_CAPTURE(BM_Decode, toml, DataFormat::kToml, kToml);
BENCHMARK_CAPTURE(BM_Decode, json, DataFormat::kJson, kJson);

}  // namespace
}  // namespace kiln

BENCHMARK_MAIN();
