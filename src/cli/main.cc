// kiln's entry point: gathers the process environment and hands over to RunCli.
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <string>

#include "cli/cli.h"

extern char** environ;

int main(int argc, char** argv) {
  kiln::CliContext context;
  for (char** e = environ; *e != nullptr; ++e) {
    std::string entry = *e;
    size_t eq = entry.find('=');
    if (eq != std::string::npos) context.env.emplace(entry.substr(0, eq), entry.substr(eq + 1));
  }
  std::error_code ec;
  context.working_dir = std::filesystem::current_path(ec).string();
  std::shared_ptr<const void> built;
  context.keep_alive = &built;
  // std::exit skips the destructors of main's locals: the built site graph, hundreds of
  // thousands of allocations for a large site, goes back to the OS with the process
  // instead of being freed one by one. Static destructors still run, flushing the streams.
  std::exit(kiln::RunCli(argc, argv, context, std::cout, std::cerr));
}
