// `kiln deploy`: the command-line face of src/deploy, with hugo deploy's flags.
#ifndef KILN_CLI_DEPLOY_COMMAND_H_
#define KILN_CLI_DEPLOY_COMMAND_H_

#include <ostream>

#include <CLI/CLI.hpp>

#include "cli/cli.h"
#include "config/site_config.h"
#include "deploy/deployer.h"

namespace kiln {

// Adds the `deploy` subcommand to `app`, parsing its flags into `options`.
CLI::App* AddDeployCommand(CLI::App& app, deploy::DeployOptions& options);

// Deploys the site `config` describes with the parsed `options`; returns the exit code.
int RunDeployCommand(deploy::DeployOptions options, const SiteConfig& config,
                     const CliContext& context, std::ostream& out, std::ostream& err);

}  // namespace kiln

#endif  // KILN_CLI_DEPLOY_COMMAND_H_
