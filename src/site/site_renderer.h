// The render and publish phases over a loaded Site: plans every output (render_plan.h),
// renders the jobs in parallel on a oneTBB arena through a Renderer, copies bundle
// resources and static files, writes everything through a Publisher and commits it.
// The site is read-only throughout; each job writes only its own output file.
#ifndef KILN_SITE_SITE_RENDERER_H_
#define KILN_SITE_SITE_RENDERER_H_

#include "base/file_system.h"
#include "base/status.h"
#include "publish/publisher.h"
#include "site/build_summary.h"
#include "site/renderer.h"
#include "site/site.h"

namespace kiln {

// `fs` is read for resources and static files. `workers` ≤ 0 means one per core. On error
// nothing is committed; the first failing output in plan order is reported.
StatusOr<BuildSummary> RenderSite(const Site& site, Renderer& renderer, const FileSystem& fs,
                                  Publisher& publisher, int workers);

}  // namespace kiln

#endif  // KILN_SITE_SITE_RENDERER_H_
