#include "cli/check_command.h"

#include "base/clock.h"
#include "base/file_system.h"
#include "check/check_options.h"
#include "check/checker.h"
#include "check/report_format.h"

namespace kiln {

CLI::App* AddCheckCommand(CLI::App& app, CheckFlags& f) {
  CLI::App* cmd = app.add_subcommand(
      "check", "Find broken links and anchors, missing assets, mixed content and heavy pages");
  cmd->add_option("dir", f.dir, "the built site (default: the publish directory)");
  cmd->add_flag("--build", f.build, "build the site first");
  cmd->add_option("--format", f.format, "report format")
      ->check(CLI::IsMember({"human", "json", "junit"}));
  cmd->add_flag("--warnings-as-errors", f.warnings_as_errors, "fail on warnings too");
  cmd->add_flag("--external", f.external, "also check external links");
  cmd->add_option("--budget", f.budget, "page weight budget, e.g. 500KB");
  cmd->add_option("--ignore", f.ignore, "ignore references matching this glob (repeatable)");
  cmd->add_option("--ignoreFiles", f.ignore_files, "ignore pages matching this glob (repeatable)");
  return cmd;
}

int RunCheckCommand(const CheckFlags& f, const SiteConfig& config, std::ostream& out,
                    std::ostream& err) {
  check::CheckOptions options;
  options.dir = f.dir.empty() ? config.publish_dir : f.dir;
  options.base_url = config.base_url;
  const Value* section = config.Get("check");
  if (Status s = check::ApplyCheckSection(section ? *section : Value(), &options); !s.ok()) {
    err << "Error: " << s.ToString() << "\n";
    return 1;
  }
  if (!f.budget.empty()) {
    StatusOr<uint64_t> budget = check::ParseByteSize(f.budget);
    if (!budget.ok()) {
      err << "Error: --budget: " << budget.status().ToString() << "\n";
      return 2;
    }
    options.budget_bytes = *budget;
  }
  options.ignore_urls.insert(options.ignore_urls.end(), f.ignore.begin(), f.ignore.end());
  options.ignore_files.insert(options.ignore_files.end(), f.ignore_files.begin(),
                              f.ignore_files.end());
  options.warnings_as_errors = options.warnings_as_errors || f.warnings_as_errors;
  options.external.enabled = options.external.enabled || f.external;

  RealFileSystem fs;
  RealClock clock;
  StatusOr<check::CheckReport> report = check::RunCheck(options, fs, clock);
  if (!report.ok()) {
    err << "Error: " << report.status().ToString() << "\n";
    return 1;
  }
  if (f.format == "json") {
    out << check::FormatJson(*report);
  } else if (f.format == "junit") {
    out << check::FormatJunit(*report);
  } else {
    out << check::FormatHuman(*report);
  }
  return report->Failed(options.warnings_as_errors) ? 1 : 0;
}

}  // namespace kiln
