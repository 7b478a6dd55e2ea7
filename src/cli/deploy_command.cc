#include "cli/deploy_command.h"

#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <iostream>
#include <thread>

#include "base/clock.h"
#include "base/file_system.h"
#include "deploy/curl_transport.h"
#include "deploy/deploy_config.h"

namespace kiln {

namespace {

// Turns SIGINT and SIGTERM into a flag for the length of a deploy, so an interrupted deploy
// finishes the requests in flight, starts no new one and fails saying so, instead of dying
// between an upload's bytes. The signals are blocked in this thread (and so in the workers it
// starts) and taken by a watcher thread with sigwait.
class InterruptWatcher {
 public:
  explicit InterruptWatcher(std::ostream& err) {
    sigemptyset(&signals_);
    sigaddset(&signals_, SIGINT);
    sigaddset(&signals_, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals_, &old_mask_);
    watcher_ = std::thread([this, &err] {
      int signal = 0;
      while (sigwait(&signals_, &signal) == 0 && !done_) {
        if (!interrupted_.exchange(true)) {
          err << "Interrupted: finishing the requests in flight, then stopping\n" << std::flush;
        }
      }
    });
  }
  ~InterruptWatcher() {
    done_ = true;
    pthread_kill(watcher_.native_handle(), SIGTERM);
    watcher_.join();
    pthread_sigmask(SIG_SETMASK, &old_mask_, nullptr);
  }
  InterruptWatcher(const InterruptWatcher&) = delete;
  InterruptWatcher& operator=(const InterruptWatcher&) = delete;

  const std::atomic<bool>* interrupted() const { return &interrupted_; }

 private:
  sigset_t signals_;
  sigset_t old_mask_;
  std::atomic<bool> interrupted_{false};
  std::atomic<bool> done_{false};
  std::thread watcher_;
};

}  // namespace

CLI::App* AddDeployCommand(CLI::App& app, deploy::DeployOptions& o) {
  CLI::App* cmd = app.add_subcommand(
      "deploy", "Upload the built site to S3-compatible storage and invalidate the CDN");
  cmd->add_option("--target", o.target, "the [[deployment.targets]] name (default: the first)");
  cmd->add_flag("--dryRun", o.dry_run, "print the plan with a reason per file; change nothing");
  cmd->add_flag("--confirm", o.confirm, "ask before changing anything");
  cmd->add_flag("--force", o.force, "upload every file, changed or not");
  cmd->add_option("--invalidateCDN", o.invalidate_cdn,
                  "invalidate the changed paths in CloudFront (default true)")
      ->default_str("true")
      ->expected(0, 1)
      ->default_val(true);
  cmd->add_option("--maxDeletes", o.max_deletes,
                  "skip all deletes when more than this many (-1: unlimited)");
  cmd->add_option("--workers", o.workers, "parallel transfers")->check(CLI::PositiveNumber);
  cmd->add_flag("--trustManifest", o.trust_manifest,
                "diff against kiln's manifest in the bucket instead of listing it (only for "
                "buckets nothing but kiln writes to)");
  cmd->add_option("--listWorkers", o.list_workers,
                  "key ranges of a large bucket listed at once (default: --workers; 1 against "
                  "a plain-HTTP endpoint on this machine)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--multipartThreshold", o.multipart_threshold,
                  "upload files of at least this many bytes in parts of this size (default "
                  "64 MiB; parts are at least 5 MiB)");
  return cmd;
}

int RunDeployCommand(deploy::DeployOptions options, const SiteConfig& config,
                     const CliContext& context, std::ostream& out, std::ostream& err) {
  const Value* section = config.Get("deployment");
  StatusOr<deploy::DeploymentConfig> deployment =
      deploy::ParseDeploymentConfig(section ? *section : Value());
  Status media_types = deployment.ok() ? deploy::AddSiteMediaTypes(config.media_types, &*deployment)
                                       : deployment.status();
  if (!media_types.ok()) {
    err << "Error: " << media_types.ToString() << "\n";
    return 1;
  }
  options.publish_dir = config.publish_dir;
  options.site_dir = config.source_dir;

  RealFileSystem fs;
  deploy::CurlTransportOptions transport_options;
  if (auto it = context.env.find("AWS_CA_BUNDLE"); it != context.env.end()) {
    transport_options.ca_bundle = it->second;
  }
  deploy::CurlTransport transport(transport_options);
  RealClock clock;
  deploy::RealSleeper sleeper;
  deploy::DeployEnvironment env;
  env.env = context.env;
  env.fs = &fs;
  env.transport = &transport;
  env.clock = &clock;
  env.sleeper = &sleeper;
  env.out = &out;
  env.err = &err;
  env.in = &std::cin;
  env.seed = static_cast<uint64_t>(clock.MonotonicNanos());
  InterruptWatcher watcher(err);
  env.interrupted = watcher.interrupted();
  StatusOr<deploy::DeployResult> result = deploy::RunDeploy(options, *deployment, env);
  if (!result.ok()) {
    err << "Error: " << result.status().ToString() << "\n";
    return 1;
  }
  return 0;
}

}  // namespace kiln
