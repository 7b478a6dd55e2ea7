// DeploymentConfig: the `[deployment]` section of a site's configuration, read the way
// `hugo deploy` reads it (keys case-insensitive, values weakly typed as mapstructure decodes
// them) so a Hugo user switches without edits. Immutable once parsed; share freely.
#ifndef KILN_DEPLOY_DEPLOY_CONFIG_H_
#define KILN_DEPLOY_DEPLOY_CONFIG_H_

#include <map>
#include <optional>
#include <regex>
#include <string>
#include <vector>

#include "base/status.h"
#include "deploy/glob.h"
#include "value/value.h"

namespace kiln::deploy {

// Where a target's objects live, from its URL
// ("s3://bucket?region=R&endpoint=URL&s3ForcePathStyle=true&prefix=sub/").
struct BucketUrl {
  std::string bucket;
  std::string region;    // empty: from the environment or the AWS config files
  std::string endpoint;  // empty: AWS's own endpoint for the region
  std::string prefix;    // key prefix inside the bucket, "" or ending in '/'
  std::string profile;   // AWS profile name, empty for the default chain
  bool force_path_style = false;
  bool disable_ssl = false;
};

StatusOr<BucketUrl> ParseBucketUrl(const std::string& url);

struct Target {
  std::string name;
  std::string url;
  BucketUrl bucket;
  std::optional<Glob> include;
  std::optional<Glob> exclude;
  std::string cloudfront_distribution_id;
  bool strip_index_html = false;
};

struct Matcher {
  std::string pattern;
  std::regex regex;
  std::string cache_control;
  std::string content_encoding;
  std::string content_type;
  bool gzip = false;
  bool force = false;
};

struct DeploymentConfig {
  std::vector<Target> targets;
  std::vector<Matcher> matchers;   // first match wins
  std::vector<std::string> order;  // regexps, as written
  std::vector<std::regex> order_regexes;
  // How many invalidation paths kiln sends before collapsing them into wildcards
  // (`invalidationMaxPaths`, a kiln extension).
  int invalidation_max_paths = 20;
  // Content-Type by file suffix ("foo", no dot) from the site's own `[mediaTypes]`; consulted
  // before kiln's built-in table, after a matcher's contentType.
  std::map<std::string, std::string, std::less<>> site_content_types;

  // The target named `name`, or the first one when `name` is empty.
  StatusOr<const Target*> FindTarget(const std::string& name) const;
};

// Parses the `[deployment]` map. A null Value is an empty configuration (no targets).
StatusOr<DeploymentConfig> ParseDeploymentConfig(const Value& deployment);

// Records the site's `[mediaTypes]` (type -> {suffixes = [...]}) in
// config->site_content_types. When several types claim one suffix the alphabetically first
// type wins, as Hugo picks it. A null Value adds nothing.
Status AddSiteMediaTypes(const Value& media_types, DeploymentConfig* config);

}  // namespace kiln::deploy

#endif  // KILN_DEPLOY_DEPLOY_CONFIG_H_
