#include "deploy/credentials.h"

#include "base/path.h"
#include "base/strings.h"

namespace kiln::deploy {

namespace {

using IniFile = std::map<std::string, std::map<std::string, std::string>>;

// The AWS config files are INI: "[section]" lines and "key = value" lines.
IniFile ParseIni(std::string_view text) {
  IniFile ini;
  std::string section;
  for (std::string_view raw : Split(text, '\n')) {
    std::string_view line = TrimSpace(raw);
    if (line.empty() || line[0] == '#' || line[0] == ';') continue;
    if (line.front() == '[' && line.back() == ']') {
      section = std::string(TrimSpace(line.substr(1, line.size() - 2)));
      continue;
    }
    size_t eq = line.find('=');
    if (eq == std::string_view::npos) continue;
    ini[section][std::string(TrimSpace(line.substr(0, eq)))] =
        std::string(TrimSpace(line.substr(eq + 1)));
  }
  return ini;
}

std::string Get(const EnvMap& env, const std::string& key) {
  auto it = env.find(key);
  return it == env.end() ? "" : it->second;
}

StatusOr<IniFile> ReadIni(const FileSystem& fs, const std::string& path) {
  if (path.empty() || !fs.Exists(path)) return IniFile();
  ASSIGN_OR_RETURN(std::string text, fs.ReadFile(path));
  return ParseIni(text);
}

std::string Lookup(const IniFile& ini, const std::string& section, const std::string& key) {
  auto s = ini.find(section);
  if (s == ini.end()) return "";
  auto k = s->second.find(key);
  return k == s->second.end() ? "" : k->second;
}

}  // namespace

StatusOr<EnvMap> MergeDotEnv(const EnvMap& env, const FileSystem& fs, const std::string& site_dir) {
  EnvMap out = env;
  std::string path = JoinPath(site_dir.empty() ? "." : site_dir, ".env");
  if (!fs.Exists(path)) return out;
  ASSIGN_OR_RETURN(std::string text, fs.ReadFile(path));
  for (std::string_view raw : Split(text, '\n')) {
    std::string_view line = TrimSpace(raw);
    if (line.empty() || line[0] == '#') continue;
    if (line.starts_with("export ")) line = TrimSpace(line.substr(7));
    size_t eq = line.find('=');
    if (eq == std::string_view::npos) continue;
    std::string key(TrimSpace(line.substr(0, eq)));
    std::string_view value = TrimSpace(line.substr(eq + 1));
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
        value.back() == value.front()) {
      value = value.substr(1, value.size() - 2);
    }
    out.emplace(key, std::string(value));  // the real environment wins
  }
  return out;
}

StatusOr<AwsSettings> ResolveAwsSettings(const EnvMap& env, const FileSystem& fs,
                                         const BucketUrl& bucket) {
  std::string home = Get(env, "HOME");
  std::string credentials_file = Get(env, "AWS_SHARED_CREDENTIALS_FILE");
  if (credentials_file.empty() && !home.empty()) credentials_file = home + "/.aws/credentials";
  std::string config_file = Get(env, "AWS_CONFIG_FILE");
  if (config_file.empty() && !home.empty()) config_file = home + "/.aws/config";
  ASSIGN_OR_RETURN(IniFile credentials_ini, ReadIni(fs, credentials_file));
  ASSIGN_OR_RETURN(IniFile config_ini, ReadIni(fs, config_file));

  std::string profile = bucket.profile;
  if (profile.empty()) profile = Get(env, "AWS_PROFILE");
  bool explicit_profile = !profile.empty();
  if (profile.empty()) profile = "default";
  const std::string config_section = profile == "default" ? profile : "profile " + profile;

  AwsSettings out;
  std::string key_id = Get(env, "AWS_ACCESS_KEY_ID");
  std::string secret = Get(env, "AWS_SECRET_ACCESS_KEY");
  if (!key_id.empty() && !secret.empty() && bucket.profile.empty()) {
    out.credentials = {key_id, secret, Get(env, "AWS_SESSION_TOKEN")};
    out.source = "environment";
  } else {
    for (const auto* ini : {&credentials_ini, &config_ini}) {
      const std::string section = ini == &credentials_ini ? profile : config_section;
      std::string id = Lookup(*ini, section, "aws_access_key_id");
      std::string sk = Lookup(*ini, section, "aws_secret_access_key");
      if (!id.empty() && !sk.empty()) {
        out.credentials = {id, sk, Lookup(*ini, section, "aws_session_token")};
        out.source = "profile " + profile;
        break;
      }
    }
    if (out.source.empty()) {
      return Status(StatusCode::kUnauthenticated,
                    explicit_profile
                        ? "no AWS credentials for profile \"" + profile +
                              "\" in ~/.aws/credentials or ~/.aws/config"
                        : "no AWS credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, "
                          "or AWS_PROFILE with ~/.aws/credentials");
    }
  }

  for (const std::string& candidate :
       {bucket.region, Get(env, "AWS_REGION"), Get(env, "AWS_DEFAULT_REGION"),
        Lookup(config_ini, config_section, "region"), std::string("us-east-1")}) {
    if (!candidate.empty()) {
      out.region = candidate;
      break;
    }
  }
  out.endpoint = bucket.endpoint;
  if (out.endpoint.empty()) out.endpoint = Get(env, "AWS_ENDPOINT_URL_S3");
  if (out.endpoint.empty()) out.endpoint = Get(env, "AWS_ENDPOINT_URL");
  if (out.endpoint.empty()) out.endpoint = Lookup(config_ini, config_section, "endpoint_url");
  while (out.endpoint.ends_with('/')) out.endpoint.pop_back();
  return out;
}

}  // namespace kiln::deploy
