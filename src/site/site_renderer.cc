#include "site/site_renderer.h"

#include <oneapi/tbb/parallel_for.h>
#include <oneapi/tbb/task_arena.h>

#include <vector>

#include "site/render_plan.h"

namespace kiln {

StatusOr<BuildSummary> RenderSite(const Site& site, Renderer& renderer, const FileSystem& fs,
                                  Publisher& publisher, int workers) {
  RETURN_IF_ERROR(renderer.Prepare(site));
  RenderPlan plan = PlanOutputs(site, renderer);
  const std::vector<PublishedResource>& resources = site.content().resources();
  const std::vector<PublishedResource>& statics = site.static_files();
  const size_t total = plan.jobs.size() + resources.size() + statics.size();

  // One slot per output, so the reported error does not depend on thread timing.
  std::vector<Status> results(total);
  auto copy = [&](const PublishedResource& r) -> Status {
    ASSIGN_OR_RETURN(std::string data, fs.ReadFile(r.source));
    return publisher.Write(r.target, data);
  };
  auto run = [&](size_t i) -> Status {
    if (i < plan.jobs.size()) {
      const RenderJob& job = plan.jobs[i];
      ASSIGN_OR_RETURN(std::string out, renderer.Render(job));
      return publisher.Write(job.path, out);
    }
    i -= plan.jobs.size();
    return copy(i < resources.size() ? resources[i] : statics[i - resources.size()]);
  };
  tbb::task_arena arena(workers > 0 ? workers : tbb::task_arena::automatic);
  arena.execute(
      [&] { tbb::parallel_for(size_t{0}, total, [&](size_t i) { results[i] = run(i); }); });
  for (const Status& s : results) RETURN_IF_ERROR(s);
  RETURN_IF_ERROR(publisher.Commit());

  BuildSummary summary;
  summary.pages = plan.pages;
  summary.paginator_pages = plan.paginator_pages;
  summary.aliases = plan.aliases;
  summary.sitemaps = plan.sitemaps;
  summary.non_page_files = static_cast<int>(resources.size());
  summary.static_files = static_cast<int>(statics.size());
  return summary;
}

}  // namespace kiln
