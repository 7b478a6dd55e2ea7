// A stand-in for `kiln check` while benchmarking the checker on its own: runs RunCheck on
// a directory and prints the report. Exits 1 when the site fails, 2 on usage errors.
//
// usage: kiln_check_driver DIR [--base-url URL] [--format human|json|junit] [--budget N]
//                              [--external] [--cache FILE] [--warnings-as-errors]
#include <cstdio>
#include <cstring>
#include <string>

#include "base/clock.h"
#include "base/file_system.h"
#include "check/checker.h"
#include "check/report_format.h"

int main(int argc, char** argv) {
  kiln::check::CheckOptions options;
  std::string format = "human";
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    bool has_value = i + 1 < argc;
    if (arg == "--base-url" && has_value) {
      options.base_url = argv[++i];
    } else if (arg == "--format" && has_value) {
      format = argv[++i];
    } else if (arg == "--budget" && has_value) {
      auto bytes = kiln::check::ParseByteSize(argv[++i]);
      if (!bytes.ok()) {
        std::fprintf(stderr, "%s\n", bytes.status().ToString().c_str());
        return 2;
      }
      options.budget_bytes = *bytes;
    } else if (arg == "--external") {
      options.external.enabled = true;
    } else if (arg == "--cache" && has_value) {
      options.external.cache_file = argv[++i];
    } else if (arg == "--warnings-as-errors") {
      options.warnings_as_errors = true;
    } else if (!arg.starts_with("-") && options.dir.empty()) {
      options.dir = arg;
    } else {
      std::fprintf(stderr, "usage: %s DIR [--base-url URL] [--format human|json|junit]\n", argv[0]);
      return 2;
    }
  }
  if (options.dir.empty()) options.dir = "public";
  kiln::RealFileSystem fs;
  kiln::RealClock clock;
  auto report = kiln::check::RunCheck(options, fs, clock);
  if (!report.ok()) {
    std::fprintf(stderr, "%s\n", report.status().ToString().c_str());
    return 2;
  }
  std::string out = format == "json"    ? kiln::check::FormatJson(*report)
                    : format == "junit" ? kiln::check::FormatJunit(*report)
                                        : kiln::check::FormatHuman(*report);
  std::fwrite(out.data(), 1, out.size(), stdout);
  return report->Failed(options.warnings_as_errors) ? 1 : 0;
}
