// Minifier throughput on one input file, the same bytes tools/minify/oracle -bench measures
// tdewolff/minify 2.12.4 on. Single-threaded, hugo's settings. bytes_per_second is by CPU
// time, as the oracle's first figure.
//
// Usage: minify_bench TYPE FILE [benchmark flags]   (TYPE: css, html, js, json, xml; run.sh runs
// both sides)
#include <benchmark/benchmark.h>

#include <cstdio>
#include <string>

#include "base/file_system.h"
#include "minify/minify.h"

namespace {

void BM_Minify(benchmark::State& state, kiln::minify::Kind kind, const std::string* input) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(kiln::minify::Minify(kind, *input));
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(input->size()));
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: minify_bench css|html|js|json|xml FILE [benchmark flags]\n");
    return 2;
  }
  std::string type = argv[1];
  kiln::minify::Kind kind = type == "css"    ? kiln::minify::Kind::kCss
                            : type == "html" ? kiln::minify::Kind::kHtml
                            : type == "js"   ? kiln::minify::Kind::kJs
                            : type == "json" ? kiln::minify::Kind::kJson
                            : type == "xml"  ? kiln::minify::Kind::kXml
                                             : kiln::minify::Kind::kNone;
  kiln::StatusOr<std::string> input = kiln::RealFileSystem().ReadFile(argv[2]);
  if (kind == kiln::minify::Kind::kNone || !input.ok()) {
    std::fprintf(stderr, "minify_bench: bad type or unreadable file\n");
    return 2;
  }
  if (!kiln::minify::Minify(kind, *input).ok()) {
    std::fprintf(stderr, "minify_bench: the input does not minify\n");
    return 1;
  }
  benchmark::RegisterBenchmark(("BM_Minify/" + type).c_str(), BM_Minify, kind, &*input)
      ->Unit(benchmark::kMillisecond)
      ->MinTime(2);
  argc -= 2;
  argv += 2;
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  return 0;
}
