// The render and publish phases over the loaded sites of a build (one per language):
// plans every output (render_plan.h, language_roots.h), renders the jobs in parallel on a
// oneTBB arena, each through its own language's Renderer, copies bundle resources and
// static files, writes everything through a Publisher and commits it. The sites are
// read-only throughout; each job writes only its own output file.
#ifndef KILN_SITE_SITE_RENDERER_H_
#define KILN_SITE_SITE_RENDERER_H_

#include <vector>

#include "base/build_log.h"
#include "base/file_system.h"
#include "base/status.h"
#include "publish/publisher.h"
#include "site/build_summary.h"
#include "site/renderer.h"
#include "site/site.h"

namespace kiln {

// `renderers[i]`, already prepared, renders `sites[i]`. `fs` is read for resources and
// static files (the sites share their static directories: they are copied once). `workers`
// ≤ 0 means one per core. On error nothing is committed; the first failing output in plan
// order is reported. When the renderers logged an error into `log`, every output is still
// rendered, then the build fails as hugo's does, with nothing committed.
StatusOr<BuildSummary> RenderSites(const std::vector<const Site*>& sites,
                                   const std::vector<const Renderer*>& renderers,
                                   const FileSystem& fs, Publisher& publisher, int workers,
                                   const BuildLog& log);

}  // namespace kiln

#endif  // KILN_SITE_SITE_RENDERER_H_
