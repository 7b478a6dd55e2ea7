// Highlighting throughput on the code blocks of a generated site (make_corpus.py), the same
// corpus tools/highlight/chroma_bench measures Chroma 2.5.0 on. Single-threaded, hugo's
// default options (monokai, inline styles).
//
// Usage: highlight_bench CORPUS [benchmark flags]   (run.sh builds and runs both sides)
#include <benchmark/benchmark.h>

#include <cstdio>
#include <string>
#include <vector>

#include "base/file_system.h"
#include "highlight/highlight.h"

namespace {

struct Block {
  std::string lang;
  std::string code;
};

std::vector<Block>& Corpus() {
  static std::vector<Block> blocks;
  return blocks;
}

bool LoadCorpus(const std::string& path) {
  kiln::StatusOr<std::string> data = kiln::RealFileSystem().ReadFile(path);
  if (!data.ok()) return false;
  std::string_view rest = *data;
  while (!rest.empty()) {
    size_t nl = rest.find('\n');
    std::string lang(rest.substr(0, nl));
    rest.remove_prefix(nl + 1);
    nl = rest.find('\n');
    size_t size = std::stoul(std::string(rest.substr(0, nl)));
    rest.remove_prefix(nl + 1);
    Corpus().push_back({lang, std::string(rest.substr(0, size))});
    rest.remove_prefix(size);
  }
  return true;
}

void BM_HighlightCorpus(benchmark::State& state) {
  kiln::highlight::HighlightOptions options;
  int64_t bytes = 0;
  for (const Block& b : Corpus()) bytes += static_cast<int64_t>(b.code.size());
  // Warm-up: lexers compile their rules on first use.
  for (const Block& b : Corpus())
    benchmark::DoNotOptimize(kiln::highlight::Highlight(b.code, b.lang, options));
  for (auto _ : state) {
    for (const Block& b : Corpus()) {
      benchmark::DoNotOptimize(kiln::highlight::Highlight(b.code, b.lang, options));
    }
  }
  state.SetBytesProcessed(state.iterations() * bytes);
}
BENCHMARK(BM_HighlightCorpus)->Unit(benchmark::kMillisecond)->MinTime(3);

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || !LoadCorpus(argv[1])) {
    std::fprintf(stderr, "usage: highlight_bench CORPUS [benchmark flags]\n");
    return 2;
  }
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  return 0;
}
