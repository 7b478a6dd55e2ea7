#include "site/site_renderer.h"

#include <unordered_map>

#include <oneapi/tbb/parallel_for.h>
#include <oneapi/tbb/task_arena.h>

#include "site/language_roots.h"
#include "site/output_minifier.h"
#include "site/render_plan.h"

namespace kiln {
namespace {

// Which outputs to write when several claim one path, so the result does not depend on
// thread timing: a rendered page or fixed file beats an alias, an alias beats a copied
// file, and among equals the later in plan order (the later language, the later page)
// wins, as in hugo. `paths[i]` and `ranks[i]` describe output i.
std::vector<bool> ShadowedOutputs(const std::vector<std::string_view>& paths,
                                  const std::vector<int>& ranks) {
  std::unordered_map<std::string_view, size_t> winner;
  winner.reserve(paths.size());
  for (size_t i = 0; i < paths.size(); ++i) {
    auto [it, inserted] = winner.emplace(paths[i], i);
    if (!inserted && ranks[i] >= ranks[it->second]) it->second = i;
  }
  std::vector<bool> shadowed(paths.size(), false);
  for (size_t i = 0; i < paths.size(); ++i) shadowed[i] = winner.at(paths[i]) != i;
  return shadowed;
}

}  // namespace

StatusOr<BuildSummary> RenderSites(const std::vector<const Site*>& sites,
                                   const std::vector<const Renderer*>& renderers,
                                   const FileSystem& fs, Publisher& publisher, int workers,
                                   const BuildLog& log) {
  std::vector<RenderPlan> plans;
  for (size_t i = 0; i < sites.size(); ++i) plans.push_back(PlanOutputs(*sites[i], *renderers[i]));
  PlanLanguageRoots(sites, &plans);

  // Every output in plan order: rendered jobs, fixed files, then files copied as they are.
  struct Job {
    const Renderer* renderer;
    const RenderJob* job;
    const OutputMinifier* minifier;
  };
  std::vector<OutputMinifier> minifiers;
  for (const Site* site : sites) minifiers.emplace_back(site->options());
  std::vector<Job> jobs;
  std::vector<const std::pair<std::string, std::string>*> files;
  std::vector<const PublishedResource*> copies;
  for (size_t i = 0; i < sites.size(); ++i) {
    for (const RenderJob& job : plans[i].jobs) jobs.push_back({renderers[i], &job, &minifiers[i]});
    for (const auto& file : plans[i].files) files.push_back(&file);
    for (const PublishedResource& r : sites[i]->content().resources()) copies.push_back(&r);
    for (const PublishedResource& r : plans[i].resource_copies) copies.push_back(&r);
  }
  if (!sites.empty()) {
    for (const PublishedResource& r : sites[0]->static_files()) copies.push_back(&r);
  }
  const size_t total = jobs.size() + files.size() + copies.size();
  std::vector<std::string_view> paths;
  std::vector<int> ranks;
  paths.reserve(total);
  ranks.reserve(total);
  for (const Job& job : jobs) {
    paths.push_back(job.job->path);
    ranks.push_back(job.job->kind == OutputKind::kAlias ? 1 : 2);
  }
  for (const auto* file : files) {
    paths.push_back(file->first);
    ranks.push_back(2);
  }
  for (const PublishedResource* copy : copies) {
    paths.push_back(copy->target);
    ranks.push_back(0);
  }
  const std::vector<bool> shadowed = ShadowedOutputs(paths, ranks);

  // One slot per output, so the reported error does not depend on thread timing.
  std::vector<Status> results(total);
  auto run = [&](size_t i) -> Status {
    if (shadowed[i]) return Status::Ok();
    if (i < jobs.size()) {
      ASSIGN_OR_RETURN(std::string out, jobs[i].renderer->Render(*jobs[i].job));
      ASSIGN_OR_RETURN(out, jobs[i].minifier->Minify(*jobs[i].job, std::move(out)));
      return publisher.Write(jobs[i].job->path, out);
    }
    i -= jobs.size();
    if (i < files.size()) {
      ASSIGN_OR_RETURN(std::string out, minifiers[0].MinifyFile(files[i]->first, files[i]->second));
      return publisher.Write(files[i]->first, out);
    }
    i -= files.size();
    ASSIGN_OR_RETURN(std::string data, fs.ReadFile(copies[i]->source));
    return publisher.Write(copies[i]->target, data);
  };
  // The 404 pages run last, as in hugo: one may reuse the home page's partialCached results,
  // which must be the home page's own.
  std::vector<size_t> first, last;
  for (size_t i = 0; i < total; ++i) {
    bool not_found = i < jobs.size() && jobs[i].job->kind == OutputKind::k404;
    (not_found ? last : first).push_back(i);
  }
  tbb::task_arena arena(workers > 0 ? workers : tbb::task_arena::automatic);
  arena.execute([&] {
    for (const std::vector<size_t>* phase : {&first, &last}) {
      tbb::parallel_for(size_t{0}, phase->size(),
                        [&](size_t k) { results[(*phase)[k]] = run((*phase)[k]); });
    }
  });
  for (const Status& s : results) RETURN_IF_ERROR(s);
  // Assets every language published once, after the outputs that asked for them.
  std::map<std::string, std::shared_ptr<const std::string>> published;
  for (const Renderer* r : renderers) published.merge(r->PublishedOnUse());
  for (const auto& [path, content] : published) RETURN_IF_ERROR(publisher.Write(path, *content));
  if (const int errors = log.errors(); errors > 0) {
    return Status(StatusCode::kFailedPrecondition,
                  "Error building site: logged " + std::to_string(errors) + " error(s)");
  }
  RETURN_IF_ERROR(publisher.Commit());

  BuildSummary summary;
  for (size_t i = 0; i < sites.size(); ++i) {
    LanguageCounts& c = summary.languages.emplace_back();
    c.lang = sites[i]->options().language.lang;
    c.pages = plans[i].pages;
    c.paginator_pages = plans[i].paginator_pages;
    c.aliases = plans[i].aliases;
    c.sitemaps = plans[i].sitemaps;
    c.non_page_files = static_cast<int>(sites[i]->content().resources().size());
    c.static_files = static_cast<int>(sites[i]->static_files().size());
    c.processed_images = renderers[i]->ProcessedImages();
  }
  return summary;
}

}  // namespace kiln
