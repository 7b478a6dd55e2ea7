// Cascade entries: the values a branch page's `cascade` front matter hands down, each with
// the `_target` that limits which pages take them (kind, path, language and environment
// globs). The front matter holds a list of maps (each with an optional `_target`) or one map
// (which reaches every page). Plain values, thread-compatible.
#ifndef KILN_CONTENT_CASCADE_TARGET_H_
#define KILN_CONTENT_CASCADE_TARGET_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "value/value.h"

namespace kiln {

// Globs, lower-cased; an empty one matches everything.
struct CascadeTarget {
  std::string kind;
  std::string path;  // matched against "/" + the page's file path, lower-cased
  std::string lang;
  std::string environment;
};

struct CascadeEntry {
  CascadeTarget target;
  ValueMap values;   // the entry, its `_target` included (hugo hands that down too)
  ValueMap written;  // the same with its keys as written, which `.Params.cascade` shows
};

// What a target is matched against.
struct CascadeSubject {
  std::string_view kind;       // "home", "section", "page", …
  std::string_view file_path;  // "blog/a.md"; a page without a file: its path, "tags/go"
  std::string_view lang;
  std::string_view environment;
};

// What a branch hands down, by its content directory ("" for the home page, "posts").
using CascadeMap = std::map<std::string, std::vector<CascadeEntry>>;

// What reaches a page in `dir` from the nearest branch at or above it; empty when none.
const std::vector<CascadeEntry>& InheritedCascade(const CascadeMap& cascades, std::string_view dir);

// The entries of a `cascade` front-matter value, in order; anything but maps is ignored.
std::vector<CascadeEntry> ParseCascade(const Value& cascade);

// What a branch hands down, as Hugo keeps it: one entry per target. A later entry of the
// branch's own with the target of an earlier one adds the keys that one lacks to it, and so
// does the inherited entry with its target; inherited entries of other targets follow. Sets
// `*shown` to the front matter's `cascade` with those merged entries in place, as hugo
// merges them into the front matter's own maps (and so into `.Params.cascade`).
std::vector<CascadeEntry> MergeCascade(const Value& cascade,
                                       const std::vector<CascadeEntry>& inherited, Value* shown);

bool CascadeTargetMatches(const CascadeTarget& target, const CascadeSubject& subject);

// `fm` (a map) with the values of every entry of `cascade` that targets `subject` added
// where `fm` has none; earlier entries win.
Value ApplyCascade(const Value& fm, const std::vector<CascadeEntry>& cascade,
                   const CascadeSubject& subject);

// Matches a glob in which `*` and `?` stay within one '/'-separated segment, `**` spans
// segments, `{a,b}` picks an alternative and `[abc]` / `[!a-z]` match one character class.
bool SlashGlobMatch(std::string_view pattern, std::string_view text);

}  // namespace kiln

#endif  // KILN_CONTENT_CASCADE_TARGET_H_
