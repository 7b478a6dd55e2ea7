// `kiln check [DIR]`: the command-line face of src/check.
#ifndef KILN_CLI_CHECK_COMMAND_H_
#define KILN_CLI_CHECK_COMMAND_H_

#include <ostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "config/site_config.h"

namespace kiln {

struct CheckFlags {
  std::string dir;  // default: the publish directory
  bool build = false;
  std::string format = "human";
  bool warnings_as_errors = false;
  bool external = false;
  std::string budget;  // e.g. "500KB"; empty: config or default
  std::vector<std::string> ignore, ignore_files;
};

// Adds the `check` subcommand to `app`, parsing its flags into `flags`.
CLI::App* AddCheckCommand(CLI::App& app, CheckFlags& flags);

// Checks the built site; returns the exit code: 0 clean, 1 findings that fail the check or
// an error that kept the check from running.
int RunCheckCommand(const CheckFlags& flags, const SiteConfig& config, std::ostream& out,
                    std::ostream& err);

}  // namespace kiln

#endif  // KILN_CLI_CHECK_COMMAND_H_
