#include "deploy/manifest.h"

#include <nlohmann/json.hpp>

#include "deploy/gzip.h"

namespace kiln::deploy {

namespace {

// A JSON string literal. Bytes from 0x80 up pass through: keys are UTF-8 file names.
void AppendJsonString(std::string* out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out->push_back('"');
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out->push_back('\\');
      out->push_back(c);
    } else if (u < 0x20) {
      out->append("\\u00");
      out->push_back(kHex[u >> 4]);
      out->push_back(kHex[u & 15]);
    } else {
      out->push_back(c);
    }
  }
  out->push_back('"');
}

}  // namespace

// Written by hand: a tree of JSON values for 10,000 objects takes several times as long to build
// and print, and a deploy that changes anything writes the manifest twice.
std::string ManifestToJson(const Manifest& manifest) {
  std::string out = "{\"version\":1,\"deployId\":";
  out.reserve(200 * manifest.objects.size() + 100);
  AppendJsonString(&out, manifest.deploy_id);
  out += manifest.complete ? ",\"complete\":true" : ",\"complete\":false";
  out += ",\"objects\":{";
  bool first = true;
  for (const auto& [key, e] : manifest.objects) {
    if (!first) out.push_back(',');
    first = false;
    AppendJsonString(&out, key);
    out += ":{\"md5\":";
    AppendJsonString(&out, e.md5_hex);
    out += ",\"size\":" + std::to_string(e.size) + ",\"cacheControl\":";
    AppendJsonString(&out, e.headers.cache_control);
    out += ",\"contentType\":";
    AppendJsonString(&out, e.headers.content_type);
    out += ",\"contentEncoding\":";
    AppendJsonString(&out, e.headers.content_encoding);
    out.push_back('}');
  }
  out += "}}\n";
  return out;
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
