// ResourceObject: a resource as hugo's templates see it (`resources.Get`, a page bundle's
// `.Resources`, the result of Concat, fingerprint, toCSS, …): its name, title, media type,
// content, data and the URLs it is published at. Asking for `.RelPermalink`, `.Permalink`
// or `.Publish` publishes the content at its target path through the build's
// ResourceContext, as hugo publishes a global resource only when a template uses its URL;
// bundle files are copied by the build anyway.
//
// Immutable once made and safe to share between threads; it borrows the ResourceContext,
// which outlives every template execution of the build.
#ifndef KILN_HUGO_RESOURCE_OBJECT_H_
#define KILN_HUGO_RESOURCE_OBJECT_H_

#include <memory>
#include <string>

#include "hugo/resource_context.h"
#include "value/value.h"

namespace kiln::hugo {

struct ResourceSpec {
  std::string name;        // .Name: "css/main.css"
  std::string title;       // .Title
  std::string target;      // where it is published, relative to the output root
  std::string media_type;  // "text/css"
  ValueMap params;         // .Params
  ValueMap data;           // .Data ("Integrity" after fingerprint)
  std::string key;         // identity of the chain that made it, for the cache
  // The bytes, or, when null, the file at `source_path` read when asked for.
  std::shared_ptr<const std::string> content;
  std::string source_path;
  bool is_page = false;             // a content file of a bundle: ResourceType "page"
  bool published_by_build = false;  // bundle files: the build copies them itself
  std::string rel_permalink;        // for bundle files: the page's URL + the file's path
  std::string permalink;
  // For an image processed from another, the original's assets::ImageId: hugo names every
  // step after the original.
  std::string image_id;
};

class ResourceObject final : public Object {
 public:
  // `context` is borrowed; it may be null only for bundle files (no publishing, and
  // `.Content` then cannot read the file).
  ResourceObject(ResourceSpec spec, const ResourceContext* context);

  std::string_view TypeName() const override { return "*resources.resourceAdapter"; }
  StatusOr<Value> Member(std::string_view name, std::span<const Value> args) const override;

  const ResourceSpec& spec() const { return spec_; }
  const ResourceContext* context() const { return context_; }
  // "text", "image", "application", … (the media type's main type), or "page".
  std::string ResourceType() const;
  StatusOr<std::shared_ptr<const std::string>> Content() const;

 private:
  std::string RelPermalink() const;
  std::string Permalink() const;
  // Publishes the content at the target (once per target for the whole build).
  Status Publish() const;

  ResourceSpec spec_;
  const ResourceContext* context_;
};

Value ResourceValue(ResourceSpec spec, const ResourceContext* context);

// The resource `v` holds, or null when it holds none.
const ResourceObject* AsResource(const Value& v);

// A resource list that answers ByType, GetMatch and Match (`.Resources`, resources.Match);
// `glob` decides what GetMatch and Match patterns match against a resource's name.
Value ResourceListValue(ValueList resources,
                        bool (*glob)(std::string_view pattern, std::string_view name));

}  // namespace kiln::hugo

#endif  // KILN_HUGO_RESOURCE_OBJECT_H_
