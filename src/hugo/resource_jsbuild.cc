// js.Build: bundles a script resource with esbuild (src/assets/esbuild_runner.h) as hugo's
// js.Build does: relative imports from the script's directory in the assets union, bare
// imports from the assets roots, `@params` from the options' params, hugo's defaults
// (iife, esnext, not minified). esbuild reads real files, so the union's scripts are laid
// out in a temporary directory for the run and removed after it.
#include <stdlib.h>

#include <filesystem>

#include "assets/esbuild_runner.h"
#include "base/path.h"
#include "base/strings.h"
#include "hugo/funcs/convert.h"
#include "hugo/funcs/json_encode.h"
#include "hugo/funcs/namespace.h"
#include "hugo/resource_transform.h"

namespace kiln::hugo {
namespace {

struct JsBuildOptions {
  std::string target_path;
  Value params;
  assets::EsbuildOptions esbuild;

  std::string Key() const {
    std::string key = target_path + ":" + esbuild.format + ":" + esbuild.target + ":" +
                      (esbuild.minify ? "min" : "") + ":" + esbuild.source_map;
    for (const std::string& e : esbuild.externals) key += ":x=" + e;
    for (const auto& [k, v] : esbuild.defines) key += ":d=" + k + "=" + v;
    StatusOr<std::string> json = funcs::EncodeJson(params, {});
    if (json.ok()) key += ":p=" + *json;
    return key;
  }
};

StatusOr<JsBuildOptions> ParseOptions(const Value& v) {
  JsBuildOptions o;
  if (v.is_null()) return o;
  if (v.kind() != ValueKind::kMap) return InvalidArgumentError("js.Build: options must be a map");
  for (const auto& [key, value] : v.AsMap()) {
    std::string k = AsciiLower(key);
    if (k == "targetpath") {
      ASSIGN_OR_RETURN(o.target_path, funcs::ToString(value));
    } else if (k == "params") {
      o.params = value;
    } else if (k == "minify") {
      o.esbuild.minify = value.IsTruthy();
    } else if (k == "target" || k == "format") {
      ASSIGN_OR_RETURN(std::string s, funcs::ToString(value));
      (k == "target" ? o.esbuild.target : o.esbuild.format) = AsciiLower(s);
    } else if (k == "sourcemap") {
      ASSIGN_OR_RETURN(o.esbuild.source_map, funcs::ToString(value));
    } else if (k == "externals" && value.kind() == ValueKind::kList) {
      for (const Value& e : value.AsList()) {
        ASSIGN_OR_RETURN(std::string s, funcs::ToString(e));
        o.esbuild.externals.push_back(std::move(s));
      }
    } else if (k == "defines" && value.kind() == ValueKind::kMap) {
      for (const auto& [name, def] : value.AsMap()) {
        ASSIGN_OR_RETURN(o.esbuild.defines[name], funcs::ToString(def));
      }
    }
  }
  if (o.params.is_null()) o.params = Value::Map({});
  return o;
}

std::string LoaderFor(std::string_view name) {
  std::string_view ext = PathExt(name);
  if (ext == ".ts" || ext == ".tsx" || ext == ".jsx" || ext == ".json") {
    return std::string(ext.substr(1));
  }
  return "js";
}

bool IsScriptSource(std::string_view path) {
  std::string_view ext = PathExt(path);
  for (std::string_view e : {".js", ".mjs", ".cjs", ".jsx", ".ts", ".tsx", ".json", ".css"}) {
    if (ext == e) return true;
  }
  return false;
}

// Lays out the union's scripts and `@params` under `dir` on the real file system.
Status LayOut(const ResourceContext& ctx, const std::string& dir, const std::string& params) {
  RealFileSystem disk;
  ASSIGN_OR_RETURN(const std::vector<AssetFile>* all, ctx.AllAssets());
  for (const AssetFile& f : *all) {
    if (!IsScriptSource(f.rel_path)) continue;
    ASSIGN_OR_RETURN(std::string data, ctx.fs().ReadFile(f.filesystem_path));
    std::string path = JoinPath(dir, "assets/" + f.rel_path);
    RETURN_IF_ERROR(disk.MakeDirs(std::string(PathDir(path))));
    RETURN_IF_ERROR(disk.WriteFile(path, data));
  }
  RETURN_IF_ERROR(disk.MakeDirs(JoinPath(dir, "node_modules/@params")));
  return disk.WriteFile(JoinPath(dir, "node_modules/@params/index.json"), params);
}

}  // namespace

StatusOr<Value> ResourceJsBuild(const ResourceContext& ctx, std::span<const Value> args) {
  RETURN_IF_ERROR(funcs::WantArgs("Build", args, 1, 2));
  ASSIGN_OR_RETURN(const ResourceObject* r, WantResource("js.Build", args.back()));
  ASSIGN_OR_RETURN(JsBuildOptions options, ParseOptions(args.size() == 2 ? args[0] : Value()));
  const ResourceSpec& in = r->spec();
  std::string target =
      options.target_path.empty()
          ? in.target.substr(0, in.target.size() - PathExt(in.target).size()) + ".js"
          : CleanTarget(options.target_path);
  std::string key = in.key + "|jsbuild:" + options.Key();
  return ctx.Cached(key, [&]() -> StatusOr<Value> {
    ASSIGN_OR_RETURN(std::shared_ptr<const std::string> content, r->Content());
    ASSIGN_OR_RETURN(std::string params, funcs::EncodeJson(options.params, {}));
    std::string pattern = (std::filesystem::temp_directory_path() / "kiln-jsbuild-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) return IoError("cannot make a directory for esbuild");
    const std::string dir = pattern;
    Status laid = LayOut(ctx, dir, params);
    StatusOr<std::string> out = laid;
    if (laid.ok()) {
      assets::EsbuildOptions esbuild = options.esbuild;
      esbuild.loader = LoaderFor(in.name);
      esbuild.working_dir = JoinPath(dir, "assets/" + std::string(PathDir(in.name)));
      esbuild.node_paths = {JoinPath(dir, "assets")};
      std::error_code ignored;
      std::filesystem::create_directories(esbuild.working_dir, ignored);
      out = assets::RunEsbuild(*content, esbuild, dir);
    }
    std::error_code ignored;
    std::filesystem::remove_all(dir, ignored);
    if (!out.ok()) return TransformError("JSBUILD", *r, out.status());
    ResourceSpec spec =
        Derived(*r, target, key, std::make_shared<const std::string>(*std::move(out)));
    spec.media_type = "text/javascript";
    return ResourceValue(std::move(spec), &ctx);
  });
}

}  // namespace kiln::hugo
