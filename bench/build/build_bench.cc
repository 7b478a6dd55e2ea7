// Load + assemble benchmark: Site::Load (walk content/, split and decode front matter,
// read PageMeta, build sections, taxonomies, sort, permalinks) on a generated site on
// disk. Generate the site first with bench/sitegen/sitegen.py, then:
//
//   kiln_build_bench --site=DIR [benchmark flags]
//
// `BM_LoadAndAssemble` reports wall time per load of the whole site.
#include <benchmark/benchmark.h>

#include <cstring>
#include <iostream>
#include <string>

#include "base/file_system.h"
#include "config/site_config.h"
#include "site/build.h"
#include "site/site.h"

namespace kiln {
namespace {

std::string g_site_dir;  // set once from the command line before benchmarks run

void BM_LoadAndAssemble(benchmark::State& state) {
  RealFileSystem fs;
  ConfigOptions options;
  options.source_dir = g_site_dir;
  StatusOr<SiteConfig> config = LoadSiteConfig(fs, options);
  if (!config.ok()) {
    state.SkipWithError(config.status().ToString().c_str());
    return;
  }
  StatusOr<std::vector<SiteOptions>> languages = SiteOptionsFromConfig(*config, 1700000000);
  if (!languages.ok()) {
    state.SkipWithError(languages.status().ToString().c_str());
    return;
  }
  size_t pages = 0;
  for (auto _ : state) {
    StatusOr<std::unique_ptr<Site>> site = Site::Load(fs, languages->front());
    if (!site.ok()) {
      state.SkipWithError(site.status().ToString().c_str());
      return;
    }
    pages = (*site)->content().pages().size();
    benchmark::DoNotOptimize(pages);
  }
  state.counters["pages"] = static_cast<double>(pages);
}
BENCHMARK(BM_LoadAndAssemble)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
}  // namespace kiln

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    if (std::strncmp(argv[i], "--site=", 7) == 0) kiln::g_site_dir = argv[i] + 7;
  }
  if (kiln::g_site_dir.empty()) {
    std::cerr << "usage: kiln_build_bench --site=DIR [benchmark flags]\n";
    return 2;
  }
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
