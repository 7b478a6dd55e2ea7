#include "deploy/local_files.h"

#include "base/path.h"
#include "deploy/crypto.h"
#include "deploy/gzip.h"
#include "deploy/html_references.h"

namespace kiln::deploy {

namespace {

Status Walk(const FileSystem& fs, const std::string& root, const std::string& rel,
            std::vector<std::string>* out) {
  ASSIGN_OR_RETURN(std::vector<FileInfo> entries,
                   fs.ListDir(rel.empty() ? root : JoinPath(root, rel)));
  for (const FileInfo& entry : entries) {
    if (entry.name == ".DS_Store") continue;
    if (entry.name.starts_with('.') && !(entry.is_dir && entry.name == ".well-known")) continue;
    std::string path = rel.empty() ? entry.name : rel + "/" + entry.name;
    if (entry.is_dir) {
      RETURN_IF_ERROR(Walk(fs, root, path, out));
    } else {
      out->push_back(path);
    }
  }
  return Status::Ok();
}

bool IsPage(const std::string& path) { return path.ends_with(".html") || path.ends_with(".htm"); }

// The site's own media type for the path's suffix, else kiln's built-in table.
std::string SiteContentType(const std::string& path, const DeploymentConfig& config) {
  size_t dot = path.rfind('.');
  if (dot != std::string::npos && path.find('/', dot) == std::string::npos) {
    auto it = config.site_content_types.find(std::string_view(path).substr(dot + 1));
    if (it != config.site_content_types.end()) return it->second;
  }
  return ContentTypeFor(path);
}

}  // namespace

std::string KeyForPath(const std::string& path, const Target& target) {
  std::string key = path;
  if (target.strip_index_html && key != "index.html" && key.ends_with("/index.html")) {
    key.resize(key.size() - std::string_view("index.html").size());
  }
  return target.bucket.prefix + key;
}

bool TargetIncludes(const Target& target, const std::string& path) {
  if (target.include && !target.include->Match(path)) return false;
  if (target.exclude && target.exclude->Match(path)) return false;
  return true;
}

StatusOr<std::string> ReadUploadBody(const FileSystem& fs, const std::string& publish_dir,
                                     const LocalFile& file) {
  ASSIGN_OR_RETURN(std::string data, fs.ReadFile(JoinPath(publish_dir, file.path)));
  return file.gzip ? GzipDeterministic(data) : data;
}

StatusOr<std::vector<std::string>> ListLocalPaths(const FileSystem& fs,
                                                  const std::string& publish_dir,
                                                  const Target& target) {
  if (!fs.IsDir(publish_dir)) {
    return NotFoundError("publish directory \"" + publish_dir +
                         "\" does not exist: build the site first");
  }
  std::vector<std::string> paths;
  RETURN_IF_ERROR(Walk(fs, publish_dir, "", &paths));
  std::erase_if(paths, [&](const std::string& path) { return !TargetIncludes(target, path); });
  std::sort(paths.begin(), paths.end());
  return paths;
}

StatusOr<std::vector<LocalFile>> DescribeLocalFiles(const FileSystem& fs,
                                                    const std::string& publish_dir,
                                                    const std::vector<std::string>& paths,
                                                    const Target& target,
                                                    const DeploymentConfig& config) {
  std::vector<LocalFile> files;
  files.reserve(paths.size());
  for (const std::string& path : paths) {
    LocalFile file;
    file.path = path;
    file.key = KeyForPath(path, target);
    const Matcher* matcher = nullptr;
    for (const Matcher& m : config.matchers) {
      if (std::regex_search(path, m.regex)) {
        matcher = &m;
        break;
      }
    }
    file.headers.content_type = SiteContentType(path, config);
    file.headers.cache_control = DefaultCacheControl(path);
    if (matcher != nullptr) {
      if (!matcher->content_type.empty()) file.headers.content_type = matcher->content_type;
      if (!matcher->cache_control.empty()) file.headers.cache_control = matcher->cache_control;
      file.headers.content_encoding = matcher->gzip ? "gzip" : matcher->content_encoding;
      file.gzip = matcher->gzip;
      file.force = matcher->force;
    }
    file.phase = PhaseFor(path);
    file.order_group = static_cast<int>(config.order_regexes.size());
    for (size_t i = 0; i < config.order_regexes.size(); ++i) {
      if (std::regex_search(path, config.order_regexes[i])) {
        file.order_group = static_cast<int>(i);
        break;
      }
    }
    ASSIGN_OR_RETURN(std::string data, fs.ReadFile(JoinPath(publish_dir, path)));
    if (IsPage(path)) {
      HtmlReferences refs = FindHtmlReferences(data, path);
      file.loads = std::move(refs.loads);
      file.links = std::move(refs.links);
    }
    if (file.gzip) data = GzipDeterministic(data);
    file.size = data.size();
    file.md5_hex = Md5Hex(data);
    files.push_back(std::move(file));
  }
  return files;
}

}  // namespace kiln::deploy
