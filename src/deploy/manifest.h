// The deploy manifest: a JSON object kiln keeps in the bucket (at <prefix>.kiln/manifest.json)
// describing every object the last deploy left there (MD5, size, headers). The next deploy
// reads it to see header-only changes without a HEAD per object, and it is the record a
// future rollback builds on. It is stored gzipped (with Content-Encoding: gzip): a site of
// 10,000 files has a 1.9 MB manifest that compresses to 0.32 MB, and every changing
// deploy writes it twice. A plain value type.
#ifndef KILN_DEPLOY_MANIFEST_H_
#define KILN_DEPLOY_MANIFEST_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "base/status.h"
#include "deploy/s3_client.h"

namespace kiln::deploy {

inline constexpr char kManifestKey[] = ".kiln/manifest.json";

struct ManifestEntry {
  std::string md5_hex;
  uint64_t size = 0;
  ObjectHeaders headers;
};

struct Manifest {
  std::string deploy_id;  // "20261126T170000Z"
  // False while a deploy is changing the bucket: kiln writes an incomplete manifest before the
  // first change and a complete one after the last, so a complete manifest describes the
  // bucket exactly (unless something other than kiln wrote to it).
  bool complete = true;
  std::map<std::string, ManifestEntry> objects;  // by full key
};

std::string ManifestToJson(const Manifest& manifest);
StatusOr<Manifest> ManifestFromJson(std::string_view json);

// The object kiln stores: the JSON, gzipped.
std::string EncodeManifest(const Manifest& manifest);
// Reads a stored manifest, gzipped or (as kiln wrote them before) plain JSON.
StatusOr<Manifest> DecodeManifest(std::string_view body);

}  // namespace kiln::deploy

#endif  // KILN_DEPLOY_MANIFEST_H_
