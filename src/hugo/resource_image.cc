// .Resize, .Fit, .Fill and .Crop on an image resource: the result is a new image resource
// named as hugo names it (stem_hu<hash>_<size>_<key>.ext beside the source), published
// when its URL is used and computed once per build through the ResourceContext's cache.
// And .Exif, as far as kiln answers it.
#include "assets/image_config.h"
#include "assets/image_processor.h"
#include "base/path.h"
#include "hugo/resource_transform.h"

namespace kiln::hugo {

StatusOr<Value> ResourceImageOp(const ResourceObject& r, assets::ImageOp op, std::string_view name,
                                std::span<const Value> args) {
  if (args.size() != 1 || !args[0].is_string()) {
    return InvalidArgumentError("wrong number of args for " + std::string(name) + ": want 1 got " +
                                std::to_string(args.size()));
  }
  const ResourceContext* ctx = r.context();
  if (ctx == nullptr) return InternalError("no resource context to process " + r.spec().name);
  const std::string& target = r.spec().target;
  std::string_view ext = PathExt(target);
  assets::ImageFormat source = assets::ImageFormatFromExt(ext.empty() ? ext : ext.substr(1));
  ASSIGN_OR_RETURN(assets::ImageConfig config,
                   assets::ParseImageSpec(op, args[0].AsString(), source, ctx->imaging()));
  // The key leaves the target format out when it is the source's; the cache may not.
  std::string key = "image:" + r.spec().key + ":" + assets::ImageKey(config) +
                    std::string(assets::ImageFormatExt(config.format));
  return ctx->Cached(key, [&]() -> StatusOr<Value> {
    ASSIGN_OR_RETURN(std::shared_ptr<const std::string> content, r.Content());
    ASSIGN_OR_RETURN(std::string processed, assets::ProcessImage(*content, config));
    ctx->CountProcessedImage();
    std::string id = r.spec().image_id.empty() ? assets::ImageId(*content) : r.spec().image_id;
    std::string out = assets::ProcessedImageName(target, id, config);
    ResourceSpec spec =
        Derived(r, out, key, std::make_shared<const std::string>(std::move(processed)));
    spec.image_id = std::move(id);
    spec.media_type = assets::ImageFormatMediaType(config.format);
    return ResourceValue(std::move(spec), ctx);
  });
}

StatusOr<Value> ResourceExif(const ResourceObject& r) {
  // Only JPEG carries EXIF for hugo; one without an Exif segment answers nil.
  if (r.spec().media_type != "image/jpeg") return Value();
  ASSIGN_OR_RETURN(std::shared_ptr<const std::string> content, r.Content());
  if (content->find(std::string_view("Exif\0\0", 6)) == std::string::npos) return Value();
  return UnimplementedError("reading EXIF data (Exif) is not supported by kiln: " + r.spec().name);
}

}  // namespace kiln::hugo
