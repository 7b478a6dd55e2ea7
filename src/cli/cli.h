// The kiln command line, mirroring hugo 0.111's: `kiln` (build), `kiln version`,
// `kiln help [command]`, `kiln new site DIR`, `kiln new [--kind K] PATH`, `kiln config`,
// with hugo's global and build flags. The only module that prints and decides exit codes:
// 0 on success; as hugo, 255 when a build or any of hugo's commands fails, a usage error
// (unknown flag or command) included; `check` and `deploy` exit 1 when they fail and 2 for
// a usage error of their own flags.
#ifndef KILN_CLI_CLI_H_
#define KILN_CLI_CLI_H_

#include <map>
#include <memory>
#include <ostream>
#include <string>

namespace kiln {

// What the process hands the command line; passed in so nothing reads globals.
struct CliContext {
  std::map<std::string, std::string> env;  // the process environment
  std::string working_dir;                 // the absolute current directory
  // When set, a build leaves what it loaded here (see BuildRequest::keep_alive).
  std::shared_ptr<const void>* keep_alive = nullptr;
};

int RunCli(int argc, const char* const* argv, const CliContext& context, std::ostream& out,
           std::ostream& err);

}  // namespace kiln

#endif  // KILN_CLI_CLI_H_
