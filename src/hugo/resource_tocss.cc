// resources.ToCSS: SCSS/Sass (or CSS) to CSS through libsass, with hugo's options and
// implicit include paths (the resource's directory in every assets directory, then the
// options' includePaths, then the assets roots).
#include <filesystem>

#include "assets/sass_compiler.h"
#include "base/path.h"
#include "base/strings.h"
#include "hugo/funcs/convert.h"
#include "hugo/funcs/namespace.h"
#include "hugo/resource_transform.h"

namespace kiln::hugo {
namespace {

struct ToCssOptions {
  std::string target_path;
  std::string transpiler = "libsass";
  std::string output_style = "nested";
  int precision = 8;
  std::vector<std::string> include_paths;
  bool source_map = false;

  std::string Key() const {
    std::string key = target_path + ":" + output_style + ":" + std::to_string(precision) + ":" +
                      (source_map ? "map" : "") + ":" + transpiler;
    for (const std::string& p : include_paths) key += ":" + p;
    return key;
  }
};

StatusOr<ToCssOptions> ParseOptions(const Value& v) {
  ToCssOptions o;
  if (v.is_null()) return o;
  if (v.kind() != ValueKind::kMap) {
    return InvalidArgumentError("toCSS: options must be a map, got " +
                                std::string(ValueKindName(v.kind())));
  }
  for (const auto& [key, value] : v.AsMap()) {
    std::string k = AsciiLower(key);
    if (k == "targetpath") {
      ASSIGN_OR_RETURN(o.target_path, funcs::ToString(value));
    } else if (k == "transpiler") {
      ASSIGN_OR_RETURN(o.transpiler, funcs::ToString(value));
    } else if (k == "outputstyle") {
      ASSIGN_OR_RETURN(o.output_style, funcs::ToString(value));
      o.output_style = AsciiLower(o.output_style);
    } else if (k == "precision") {
      ASSIGN_OR_RETURN(std::string p, funcs::ToString(value));
      o.precision = std::atoi(p.c_str());
    } else if (k == "enablesourcemap") {
      o.source_map = value.IsTruthy();
    } else if (k == "includepaths" && value.kind() == ValueKind::kList) {
      for (const Value& p : value.AsList()) {
        ASSIGN_OR_RETURN(std::string path, funcs::ToString(p));
        o.include_paths.push_back(std::move(path));
      }
    }
  }
  return o;
}

std::string WithCssExtension(const std::string& target) {
  std::string_view ext = PathExt(target);
  return target.substr(0, target.size() - ext.size()) + ".css";
}

}  // namespace

StatusOr<Value> ResourceToCss(const ResourceContext& ctx, std::span<const Value> args) {
  RETURN_IF_ERROR(funcs::WantArgs("ToCSS", args, 1, 2));
  ASSIGN_OR_RETURN(const ResourceObject* r, WantResource("toCSS", args.back()));
  ASSIGN_OR_RETURN(ToCssOptions options, ParseOptions(args.size() == 2 ? args[0] : Value()));
  const ResourceSpec& in = r->spec();
  std::string target =
      options.target_path.empty() ? WithCssExtension(in.target) : CleanTarget(options.target_path);
  std::string key = in.key + "|tocss:" + options.Key();
  return ctx.Cached(key, [&]() -> StatusOr<Value> {
    if (options.transpiler == "dartsass") {
      return TransformError("TOCSS-DART", *r,
                            UnimplementedError("the dartsass transpiler is not supported by "
                                               "kiln; use the default, libsass"));
    }
    ASSIGN_OR_RETURN(std::shared_ptr<const std::string> content, r->Content());
    assets::SassOptions sass;
    sass.output_style = options.output_style;
    sass.precision = options.precision;
    sass.indented_syntax = in.media_type == "text/x-sass";
    // The resource's own directory, in every assets directory of the union (a bundle file:
    // its directory on disk), then the options' paths, then the assets roots.
    if (in.published_by_build) {
      sass.include_paths.emplace_back(PathDir(in.source_path));
    } else {
      for (const std::string& dir : ctx.asset_dirs()) {
        sass.include_paths.push_back(JoinPath(dir, PathDir(in.name)));
      }
    }
    for (const std::string& p : options.include_paths) {
      sass.include_paths.push_back(p.starts_with('/') ? p : JoinPath(ctx.project_dir(), p));
    }
    for (const std::string& dir : ctx.asset_dirs()) sass.include_paths.push_back(dir);
    // A resource made in memory (Concat, FromString) is named by its name, as in hugo.
    std::string input_path = in.source_path.empty() ? in.name : in.source_path;
    if (options.source_map) {
      sass.output_file = std::string(PathBase(target));
      sass.source_map_file = sass.output_file + ".map";
      // hugo's maps are rooted at the project directory, spelt absolute.
      std::error_code error;
      std::filesystem::path root = std::filesystem::absolute(ctx.project_dir(), error);
      if (!error) sass.source_map_root = root.lexically_normal().string();
      if (sass.source_map_root.ends_with('/') && sass.source_map_root.size() > 1) {
        sass.source_map_root.pop_back();
      }
    }
    StatusOr<assets::SassResult> css = assets::CompileSass(*content, input_path, sass, ctx.fs());
    if (!css.ok()) return TransformError("TOCSS", *r, css.status());
    // hugo writes the map when the stylesheet is transformed, whether or not it is used.
    if (options.source_map) {
      ctx.Publish(target + ".map", std::make_shared<const std::string>(css->source_map));
    }
    ResourceSpec spec =
        Derived(*r, target, key, std::make_shared<const std::string>(std::move(css->css)));
    spec.media_type = "text/css";
    return ResourceValue(std::move(spec), &ctx);
  });
}

}  // namespace kiln::hugo
