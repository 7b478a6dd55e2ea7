// `kiln new [--kind K] PATH`: a new content file from an archetype, as `hugo new` makes it.
//
// The archetype is the first of `<kind><ext>` then `default<ext>` found in the site's
// archetype directory and then in each theme's (`kind` defaults to the first directory of
// PATH, `ext` is PATH's extension), else a built-in one. It is a Go template executed with
// .Name (the file's base name without extension), .Date (now, RFC 3339), .Type (the kind)
// and .Section (the first directory of PATH); an index file's .Name is its directory's.
// A directory `<kind>/` in those archetype directories (merged file by file, the site's
// first) makes PATH a bundle instead: its content files are executed as templates (.Name is
// each file's own), other files are copied. Stateless; thread-safe as long as the FileSystem is.
#ifndef KILN_CLI_NEW_CONTENT_H_
#define KILN_CLI_NEW_CONTENT_H_

#include <string>

#include "base/clock.h"
#include "base/file_system.h"
#include "base/status.h"
#include "config/site_config.h"

namespace kiln {

struct NewContentRequest {
  const SiteConfig* config;
  FileSystem* fs;
  const Clock* clock;
  std::string path;  // relative to the content directory, e.g. "posts/hello.md"
  std::string kind;  // "" → the first directory of `path`
};

// Writes the new file (or bundle directory) and returns its path (the content directory joined with `path`).
// Fails with kAlreadyExists when the file exists.
StatusOr<std::string> CreateContent(const NewContentRequest& request);

// The archetype used when neither the site nor a theme has one; `new site` also writes it
// as the site's archetypes/default.md.
std::string_view DefaultArchetype();

// Hugo's `title` with its default "AP" style: every word capitalized except articles, short
// conjunctions and short prepositions that are neither first nor last.
std::string TitleCaseAP(std::string_view text);

}  // namespace kiln

#endif  // KILN_CLI_NEW_CONTENT_H_
