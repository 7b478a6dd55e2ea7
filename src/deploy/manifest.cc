#include "deploy/manifest.h"

#include <nlohmann/json.hpp>

namespace kiln::deploy {

std::string ManifestToJson(const Manifest& manifest) {
  nlohmann::ordered_json objects = nlohmann::ordered_json::object();
  for (const auto& [key, e] : manifest.objects) {
    objects[key] = {{"md5", e.md5_hex},
                    {"size", e.size},
                    {"cacheControl", e.headers.cache_control},
                    {"contentType", e.headers.content_type},
                    {"contentEncoding", e.headers.content_encoding}};
  }
  nlohmann::ordered_json doc = {{"version", 1},
                                {"deployId", manifest.deploy_id},
                                {"complete", manifest.complete},
                                {"objects", objects}};
  return doc.dump(1) + "\n";
}

StatusOr<Manifest> ManifestFromJson(const std::string& json) {
  try {
    nlohmann::json doc = nlohmann::json::parse(json);
    Manifest m;
    m.deploy_id = doc.value("deployId", "");
    m.complete = doc.value("complete", false);
    for (const auto& [key, e] : doc.at("objects").items()) {
      m.objects[key] = {
          e.at("md5").get<std::string>(),
          e.at("size").get<uint64_t>(),
          {e.at("cacheControl").get<std::string>(), e.at("contentType").get<std::string>(),
           e.at("contentEncoding").get<std::string>()}};
    }
    return m;
  } catch (const nlohmann::json::exception& e) {
    return InvalidArgumentError(std::string("unreadable deploy manifest ") + kManifestKey + ": " +
                                e.what());
  }
}

}  // namespace kiln::deploy
