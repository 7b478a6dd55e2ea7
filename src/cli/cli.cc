#include "cli/cli.h"

#include <CLI/CLI.hpp>
#include <ctime>

#include "base/clock.h"
#include "base/file_system.h"
#include "base/path.h"
#include "base/strings.h"
#include "cli/build_report.h"
#include "cli/check_command.h"
#include "cli/deploy_command.h"
#include "cli/new_content.h"
#include "cli/new_site.h"
#include "config/config_printer.h"
#include "config/site_config.h"
#include "site/build.h"

namespace kiln {

namespace {

// hugo exits 255 (Go's os.Exit(-1)) whenever a command fails, a usage error included; kiln
// does the same for the commands it shares with hugo. `check` and `deploy` keep their own
// codes: 1 when they fail, 2 for a usage error.
constexpr int kExitHugoFailure = 255;
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

// Every flag, as parsed.
struct Flags {
  std::string source = ".";
  std::string destination, base_url, environment, config;
  std::vector<std::string> themes;
  bool build_drafts = false, build_future = false, build_expired = false;
  bool clean_destination_dir = false, verbose = false, quiet = false, minify = false;
  int workers = 0;
  std::string kind, new_path, new_site_dir, new_site_format = "toml";
  std::vector<std::string> help_topic;  // a command path: "new site"
};

void AddGlobalFlags(CLI::App& app, Flags& f) {
  app.add_option("-s,--source", f.source, "the site directory (default: the current one)");
  app.add_option("-d,--destination", f.destination,
                 "where to write the site (default: publishDir)");
  app.add_flag("-D,--buildDrafts", f.build_drafts, "build draft pages too");
  app.add_flag("-F,--buildFuture", f.build_future, "build pages dated in the future too");
  app.add_flag("-E,--buildExpired", f.build_expired, "build pages past their expiry date too");
  app.add_option("-b,--baseURL", f.base_url, "the site's base URL, e.g. https://example.com/");
  app.add_option("-t,--theme", f.themes, "theme names, comma-separated (looked up in themes/)")
      ->delimiter(',');
  app.add_option("-e,--environment", f.environment,
                 "the environment: selects config/<environment>/");
  app.add_option("--config", f.config,
                 "config files, comma-separated (default: hugo.toml, config.toml, ...)");
  app.add_flag("--cleanDestinationDir", f.clean_destination_dir,
               "remove files in the destination that the build did not write");
  app.add_flag("-v,--verbose", f.verbose, "more output");
  app.add_flag("--quiet", f.quiet, "print nothing but errors");
  app.add_flag("--minify", f.minify, "minify HTML, XML, CSS, JS and JSON output");
  app.add_option("--workers", f.workers, "number of parallel workers (default: one per core)")
      ->check(CLI::NonNegativeNumber);
}

std::string AbsolutePath(const std::string& working_dir, const std::string& path) {
  if (!path.empty() && path.front() == '/') return CleanPath(path);
  return CleanPath(JoinPath(working_dir, path));
}

ConfigOptions MakeConfigOptions(const Flags& f, const CliContext& context, const CLI::App& app) {
  ConfigOptions o;
  o.source_dir = f.source;
  o.source_given = app.count("--source") > 0;
  o.working_dir = AbsolutePath(context.working_dir, f.source);
  o.env = context.env;
  if (!f.environment.empty()) {
    o.environment = f.environment;
  } else if (auto it = context.env.find("HUGO_ENVIRONMENT"); it != context.env.end()) {
    o.environment = it->second;
  } else if (auto it2 = context.env.find("HUGO_ENV"); it2 != context.env.end()) {
    o.environment = it2->second;
  }
  if (!f.config.empty()) {
    for (std::string_view file : Split(f.config, ',')) o.config_files.emplace_back(file);
  }
  if (!f.destination.empty()) o.destination = f.destination;
  if (!f.base_url.empty()) o.base_url = f.base_url;
  if (!f.themes.empty()) o.theme = Join(f.themes, ",");
  if (f.build_drafts) o.build_drafts = true;
  if (f.build_future) o.build_future = true;
  if (f.build_expired) o.build_expired = true;
  o.clean_destination_dir = f.clean_destination_dir;
  o.minify = f.minify;
  return o;
}

// A log line stamped with the local wall-clock time, as hugo's logger prints it.
std::string StampedLine(const Clock& clock, std::string_view level, std::string_view message) {
  const int64_t now = clock.NowUnixNanos() / 1000000000;
  const time_t now_t = static_cast<time_t>(now);
  struct tm local {};
  localtime_r(&now_t, &local);
  return LogLine(level, message, now, static_cast<int>(local.tm_gmtoff));
}

int Fail(std::ostream& err, const Status& status, int code = kExitHugoFailure) {
  err << "Error: " << status.ToString() << "\n";
  return code;
}

int Build(const Flags& f, const ConfigOptions& options, std::shared_ptr<const void>* keep_alive,
          std::ostream& out, std::ostream& err) {
  RealClock clock;
  const int64_t start = clock.MonotonicNanos();
  RealFileSystem fs;
  if (!f.quiet) out << BuildBanner() << std::flush;
  StatusOr<SiteConfig> config = LoadSiteConfig(fs, options);
  if (!config.ok()) return Fail(err, config.status());
  if (f.verbose && !f.quiet) {
    // Hugo names the publish directory's root, whatever it is, when it syncs static files.
    err << StampedLine(clock, "INFO", "syncing static files to /");
  }
  BuildLog log;
  BuildRequest request{&*config, &fs, &clock, f.workers, keep_alive, &log};
  StatusOr<BuildSummary> summary = BuildSite(request);
  if (!f.quiet) {
    for (const LogEntry& e : log.entries())
      out << StampedLine(clock, LogLevelName(e.level), e.message);
  }
  if (!summary.ok()) return Fail(err, summary.status());
  summary->duration_ms = (clock.MonotonicNanos() - start) / 1000000;
  if (!f.quiet) {
    out << BuildSummaryTable(*summary);
    out << "Site written to " << config->publish_dir << "/\n";
  }
  return 0;
}

int PrintEffectiveConfig(const ConfigOptions& options, std::ostream& out, std::ostream& err) {
  RealFileSystem fs;
  StatusOr<SiteConfig> config = LoadSiteConfig(fs, options);
  if (!config.ok()) return Fail(err, config.status());
  out << PrintConfig(*config);
  return 0;
}

int NewSite(const Flags& f, const CliContext& context, std::ostream& out, std::ostream& err) {
  std::optional<DataFormat> format = DataFormatFromExtension(f.new_site_format);
  if (!format) {
    err << "Error: unknown config format \"" << f.new_site_format
        << "\" (want toml, yaml or json)\n";
    return kExitHugoFailure;
  }
  RealFileSystem fs;
  const std::string dir = AbsolutePath(AbsolutePath(context.working_dir, f.source), f.new_site_dir);
  if (Status s = CreateSiteSkeleton(fs, dir, *format); !s.ok()) return Fail(err, s);
  if (!f.quiet) {
    out << "Created a new site in " << dir << ".\n\n"
        << "Next: add a theme under themes/ or layouts of your own, add content with\n"
        << "\"kiln new <section>/<name>.md\", and build it with \"kiln -s " << f.new_site_dir
        << "\".\n";
  }
  return 0;
}

int NewContent(const Flags& f, const ConfigOptions& options, const CliContext& context,
               std::ostream& out, std::ostream& err) {
  RealFileSystem fs;
  RealClock clock;
  StatusOr<SiteConfig> config = LoadSiteConfig(fs, options);
  if (!config.ok()) return Fail(err, config.status());
  StatusOr<std::string> written =
      CreateContent(NewContentRequest{&*config, &fs, &clock, f.new_path, f.kind});
  if (!written.ok()) return Fail(err, written.status());
  if (!f.quiet) {
    StatusOr<FileInfo> info = fs.Stat(*written);  // a directory archetype makes a bundle
    out << (info.ok() && info->is_dir ? "Content dir \"" : "Content \"")
        << AbsolutePath(context.working_dir, *written) << "\" created\n";
  }
  return 0;
}

// The help of `app` itself: app.help() would describe the subcommand the parse selected.
std::string MainHelp(const CLI::App& app) {
  return app.get_formatter()->make_help(&app, app.get_name(), CLI::AppFormatMode::Normal);
}

// `kiln help [command...]`: the command's help; as hugo does, an unknown topic is reported
// with the main help on stderr and is not a failure.
int PrintHelp(const CLI::App& app, const std::vector<std::string>& topic, std::ostream& out,
              std::ostream& err) {
  const CLI::App* command = &app;
  for (const std::string& name : topic) {
    const CLI::App* sub = nullptr;
    for (const CLI::App* s : command->get_subcommands({})) {
      if (s->get_name() == name) sub = s;
    }
    if (sub == nullptr) {
      err << "Unknown help topic [";
      for (size_t i = 0; i < topic.size(); ++i) err << (i ? " `" : "`") << topic[i] << "`";
      err << "]\n" << MainHelp(app);
      return 0;
    }
    command = sub;
  }
  out << (command == &app ? MainHelp(app) : command->help());
  return 0;
}

}  // namespace

int RunCli(int argc, const char* const* argv, const CliContext& context, std::ostream& out,
           std::ostream& err) {
  Flags f;
  CLI::App app{"kiln builds Hugo sites into static files, checks them and deploys them.", "kiln"};
  app.fallthrough();  // global flags are accepted after a subcommand too
  AddGlobalFlags(app, f);
  CLI::App* version = app.add_subcommand("version", "Print kiln's version");
  CLI::App* config = app.add_subcommand("config", "Print the effective site configuration");
  CLI::App* help = app.add_subcommand("help", "Describe a command");
  help->add_option("command", f.help_topic, "the command to describe, e.g. new site");
  CLI::App* create =
      app.add_subcommand("new", "Create a content file from an archetype, or a new site");
  create->add_option("-k,--kind", f.kind, "the archetype to use (default: the section)");
  create->add_option("path", f.new_path, "the content file to create, e.g. posts/hello.md");
  CLI::App* site = create->add_subcommand("site", "Create the skeleton of a new site");
  site->add_option("dir", f.new_site_dir, "the directory of the new site")->required();
  site->add_option("-f,--format", f.new_site_format, "config file format (toml, yaml or json)");
  deploy::DeployOptions deploy_options;
  CLI::App* deploy = AddDeployCommand(app, deploy_options);
  CheckFlags check_flags;
  CLI::App* check = AddCheckCommand(app, check_flags);
  app.require_subcommand(0, 1);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    out << app.help();
    return 0;
  } catch (const CLI::ParseError& e) {
    err << "Error: " << e.what() << "\nRun 'kiln --help' for usage.\n";
    return *check || *deploy ? kExitUsage : kExitHugoFailure;
  }

  if (*help) return PrintHelp(app, f.help_topic, out, err);
  if (*version) {
    out << VersionLine() << "\n";
    return 0;
  }
  const ConfigOptions options = MakeConfigOptions(f, context, app);
  if (*config) return PrintEffectiveConfig(options, out, err);
  if (*site) return NewSite(f, context, out, err);
  if (*create) {
    if (f.new_path.empty()) {
      err << "Error: path needs to be provided\nRun 'kiln new --help' for usage.\n";
      return kExitHugoFailure;
    }
    return NewContent(f, options, context, out, err);
  }
  if (*deploy || *check) {
    if (*check && check_flags.build) {
      if (Build(f, options, context.keep_alive, out, err) != 0) return kExitFailure;
    }
    RealFileSystem fs;
    StatusOr<SiteConfig> site_config = LoadSiteConfig(fs, options);
    if (!site_config.ok()) return Fail(err, site_config.status(), kExitFailure);
    if (*deploy) return RunDeployCommand(deploy_options, *site_config, context, out, err);
    return RunCheckCommand(check_flags, *site_config, out, err);
  }
  return Build(f, options, context.keep_alive, out, err);
}

}  // namespace kiln
