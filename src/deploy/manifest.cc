#include "deploy/manifest.h"

#include <nlohmann/json.hpp>

#include "deploy/gzip.h"

namespace kiln::deploy {

std::string ManifestToJson(const Manifest& manifest) {
  // Sorted keys, as the map holds them; an ordered_json would look each key up linearly.
  nlohmann::json objects = nlohmann::json::object();
  for (const auto& [key, e] : manifest.objects) {
    objects[key] = {{"md5", e.md5_hex},
                    {"size", e.size},
                    {"cacheControl", e.headers.cache_control},
                    {"contentType", e.headers.content_type},
                    {"contentEncoding", e.headers.content_encoding}};
  }
  nlohmann::json doc = {{"version", 1},
                        {"deployId", manifest.deploy_id},
                        {"complete", manifest.complete},
                        {"objects", objects}};
  return doc.dump() + "\n";
}

StatusOr<Manifest> ManifestFromJson(std::string_view json) {
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

std::string EncodeManifest(const Manifest& manifest) {
  // zlib's fastest level: a tenth of a second less per write than the smallest output, for a
  // manifest a tenth larger.
  return GzipDeterministic(ManifestToJson(manifest), 1);
}

StatusOr<Manifest> DecodeManifest(std::string_view body) {
  if (!IsGzip(body)) return ManifestFromJson(body);
  StatusOr<std::string> json = Gunzip(body);
  if (!json.ok()) {
    return InvalidArgumentError(std::string("unreadable deploy manifest ") + kManifestKey + ": " +
                                json.status().message());
  }
  return ManifestFromJson(*json);
}

}  // namespace kiln::deploy
