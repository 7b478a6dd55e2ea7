#include "hugo/resource_transform.h"

#include "base/path.h"
#include "hugo/page_resources.h"
#include "value/go_format.h"

namespace kiln::hugo {

// "/css/../css/a.css" → "css/a.css": asset and target paths are relative to their root.
std::string CleanTarget(std::string_view path) {
  std::string clean = CleanPath(std::string("/") + std::string(path));
  return clean.substr(1);
}

StatusOr<const ResourceObject*> WantResource(std::string_view func, const Value& v) {
  const ResourceObject* r = AsResource(v);
  if (r == nullptr) {
    return InvalidArgumentError(std::string(func) + ": " + GoTypeName(v) + " is not a resource");
  }
  return r;
}

// A resource made from `from` by a transformation: same name, title, params and data,
// `content` published at `target`.
ResourceSpec Derived(const ResourceObject& from, std::string target, std::string key,
                     std::shared_ptr<const std::string> content) {
  ResourceSpec spec;
  spec.name = from.spec().name;
  spec.title = from.spec().title;
  spec.media_type = from.spec().media_type;
  spec.params = from.spec().params;
  spec.data = from.spec().data;
  spec.target = std::move(target);
  spec.key = std::move(key);
  spec.content = std::move(content);
  return spec;
}

std::string TargetWithInfix(const std::string& target, std::string_view infix) {
  std::string_view ext = PathExt(target);
  return target.substr(0, target.size() - ext.size()) + "." + std::string(infix) + std::string(ext);
}

ResourceSpec NewSpec(std::string target, std::shared_ptr<const std::string> content) {
  ResourceSpec spec;
  spec.name = target;
  spec.title = target;
  spec.media_type = MediaTypeFor(target);
  spec.key = target;
  spec.target = std::move(target);
  spec.content = std::move(content);
  return spec;
}

// Wraps a transformation's error as hugo words it.
Status TransformError(std::string_view what, const ResourceObject& r, const Status& s) {
  return Status(s.code(), std::string(what) + ": failed to transform \"" + r.spec().name + "\" (" +
                              r.spec().media_type + "): " + std::string(s.message()));
}

}  // namespace kiln::hugo
