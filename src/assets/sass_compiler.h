// SassCompiler: SCSS and indented Sass to CSS with libsass (Debian's 3.6.5, the libsass
// hugo 0.111.3 extended links), as hugo's `toCSS` runs it: imports resolve through a
// FileSystem (relative to the importing file, then the include paths; `name`, `_name`,
// `.scss`, `.sass`, `index` and `.css` candidates), so in-memory sites compile too.
// Errors carry the failing file, line and column as hugo prints them.
//
// A pure function over its arguments; libsass keeps no global state, so it is safe to call
// from many threads at once. `fs` is borrowed for the call.
#ifndef KILN_ASSETS_SASS_COMPILER_H_
#define KILN_ASSETS_SASS_COMPILER_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/file_system.h"
#include "base/status.h"

namespace kiln::assets {

struct SassOptions {
  // "nested" (hugo's default), "expanded", "compact" or "compressed"; anything else is
  // nested, as in hugo.
  std::string output_style = "nested";
  int precision = 8;             // hugo's default
  bool indented_syntax = false;  // the source is `.sass`
  // Directories (paths on the file system) searched for imports after the importing
  // file's own directory, in order.
  std::vector<std::string> include_paths;
  // When set, a source map is made and the CSS ends with a sourceMappingURL comment
  // naming it: the map's file name, beside the CSS ("main.css.map").
  std::string source_map_file;
  std::string output_file;      // the CSS's own file name, for the map's "file"
  std::string source_map_root;  // the map's "sourceRoot"; none when empty
};

struct SassResult {
  std::string css;
  std::string source_map;  // empty unless options.source_map_file was set
};

// Compiles `source`, whose path (for errors and relative imports) is `input_path`.
StatusOr<SassResult> CompileSass(std::string_view source, const std::string& input_path,
                                 const SassOptions& options, const FileSystem& fs);

}  // namespace kiln::assets

#endif  // KILN_ASSETS_SASS_COMPILER_H_
