// A minimal `kiln deploy` for benchmarks until the command line wires in RunDeploy:
//   deploy_driver PUBLISH_DIR TARGET_URL [WORKERS] [--trustManifest]
// Credentials come from the environment as for kiln deploy.
#include <iostream>

#include "base/clock.h"
#include "deploy/curl_transport.h"
#include "deploy/deployer.h"

extern char** environ;

int main(int argc, char** argv) {
  using namespace kiln;
  using namespace kiln::deploy;
  if (argc < 3) {
    std::cerr << "usage: deploy_driver PUBLISH_DIR TARGET_URL [WORKERS]\n";
    return 2;
  }
  ValueMap target{{"name", Value::String("bench")}, {"url", Value::String(argv[2])}};
  StatusOr<DeploymentConfig> config =
      ParseDeploymentConfig(Value::Map({{"targets", Value::List({Value::Map(target)})}}));
  if (!config.ok()) {
    std::cerr << config.status().ToString() << "\n";
    return 1;
  }
  DeployOptions options;
  options.publish_dir = argv[1];
  options.site_dir = ".";
  if (argc > 3) options.workers = std::stoi(argv[3]);
  options.trust_manifest = argc > 4 && std::string_view(argv[4]) == "--trustManifest";
  RealFileSystem fs;
  CurlTransport transport;
  RealClock clock;
  RealSleeper sleeper;
  DeployEnvironment env;
  for (char** e = environ; *e != nullptr; ++e) {
    std::string_view kv(*e);
    size_t eq = kv.find('=');
    env.env.emplace(std::string(kv.substr(0, eq)), std::string(kv.substr(eq + 1)));
  }
  env.fs = &fs;
  env.transport = &transport;
  env.clock = &clock;
  env.sleeper = &sleeper;
  env.out = &std::cout;
  env.err = &std::cerr;
  StatusOr<DeployResult> result = RunDeploy(options, *config, env);
  if (!result.ok()) {
    std::cerr << "Error: " << result.status().ToString() << "\n";
    return 1;
  }
  return 0;
}
