// resources.Minify: the resource minified by its media type with the minifiers hugo runs
// (src/minify), published at the same target.
#include "hugo/funcs/namespace.h"
#include "hugo/resource_transform.h"
#include "minify/minify.h"

namespace kiln::hugo {

StatusOr<Value> ResourceMinify(const ResourceContext& ctx, std::span<const Value> args) {
  ASSIGN_OR_RETURN(const ResourceObject* r, WantResource("minify", args[0]));
  std::string key = r->spec().key + "|minify";
  return ctx.Cached(key, [&]() -> StatusOr<Value> {
    ASSIGN_OR_RETURN(std::shared_ptr<const std::string> content, r->Content());
    StatusOr<std::string> out = minify::Minify(r->spec().media_type, *content);
    if (!out.ok()) return TransformError("MINIFY", *r, out.status());
    return ResourceValue(Derived(*r, TargetWithInfix(r->spec().target, "min"), key,
                                 std::make_shared<const std::string>(*std::move(out))),
                         &ctx);
  });
}

}  // namespace kiln::hugo
