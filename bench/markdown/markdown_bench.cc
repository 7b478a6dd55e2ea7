// Markdown rendering throughput on a directory of bodies, single-threaded, with Hugo's default
// settings: the best of five rounds, in MB (1e6 bytes) per CPU second, measured the same way as
// tools/markdown/goldmark_oracle's "bench" mode so compare.sh can print the two side by side.
// A second line times .Plain (PlainText: Go html/template's tag stripping and space folding) over
// the rendered HTML. CPU time rather than wall time, because benchmark machines are often shared.
//
//   markdown_bench DIR [ROUNDS]
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "markdown/content_helpers.h"
#include "markdown/markdown.h"

namespace {

double CpuSeconds() {
  timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

// The least CPU time `run` takes in `rounds` runs.
template <typename F>
double BestOf(int rounds, F run) {
  double best = 1e300;
  for (int round = 0; round < rounds; ++round) {
    const double start = CpuSeconds();
    run();
    best = std::min(best, CpuSeconds() - start);
  }
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || argc > 3) {
    std::fprintf(stderr, "usage: markdown_bench DIR [ROUNDS]\n");
    return 2;
  }
  const int rounds = argc == 3 ? std::atoi(argv[2]) : 5;
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::directory_iterator(argv[1])) {
    paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  std::vector<std::string> bodies;
  size_t total = 0;
  for (const auto& path : paths) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    bodies.push_back(ss.str());
    total += bodies.back().size();
  }
  const kiln::markdown::MarkdownOptions options;
  bool failed = false;
  size_t output = 0;
  const double best = BestOf(rounds, [&] {
    output = 0;
    for (const std::string& body : bodies) {
      auto doc = kiln::markdown::RenderMarkdown(body, options);
      if (!doc.ok()) {
        std::fprintf(stderr, "%s\n", doc.status().ToString().c_str());
        failed = true;
        return;
      }
      output += doc->html.size();
    }
  });
  if (failed) return 1;
  std::printf("kiln: %zu files, %zu bytes (%zu out), best of %d: %.3f CPU s, %.1f MB/s\n",
              bodies.size(), total, output, rounds, best, static_cast<double>(total) / 1e6 / best);
  // The rendered pages are kept only now, so that holding them does not weigh on rendering.
  std::vector<std::string> html;
  for (const std::string& body : bodies) {
    html.push_back(kiln::markdown::RenderMarkdown(body, options)->html);
  }
  size_t plain = 0;
  const double best_plain = BestOf(rounds, [&] {
    plain = 0;
    for (const std::string& h : html) plain += kiln::markdown::PlainText(h).size();
  });
  std::printf("kiln .Plain: %zu bytes of HTML (%zu out), best of %d: %.3f CPU s, %.1f MB/s\n",
              output, plain, rounds, best_plain, static_cast<double>(output) / 1e6 / best_plain);
  return 0;
}
