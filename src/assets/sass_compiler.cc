#include "assets/sass_compiler.h"

#include <sass.h>

#include "base/path.h"

namespace kiln::assets {
namespace {

struct ImportState {
  const FileSystem* fs;
  const SassOptions* options;
};

bool IsFile(const FileSystem& fs, const std::string& path) {
  StatusOr<FileInfo> info = fs.Stat(path);
  return info.ok() && !info->is_dir;
}

// The files an `@import "url"` may mean in `dir`, in the order Sass tries them.
std::vector<std::string> Candidates(const std::string& dir, std::string_view url) {
  std::string path = JoinPath(dir, url);
  std::string parent(PathDir(path));
  std::string base(PathBase(path));
  auto partial = [&](std::string_view name) { return JoinPath(parent, "_" + std::string(name)); };
  std::string_view ext = PathExt(url);
  if (ext == ".scss" || ext == ".sass") return {path, partial(base)};
  std::vector<std::string> out;
  for (const char* e : {".scss", ".sass"}) {
    out.push_back(path + e);
    out.push_back(partial(base + e));
  }
  for (const char* e : {"index.scss", "_index.scss", "index.sass", "_index.sass"}) {
    out.push_back(JoinPath(path, e));
  }
  out.push_back(path + ".css");
  out.push_back(partial(base + ".css"));
  return out;
}

bool IsPlainCssImport(std::string_view url) {
  return url.ends_with(".css") || url.starts_with("http://") || url.starts_with("https://") ||
         url.starts_with("//") || url.starts_with("url(");
}

Sass_Import_List Import(const char* url, Sass_Importer_Entry cb, struct Sass_Compiler* comp) {
  const auto* state = static_cast<const ImportState*>(sass_importer_get_cookie(cb));
  std::string_view want(url);
  // Plain CSS imports stay `@import`s; returning null lets libsass decide.
  if (IsPlainCssImport(want)) return nullptr;
  std::vector<std::string> dirs = {
      std::string(PathDir(sass_import_get_abs_path(sass_compiler_get_last_import(comp))))};
  dirs.insert(dirs.end(), state->options->include_paths.begin(),
              state->options->include_paths.end());
  for (const std::string& dir : dirs) {
    for (const std::string& candidate : Candidates(dir, want)) {
      if (!IsFile(*state->fs, candidate)) continue;
      StatusOr<std::string> data = state->fs->ReadFile(candidate);
      if (!data.ok()) continue;
      Sass_Import_List list = sass_make_import_list(1);
      sass_import_set_list_entry(
          list, 0,
          sass_make_import_entry(candidate.c_str(), sass_copy_c_string(data->c_str()), nullptr));
      return list;
    }
  }
  // Not found: libsass reports "File to import not found or unreadable".
  return nullptr;
}

Sass_Output_Style StyleByName(std::string_view name) {
  if (name == "expanded") return SASS_STYLE_EXPANDED;
  if (name == "compact") return SASS_STYLE_COMPACT;
  if (name == "compressed") return SASS_STYLE_COMPRESSED;
  return SASS_STYLE_NESTED;
}

}  // namespace

StatusOr<SassResult> CompileSass(std::string_view source, const std::string& input_path,
                                 const SassOptions& options, const FileSystem& fs) {
  ImportState state{&fs, &options};
  Sass_Data_Context* data = sass_make_data_context(sass_copy_c_string(std::string(source).c_str()));
  Sass_Options* o = sass_data_context_get_options(data);
  sass_option_set_precision(o, options.precision);
  sass_option_set_output_style(o, StyleByName(options.output_style));
  sass_option_set_is_indented_syntax_src(o, options.indented_syntax);
  sass_option_set_input_path(o, input_path.c_str());
  if (!options.source_map_file.empty()) {
    sass_option_set_source_map_file(o, options.source_map_file.c_str());
    sass_option_set_output_path(o, options.output_file.c_str());
    sass_option_set_source_map_contents(o, true);
    if (!options.source_map_root.empty()) {
      sass_option_set_source_map_root(o, options.source_map_root.c_str());
    }
  }
  Sass_Importer_List importers = sass_make_importer_list(1);
  sass_importer_set_list_entry(importers, 0, sass_make_importer(Import, 0, &state));
  sass_option_set_c_importers(o, importers);

  sass_compile_data_context(data);
  Sass_Context* ctx = sass_data_context_get_context(data);
  StatusOr<SassResult> result = SassResult();
  if (sass_context_get_error_status(ctx) != 0) {
    const char* file = sass_context_get_error_file(ctx);
    const char* text = sass_context_get_error_text(ctx);
    result = InvalidArgumentError("\"" + std::string(file != nullptr ? file : input_path.c_str()) +
                                  ":" + std::to_string(sass_context_get_error_line(ctx)) + ":" +
                                  std::to_string(sass_context_get_error_column(ctx)) +
                                  "\": " + std::string(text != nullptr ? text : "unknown error"));
  } else {
    if (const char* css = sass_context_get_output_string(ctx)) result->css = css;
    if (const char* map = sass_context_get_source_map_string(ctx)) result->source_map = map;
  }
  sass_delete_data_context(data);
  return result;
}

}  // namespace kiln::assets
