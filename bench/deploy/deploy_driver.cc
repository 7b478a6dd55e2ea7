// A minimal `kiln deploy` for benchmarks, without building the whole kiln binary:
//   deploy_driver PUBLISH_DIR TARGET_URL [WORKERS] [--trustManifest] [--listWorkers=N]
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
    std::cerr << "usage: deploy_driver PUBLISH_DIR TARGET_URL [WORKERS] [FLAGS]\n";
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
  for (int i = 4; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "--trustManifest") {
      options.trust_manifest = true;
    } else if (arg.starts_with("--listWorkers=")) {
      options.list_workers = std::stoi(std::string(arg.substr(14)));
    } else {
      std::cerr << "unknown flag " << arg << "\n";
      return 2;
    }
  }
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
