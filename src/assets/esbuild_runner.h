// EsbuildRunner: runs Debian's `esbuild` program (0.17.0, the esbuild hugo 0.111.3 embeds)
// to bundle one script read from stdin, as hugo's js.Build does with its embedded copy.
// Imports resolve on the real file system, from `working_dir` (relative imports) and the
// `node_paths` (bare ones), so callers lay the files out there first.
//
// Each call starts one process and waits for it; safe to call from many threads at once.
#ifndef KILN_ASSETS_ESBUILD_RUNNER_H_
#define KILN_ASSETS_ESBUILD_RUNNER_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace kiln::assets {

struct EsbuildOptions {
  std::string loader = "js";      // js, jsx, ts, tsx, json, css: by the source's extension
  std::string format = "iife";    // iife, cjs, esm
  std::string target = "esnext";  // esnext, es2015, …
  bool minify = false;
  std::string source_map;  // "", "inline" or "external"
  std::vector<std::string> externals;
  std::map<std::string, std::string> defines;
  std::string working_dir;              // where relative imports start; must exist
  std::vector<std::string> node_paths;  // where bare imports are looked up too
  std::string program = "esbuild";      // looked up on PATH
};

// The bundle, or esbuild's error text (kInvalidArgument), or kUnavailable when the program
// cannot be run. `scratch_dir` is an existing directory for the process's input and output
// files.
StatusOr<std::string> RunEsbuild(std::string_view source, const EsbuildOptions& options,
                                 const std::string& scratch_dir);

}  // namespace kiln::assets

#endif  // KILN_ASSETS_ESBUILD_RUNNER_H_
