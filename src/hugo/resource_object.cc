#include "hugo/resource_object.h"

#include "assets/image_size.h"
#include "hugo/page_resources.h"
#include "hugo/resource_transform.h"

namespace kiln::hugo {
namespace {

Value Str(std::string s) { return Value::String(std::move(s)); }

// Image methods kiln does not implement (Resize, Fit, Fill and Crop it does).
bool IsUnsupportedImageMethod(std::string_view name) {
  return name == "Filter" || name == "Colors";
}

class ResourceListObject final : public Object {
 public:
  using Glob = bool (*)(std::string_view, std::string_view);
  ResourceListObject(ValueList resources, Glob glob)
      : resources_(std::move(resources)), glob_(glob) {}
  std::string_view TypeName() const override { return "resource.Resources"; }
  StatusOr<Value> Member(std::string_view name, std::span<const Value> args) const override {
    if (name != "ByType" && name != "GetMatch" && name != "Match") {
      return NotFoundError(std::string(name));
    }
    if (args.size() != 1 || !args[0].is_string()) {
      return InvalidArgumentError("wrong number of args for " + std::string(name) +
                                  ": want 1 got " + std::to_string(args.size()));
    }
    const std::string& arg = args[0].AsString();
    ValueList matches;
    for (const Value& v : resources_) {
      const ResourceObject* r = AsResource(v);
      bool hit = name == "ByType" ? r->ResourceType() == arg : glob_(arg, r->spec().name);
      if (!hit) continue;
      if (name == "GetMatch") return v;
      matches.push_back(v);
    }
    if (name == "GetMatch") return Value();
    return ResourceListValue(std::move(matches), glob_);
  }
  const ValueList* AsList() const override { return &resources_; }
  bool IsTruthy() const override { return !resources_.empty(); }

 private:
  ValueList resources_;
  Glob glob_;
};

}  // namespace

ResourceObject::ResourceObject(ResourceSpec spec, const ResourceContext* context)
    : spec_(std::move(spec)), context_(context) {}

std::string ResourceObject::ResourceType() const {
  if (spec_.is_page) return "page";
  return spec_.media_type.substr(0, spec_.media_type.find('/'));
}

StatusOr<std::shared_ptr<const std::string>> ResourceObject::Content() const {
  if (spec_.content != nullptr) return spec_.content;
  if (context_ == nullptr) return InternalError("no file system to read " + spec_.source_path);
  ASSIGN_OR_RETURN(std::string data, context_->fs().ReadFile(spec_.source_path));
  return std::make_shared<const std::string>(std::move(data));
}

std::string ResourceObject::RelPermalink() const {
  if (spec_.published_by_build || context_ == nullptr) return spec_.rel_permalink;
  return context_->RelPermalink(spec_.target);
}

std::string ResourceObject::Permalink() const {
  if (spec_.published_by_build || context_ == nullptr) return spec_.permalink;
  return context_->Permalink(spec_.target);
}

Status ResourceObject::Publish() const {
  if (spec_.published_by_build || context_ == nullptr) return Status::Ok();
  ASSIGN_OR_RETURN(std::shared_ptr<const std::string> content, Content());
  context_->Publish(spec_.target, std::move(content));
  return Status::Ok();
}

StatusOr<Value> ResourceObject::Member(std::string_view name, std::span<const Value> args) const {
  if (name == "RelPermalink" || name == "Permalink" || name == "Publish") {
    RETURN_IF_ERROR(Publish());
    if (name == "Publish") return Value();
    return Str(name == "RelPermalink" ? RelPermalink() : Permalink());
  }
  if (name == "Content") {
    ASSIGN_OR_RETURN(std::shared_ptr<const std::string> content, Content());
    return Str(*content);
  }
  if (name == "Name") return Str(spec_.name);
  if (name == "Title") return Str(spec_.title);
  if (name == "Key") return Str(spec_.target);
  if (name == "MediaType") return MediaTypeValue(spec_.media_type);
  if (name == "ResourceType") return Str(ResourceType());
  if (name == "Params") return Value::Params(spec_.params);
  if (name == "Data") return Value::Map(spec_.data);
  if (ResourceType() == "image" && (name == "Width" || name == "Height")) {
    ASSIGN_OR_RETURN(std::shared_ptr<const std::string> content, Content());
    std::optional<assets::Dimensions> size = assets::ImageSize(*content);
    if (!size) return FailedPreconditionError("failed to read the size of image " + spec_.name);
    return Value::Int(name == "Width" ? size->width : size->height);
  }
  if (std::optional<assets::ImageOp> op = assets::ImageOpFromName(name);
      op && ResourceType() == "image") {
    return ResourceImageOp(*this, *op, name, args);
  }
  if (ResourceType() == "image" && name == "Exif") return ResourceExif(*this);
  if (ResourceType() == "image" && IsUnsupportedImageMethod(name)) {
    return UnimplementedError("image processing (" + std::string(name) +
                              ") is not supported by kiln: " + spec_.name);
  }
  return NotFoundError(std::string(name));
}

Value ResourceValue(ResourceSpec spec, const ResourceContext* context) {
  return Value::FromObject(std::make_shared<ResourceObject>(std::move(spec), context));
}

const ResourceObject* AsResource(const Value& v) {
  if (v.kind() != ValueKind::kObject) return nullptr;
  return dynamic_cast<const ResourceObject*>(&v.AsObject());
}

Value ResourceListValue(ValueList resources,
                        bool (*glob)(std::string_view pattern, std::string_view name)) {
  return Value::FromObject(std::make_shared<ResourceListObject>(std::move(resources), glob));
}

}  // namespace kiln::hugo
