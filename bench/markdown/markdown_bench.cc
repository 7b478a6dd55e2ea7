// Markdown rendering throughput on a directory of bodies (bench/markdown/gen_bodies.py writes
// the bodies of a 10,000-page site), single-threaded, with Hugo's default settings. Reported as
// bytes_per_second; compare.sh puts it next to goldmark's figure on the same bytes.
//
//   markdown_bench [benchmark flags] DIR
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "markdown/markdown.h"

namespace {

std::vector<std::string>* Bodies() {
  static std::vector<std::string> bodies;
  return &bodies;
}

void BM_RenderBodies(benchmark::State& state) {
  const kiln::markdown::MarkdownOptions options;
  int64_t bytes = 0;
  for (auto _ : state) {
    for (const std::string& body : *Bodies()) {
      auto doc = kiln::markdown::RenderMarkdown(body, options);
      benchmark::DoNotOptimize(doc);
      bytes += static_cast<int64_t>(body.size());
    }
  }
  state.SetBytesProcessed(bytes);
}
BENCHMARK(BM_RenderBodies)->Unit(benchmark::kMillisecond)->MinTime(5.0);

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (argc != 2) {
    std::fprintf(stderr, "usage: markdown_bench [benchmark flags] DIR\n");
    return 2;
  }
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::directory_iterator(argv[1])) {
    paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  for (const auto& path : paths) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    Bodies()->push_back(ss.str());
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
