// Reads the config files of one project directory (a site or a theme) into one Map, the
// way Hugo 0.111 finds and layers them:
//
//   1. the first of hugo.toml, hugo.yaml, hugo.yml, hugo.json, config.toml, config.yaml,
//      config.yml, config.json (or, for a site, the files named by --config, in order);
//   2. config/_default/*, then config/<environment>/*, each merged over what came before.
//      In those directories `hugo.*` and `config.*` hold top-level keys, any other file
//      holds the key named by its base name (`params.toml` → params), and a language
//      suffix puts it under that language (`menus.en.toml` → languages.en.menus).
//
// Keys are lower-cased as the files are decoded. Stateless functions; thread-safe as long
// as the FileSystem is.
#ifndef KILN_CONFIG_CONFIG_FILES_H_
#define KILN_CONFIG_CONFIG_FILES_H_

#include <string>
#include <vector>

#include "base/file_system.h"
#include "base/status.h"
#include "value/value.h"

namespace kiln {

struct ProjectConfig {
  Value tree;                      // a Map; empty when nothing was found
  std::vector<std::string> files;  // every file read, in order
};

// `explicit_files` replaces step 1 when not empty (paths relative to `dir`).
StatusOr<ProjectConfig> LoadProjectConfig(const FileSystem& fs, const std::string& dir,
                                          const std::string& environment,
                                          const std::vector<std::string>& explicit_files = {});

// Decodes one config file by its extension; the result is a Map with lower-cased keys.
StatusOr<Value> LoadConfigFile(const FileSystem& fs, const std::string& path);

}  // namespace kiln

#endif  // KILN_CONFIG_CONFIG_FILES_H_
