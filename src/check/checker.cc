#include "check/checker.h"

#include <oneapi/tbb/enumerable_thread_specific.h>
#include <oneapi/tbb/parallel_for.h>

#include <algorithm>
#include <map>

#include "base/path.h"
#include "base/strings.h"
#include "check/css_scanner.h"
#include "check/external_checker.h"
#include "check/feed_scanner.h"
#include "check/file_facts.h"
#include "check/html_scanner.h"
#include "check/site_index.h"
#include "check/url_resolver.h"

namespace kiln::check {

namespace {

enum class FileKind : uint8_t { kOther, kHtml, kCss, kXml };

FileKind KindOf(std::string_view path) {
  std::string ext = AsciiLower(PathExt(path));
  if (ext == ".html" || ext == ".htm") return FileKind::kHtml;
  if (ext == ".css") return FileKind::kCss;
  if (ext == ".xml") return FileKind::kXml;
  return FileKind::kOther;
}

// What the resolve phase learns about one file.
struct Resolution {
  std::vector<Finding> findings;
  std::vector<int> weighed;  // files this one loads with it, for page weight
  // External URLs (fragment removed) with the reference that named them.
  std::vector<std::pair<std::string, const Reference*>> external;
};

std::string FormatKB(uint64_t bytes) {
  // One decimal, rounded half up: 612345 → "612.3 KB".
  uint64_t tenths = (bytes + 50) / 100;
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " KB";
}

class Checker {
 public:
  Checker(const CheckOptions& options, const BaseUrl& base, const SiteIndex& index, FileSystem& fs)
      : options_(options), base_(base), index_(index), fs_(fs) {}

  CheckReport Run(const Clock& clock) {
    const std::vector<SiteFile>& files = index_.files();
    facts_.resize(files.size());
    kinds_.resize(files.size());
    for (size_t i = 0; i < files.size(); ++i) {
      kinds_[i] = options_.IgnoresFile(files[i].path) ? FileKind::kOther : KindOf(files[i].path);
    }
    tbb::enumerable_thread_specific<HtmlScanner> scanners;
    tbb::parallel_for(size_t{0}, files.size(), [&](size_t i) { Scan(i, scanners.local()); });

    std::vector<Resolution> resolved(files.size());
    tbb::parallel_for(size_t{0}, files.size(), [&](size_t i) { Resolve(i, &resolved[i]); });

    CheckReport report;
    report.budget_bytes = options_.budget_bytes;
    std::vector<PageWeight> weights = Weigh(resolved, &report);
    for (size_t i = 0; i < files.size(); ++i) {
      if (kinds_[i] != FileKind::kOther) ++report.files_checked;
      if (kinds_[i] == FileKind::kHtml) ++report.pages_checked;
      for (Finding& f : facts_[i].findings) report.findings.push_back(std::move(f));
      for (Finding& f : resolved[i].findings) report.findings.push_back(std::move(f));
    }
    if (options_.external.enabled) CheckExternal(resolved, clock, &report);
    std::sort(report.findings.begin(), report.findings.end());
    report.heaviest = std::move(weights);
    return report;
  }

 private:
  void Scan(size_t i, HtmlScanner& scanner) {
    if (kinds_[i] == FileKind::kOther) return;
    const std::string& path = index_.files()[i].path;
    StatusOr<std::string> text = fs_.ReadFile(JoinPath(options_.dir, path));
    if (!text.ok()) {
      facts_[i].findings.push_back(
          Finding{path, 0, 0, Severity::kError, Rule::kUnreadable, text.status().message(), ""});
      return;
    }
    switch (kinds_[i]) {
      case FileKind::kHtml:
        facts_[i] = scanner.Scan(path, *text);
        break;
      case FileKind::kCss:
        ScanCss(*text, 1, 1, &facts_[i].refs);
        break;
      case FileKind::kXml:
        facts_[i] = ScanFeed(path, *text);
        break;
      case FileKind::kOther:
        break;
    }
  }

  void Error(Resolution* out, const std::string& file, const Reference& ref, Rule rule,
             std::string message) {
    out->findings.push_back(
        Finding{file, ref.line, ref.column, Severity::kError, rule, std::move(message), ref.url});
  }

  void Resolve(size_t i, Resolution* out) {
    const std::string& page = index_.files()[i].path;
    for (const Reference& ref : facts_[i].refs) {
      if (options_.IgnoresUrl(ref.url)) continue;
      ResolvedUrl r = ResolveUrl(ref.url, page, base_);
      bool loads = ref.kind == RefKind::kWeighed || ref.kind == RefKind::kResource;
      if (loads && r.insecure && base_.scheme == "https") {
        Error(out, page, ref, Rule::kMixedContent,
              "\"" + ref.url + "\" is loaded over http:// on an https:// site");
      }
      Rule broken = ref.kind == RefKind::kListed ? Rule::kListedUrl : Rule::kBrokenLink;
      switch (r.target) {
        case Target::kSkip:
          continue;
        case Target::kExternal:
          if (options_.external.enabled && ref.kind != RefKind::kListed) {
            std::string_view url = TrimSpace(ref.url);
            out->external.emplace_back(std::string(url.substr(0, url.find('#'))), &ref);
          }
          continue;
        case Target::kOutside:
          Error(out, page, ref, broken, "\"" + ref.url + "\" leads outside the site");
          continue;
        case Target::kInternal:
          break;
      }
      int target = index_.Find(r.path, r.directory);
      if (target < 0) {
        Error(out, page, ref, broken,
              "\"" + ref.url + "\" leads nowhere: no file " +
                  SiteIndex::ServedPath(r.path, r.directory));
        continue;
      }
      if (ref.kind == RefKind::kWeighed) out->weighed.push_back(target);
      if (r.has_fragment && !r.fragment.empty() && kinds_[target] == FileKind::kHtml &&
          !EqualsIgnoreAsciiCase(r.fragment, "top")) {
        const std::vector<std::string>& ids = facts_[target].ids;
        if (!std::binary_search(ids.begin(), ids.end(), r.fragment)) {
          Error(out, page, ref, Rule::kBrokenAnchor,
                "\"" + ref.url + "\": " + index_.files()[target].path + " has no id \"" +
                    r.fragment + "\"");
        }
      }
    }
  }

  // Sums, for each page, its own size and every file it loads (following CSS imports and
  // CSS url()s, each file counted once). Pages over budget become findings; the heaviest
  // are returned, heaviest first.
  std::vector<PageWeight> Weigh(const std::vector<Resolution>& resolved, CheckReport* report) {
    const std::vector<SiteFile>& files = index_.files();
    std::vector<uint64_t> weight(files.size(), 0);
    tbb::enumerable_thread_specific<std::vector<int>> seen_lists;
    tbb::parallel_for(size_t{0}, files.size(), [&](size_t i) {
      if (kinds_[i] != FileKind::kHtml) return;
      std::vector<int>& seen = seen_lists.local();
      seen.clear();
      std::vector<int> todo = resolved[i].weighed;
      uint64_t total = files[i].size;
      while (!todo.empty()) {
        int f = todo.back();
        todo.pop_back();
        if (std::find(seen.begin(), seen.end(), f) != seen.end()) continue;
        seen.push_back(f);
        total += files[f].size;
        if (kinds_[f] == FileKind::kCss) {
          todo.insert(todo.end(), resolved[f].weighed.begin(), resolved[f].weighed.end());
        }
      }
      weight[i] = total;
    });
    std::vector<PageWeight> pages;
    for (size_t i = 0; i < files.size(); ++i) {
      if (kinds_[i] != FileKind::kHtml) continue;
      pages.push_back(PageWeight{files[i].path, weight[i]});
      if (weight[i] > options_.budget_bytes) {
        report->findings.push_back(Finding{files[i].path, 0, 0, Severity::kError, Rule::kPageWeight,
                                           "page loads " + std::to_string(weight[i]) + " bytes (" +
                                               FormatKB(weight[i]) + "), over the budget of " +
                                               FormatKB(options_.budget_bytes),
                                           ""});
      }
    }
    size_t n = std::min(pages.size(), static_cast<size_t>(std::max(0, options_.heaviest_count)));
    std::partial_sort(pages.begin(), pages.begin() + static_cast<ptrdiff_t>(n), pages.end(),
                      [](const PageWeight& a, const PageWeight& b) {
                        return a.bytes != b.bytes ? a.bytes > b.bytes : a.page < b.page;
                      });
    pages.resize(n);
    return pages;
  }

  void CheckExternal(const std::vector<Resolution>& resolved, const Clock& clock,
                     CheckReport* report) {
    std::map<std::string, std::vector<std::pair<size_t, const Reference*>>> uses;
    for (size_t i = 0; i < resolved.size(); ++i) {
      for (const auto& [url, ref] : resolved[i].external) uses[url].emplace_back(i, ref);
    }
    std::vector<std::string> urls;
    for (const auto& [url, refs] : uses) urls.push_back(url);
    std::vector<ExternalResult> results = CheckExternalUrls(urls, options_.external, fs_, clock);
    report->external_checked = static_cast<int>(urls.size());
    for (size_t u = 0; u < urls.size(); ++u) {
      if (results[u].ok()) continue;
      for (const auto& [file, ref] : uses[urls[u]]) {
        report->findings.push_back(Finding{
            index_.files()[file].path, ref->line, ref->column, Severity::kError,
            Rule::kExternalLink, "\"" + ref->url + "\": " + results[u].Describe(), ref->url});
      }
    }
  }

  const CheckOptions& options_;
  const BaseUrl& base_;
  const SiteIndex& index_;
  FileSystem& fs_;
  std::vector<FileFacts> facts_;
  std::vector<FileKind> kinds_;
};

}  // namespace

StatusOr<CheckReport> RunCheck(const CheckOptions& options, FileSystem& fs, const Clock& clock) {
  ASSIGN_OR_RETURN(BaseUrl base, ParseBaseUrl(options.base_url));
  ASSIGN_OR_RETURN(SiteIndex index, SiteIndex::Load(fs, options.dir));
  return Checker(options, base, index, fs).Run(clock);
}

}  // namespace kiln::check
