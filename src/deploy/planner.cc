#include "deploy/planner.h"

#include <algorithm>
#include <functional>
#include <set>
#include <tuple>
#include <unordered_map>

namespace kiln::deploy {

namespace {

std::string HeaderDifference(const ObjectHeaders& want, const ObjectHeaders& have) {
  std::string out;
  auto add = [&](const char* name, const std::string& a, const std::string& b) {
    if (a == b) return;
    if (!out.empty()) out += ", ";
    out += std::string(name) + " \"" + b + "\" -> \"" + a + "\"";
  };
  add("Cache-Control", want.cache_control, have.cache_control);
  add("Content-Type", want.content_type, have.content_type);
  add("Content-Encoding", want.content_encoding, have.content_encoding);
  return out;
}

std::optional<PlannedUpload> Compare(const LocalFile& file, const RemoteIndex& remote, bool force) {
  auto it = remote.find(file.key);
  if (it == remote.end()) return PlannedUpload{0, UploadReason::kNew, "", std::nullopt};
  const RemoteEntry& have = it->second;
  PlannedUpload up{0, UploadReason::kNew, "", have};
  if (force || file.force) {
    up.reason = UploadReason::kForce;
  } else if (have.size != file.size) {
    up.reason = UploadReason::kSizeDiffers;
  } else if (have.md5_hex.empty()) {
    up.reason = UploadReason::kRemoteMd5Missing;
  } else if (have.md5_hex != file.md5_hex) {
    up.reason = UploadReason::kMd5Differs;
  } else if (!have.headers) {
    up.reason = UploadReason::kHeadersDiffer;
    up.detail = "remote headers unknown";
  } else if (*have.headers != file.headers) {
    up.reason = UploadReason::kHeadersDiffer;
    up.detail = HeaderDifference(file.headers, *have.headers);
  } else {
    return std::nullopt;
  }
  return up;
}

// For each page being uploaded: 0 if it links to no page that is new in this deploy, else one
// more than the deepest such page, so new pages go live before the pages that link to them.
// Links around a cycle of new pages are ignored (one of them must go first).
std::vector<int> LinkLevels(const std::vector<LocalFile>& files,
                            const std::vector<PlannedUpload>& uploads) {
  std::unordered_map<std::string, size_t> new_pages;  // site path -> index in uploads
  for (size_t i = 0; i < uploads.size(); ++i) {
    const LocalFile& f = files[uploads[i].file];
    if (f.phase == Phase::kPages && uploads[i].reason == UploadReason::kNew) new_pages[f.path] = i;
  }
  std::vector<int> level(uploads.size(), -1);
  std::vector<bool> on_stack(uploads.size(), false);
  std::function<int(size_t)> visit = [&](size_t i) -> int {
    if (level[i] >= 0) return level[i];
    on_stack[i] = true;
    int deepest = -1;
    const LocalFile& f = files[uploads[i].file];
    for (const auto* refs : {&f.links, &f.loads}) {
      for (const std::string& target : *refs) {
        auto it = new_pages.find(target);
        if (it == new_pages.end() || it->second == i || on_stack[it->second]) continue;
        deepest = std::max(deepest, visit(it->second));
      }
    }
    on_stack[i] = false;
    return level[i] = deepest + 1;
  };
  for (size_t i = 0; i < uploads.size(); ++i) {
    if (files[uploads[i].file].phase == Phase::kPages)
      visit(i);
    else
      level[i] = 0;
  }
  return level;
}

}  // namespace

std::string UploadReasonText(const PlannedUpload& upload) {
  switch (upload.reason) {
    case UploadReason::kNew:
      return "not found at target";
    case UploadReason::kForce:
      return "--force";
    case UploadReason::kSizeDiffers:
      return "size differs";
    case UploadReason::kMd5Differs:
      return "md5 differs";
    case UploadReason::kRemoteMd5Missing:
      return "remote md5 missing";
    case UploadReason::kHeadersDiffer:
      return "headers differ: " + upload.detail;
  }
  return "";
}

Plan MakePlan(const std::vector<LocalFile>& files, const RemoteIndex& remote, const Target& target,
              const PlanOptions& options) {
  Plan plan;
  std::set<std::string> local_keys;
  for (size_t i = 0; i < files.size(); ++i) {
    local_keys.insert(files[i].key);
    if (std::optional<PlannedUpload> up = Compare(files[i], remote, options.force)) {
      up->file = i;
      plan.uploads.push_back(std::move(*up));
      plan.upload_bytes += files[i].size;
    }
  }

  std::vector<int> level = LinkLevels(files, plan.uploads);
  std::vector<size_t> order(plan.uploads.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  auto rank = [&](size_t i) {
    const LocalFile& f = files[plan.uploads[i].file];
    return std::make_tuple(static_cast<int>(f.phase), f.order_group, level[i]);
  };
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return std::make_tuple(rank(a), files[plan.uploads[a].file].path) <
           std::make_tuple(rank(b), files[plan.uploads[b].file].path);
  });
  std::vector<PlannedUpload> sorted;
  for (size_t k = 0; k < order.size(); ++k) {
    if (k == 0 || rank(order[k]) != rank(order[k - 1])) plan.groups.emplace_back();
    plan.groups.back().push_back(sorted.size());
    sorted.push_back(std::move(plan.uploads[order[k]]));
  }
  plan.uploads = std::move(sorted);

  const std::string reserved = target.bucket.prefix + options.reserved_prefix;
  for (const auto& [key, entry] : remote) {
    if (local_keys.contains(key) || key.starts_with(reserved)) continue;
    if (!key.starts_with(target.bucket.prefix)) continue;
    std::string path = key.substr(target.bucket.prefix.size());
    if (path.ends_with('/')) path += "index.html";  // stripIndexHTML keys
    if (!TargetIncludes(target, path)) continue;
    plan.deletes.push_back(key);
  }
  if (options.max_deletes >= 0 && plan.deletes.size() > static_cast<size_t>(options.max_deletes)) {
    plan.skipped_deletes = plan.deletes.size();
    plan.deletes.clear();
  }
  return plan;
}

}  // namespace kiln::deploy
