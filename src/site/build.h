// BuildSite: the whole build of one site, as `kiln` (no subcommand) runs it: load and
// assemble the content, render every output in parallel, publish into the output
// directory atomically. The CLI prints the returned summary.
#ifndef KILN_SITE_BUILD_H_
#define KILN_SITE_BUILD_H_

#include <memory>
#include <vector>

#include "base/build_log.h"
#include "base/clock.h"
#include "base/file_system.h"
#include "base/status.h"
#include "config/site_config.h"
#include "site/build_summary.h"
#include "site/site.h"

namespace kiln {

struct BuildRequest {
  const SiteConfig* config;
  FileSystem* fs;
  const Clock* clock;
  int workers = 0;  // ≤ 0: one per core
  // When set, receives the loaded sites and their renderers instead of BuildSite freeing
  // them on return, so a process about to exit can skip tearing the whole graph down.
  std::shared_ptr<const void>* keep_alive = nullptr;
  // When set, receives what templates logged (errorf, warnf), so the caller can print it
  // whether or not the build succeeds; otherwise the build keeps its own log.
  BuildLog* log = nullptr;
};

StatusOr<BuildSummary> BuildSite(const BuildRequest& request);

// The content, directory and output options of `config` at time `now_unix_seconds`: one
// entry per enabled language, in the languages' order.
// Fails when a language names an unknown time zone.
StatusOr<std::vector<SiteOptions>> SiteOptionsFromConfig(const SiteConfig& config,
                                                         int64_t now_unix_seconds);

}  // namespace kiln

#endif  // KILN_SITE_BUILD_H_
