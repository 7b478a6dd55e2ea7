// The pieces the asset pipeline's functions share: argument checks, how a transformation
// derives its result from its input, hugo's error wording, and the transformations that
// live in files of their own (toCSS, minify, js.Build). Pure functions; thread-safe.
#ifndef KILN_HUGO_RESOURCE_TRANSFORM_H_
#define KILN_HUGO_RESOURCE_TRANSFORM_H_

#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "assets/image_config.h"
#include "hugo/resource_context.h"
#include "hugo/resource_object.h"

namespace kiln::hugo {

// "/css/../css/a.css" → "css/a.css": asset and target paths are relative to their root.
std::string CleanTarget(std::string_view path);

// The resource `v` holds, or an error naming `func` and what `v` is.
StatusOr<const ResourceObject*> WantResource(std::string_view func, const Value& v);

// A resource made from `from` by a transformation: same name, title, media type, params and
// data; `content` published at `target`; `key` names the chain for the cache.
ResourceSpec Derived(const ResourceObject& from, std::string target, std::string key,
                     std::shared_ptr<const std::string> content);

// "css/main.css" + "min" → "css/main.min.css", as minify and fingerprint name their results.
std::string TargetWithInfix(const std::string& target, std::string_view infix);

// A new resource at `target` (its name and title too), typed by its extension.
ResourceSpec NewSpec(std::string target, std::shared_ptr<const std::string> content);

// Wraps a transformation's error as hugo words it:
// `WHAT: failed to transform "name" (media/type): message`.
Status TransformError(std::string_view what, const ResourceObject& r, const Status& s);

// .Resize, .Fit, .Fill, .Crop (`op`, called `name`) on the image resource `r`: [spec].
StatusOr<Value> ResourceImageOp(const ResourceObject& r, assets::ImageOp op, std::string_view name,
                                std::span<const Value> args);

// .Exif of an image resource: nil when it has no EXIF data, else an error (kiln does not
// decode EXIF).
StatusOr<Value> ResourceExif(const ResourceObject& r);

// resources.ToCSS / toCSS: [options] resource.
StatusOr<Value> ResourceToCss(const ResourceContext& ctx, std::span<const Value> args);

// js.Build: [options] resource.
StatusOr<Value> ResourceJsBuild(const ResourceContext& ctx, std::span<const Value> args);

// resources.Minify / minify: resource.
StatusOr<Value> ResourceMinify(const ResourceContext& ctx, std::span<const Value> args);

}  // namespace kiln::hugo

#endif  // KILN_HUGO_RESOURCE_TRANSFORM_H_
