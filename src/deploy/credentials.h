// AWS settings resolution the way the AWS tools do it: credentials from AWS_ACCESS_KEY_ID /
// AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN, else from a profile (AWS_PROFILE or the target
// URL's `profile`, else "default") in ~/.aws/credentials and ~/.aws/config; region and
// endpoint from the target URL, the environment or the profile. A `.env` file in the site
// root adds variables the real environment does not set.
//
// The environment arrives as a map: the library never reads the process environment. Stateless.
#ifndef KILN_DEPLOY_CREDENTIALS_H_
#define KILN_DEPLOY_CREDENTIALS_H_

#include <map>
#include <string>

#include "base/file_system.h"
#include "base/status.h"
#include "deploy/deploy_config.h"
#include "deploy/sigv4.h"

namespace kiln::deploy {

using EnvMap = std::map<std::string, std::string>;

struct AwsSettings {
  Credentials credentials;
  std::string region;    // never empty: "us-east-1" when nothing says otherwise
  std::string endpoint;  // from the target URL or the profile's endpoint_url; may be empty
  std::string source;    // where the credentials came from, for messages ("environment", …)
};

// Reads `site_dir`/.env (KEY=VALUE lines, '#' comments, optional quotes) into a copy of `env`
// without overriding variables already set. A missing file is not an error.
StatusOr<EnvMap> MergeDotEnv(const EnvMap& env, const FileSystem& fs, const std::string& site_dir);

StatusOr<AwsSettings> ResolveAwsSettings(const EnvMap& env, const FileSystem& fs,
                                         const BucketUrl& bucket);

}  // namespace kiln::deploy

#endif  // KILN_DEPLOY_CREDENTIALS_H_
