#include "cli/new_content.h"

#include <cstdio>
#include <ctime>
#include <map>

#include "base/path.h"
#include "base/strings.h"
#include "content/content_loader.h"
#include "content/file_walk.h"
#include "template/functions.h"
#include "template/template_set.h"

namespace kiln {

namespace {

constexpr std::string_view kDefaultArchetype =
    "---\n"
    "title: \"{{ replace .Name \"-\" \" \" | title }}\"\n"
    "date: {{ .Date }}\n"
    "draft: true\n"
    "---\n"
    "\n";

// Words AP style leaves in lower case inside a title.
bool IsMinorWord(std::string_view lower) {
  static constexpr std::string_view kMinor[] = {"a",  "an",  "and", "as",  "at", "but",
                                                "by", "for", "in",  "nor", "of", "on",
                                                "or", "so",  "the", "to",  "up", "yet"};
  for (std::string_view w : kMinor) {
    if (lower == w) return true;
  }
  return false;
}

// Go's time.RFC3339 in UTC: "2006-01-02T15:04:05Z".
std::string Rfc3339Utc(int64_t unix_nanos) {
  std::time_t seconds = static_cast<std::time_t>(unix_nanos / 1000000000);
  std::tm tm{};
  gmtime_r(&seconds, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

StatusOr<std::string> StringArg(const Value& v, std::string_view func) {
  if (v.is_string()) return v.AsString();
  if (v.kind() == ValueKind::kInt) return std::to_string(v.AsInt());
  return InvalidArgumentError(std::string(func) + ": unable to cast " + ValueKindName(v.kind()) +
                              " to string");
}

// The two Hugo functions archetypes lean on: `replace INPUT OLD NEW` and `title INPUT`.
tmpl::FuncMap ArchetypeFuncs() {
  tmpl::FuncMap funcs = tmpl::NewBuiltinFuncMap();
  tmpl::Function replace;
  replace.params = {tmpl::ParamKind::kAny, tmpl::ParamKind::kAny, tmpl::ParamKind::kAny};
  replace.impl = [](const tmpl::CallContext&, std::span<const Value> args) -> StatusOr<Value> {
    ASSIGN_OR_RETURN(std::string s, StringArg(args[0], "replace"));
    ASSIGN_OR_RETURN(std::string from, StringArg(args[1], "replace"));
    ASSIGN_OR_RETURN(std::string to, StringArg(args[2], "replace"));
    return Value::String(ReplaceAll(s, from, to));
  };
  funcs.Register("replace", std::move(replace));
  tmpl::Function title;
  title.params = {tmpl::ParamKind::kAny};
  title.impl = [](const tmpl::CallContext&, std::span<const Value> args) -> StatusOr<Value> {
    ASSIGN_OR_RETURN(std::string s, StringArg(args[0], "title"));
    return Value::String(TitleCaseAP(s));
  };
  funcs.Register("title", std::move(title));
  return funcs;
}

// The archetype directories in lookup order: the site's, then each theme's.
std::vector<std::string> ArchetypeDirs(const SiteConfig& config) {
  std::vector<std::string> dirs = {config.archetype_dir};
  for (const std::string& theme : config.theme_dirs) dirs.push_back(JoinPath(theme, "archetypes"));
  return dirs;
}

// The archetype's path and text, or the built-in one (path "").
StatusOr<std::pair<std::string, std::string>> FindArchetype(const SiteConfig& config,
                                                            const FileSystem& fs,
                                                            const std::string& kind,
                                                            std::string_view ext) {
  std::vector<std::string> names;
  if (!kind.empty()) names.push_back(kind + std::string(ext));
  names.push_back("default" + std::string(ext));
  for (const std::string& name : names) {
    for (const std::string& dir : ArchetypeDirs(config)) {
      const std::string path = JoinPath(dir, name);
      if (!fs.Exists(path)) continue;
      ASSIGN_OR_RETURN(std::string text, fs.ReadFile(path));
      return std::make_pair(path, std::move(text));
    }
  }
  return std::make_pair(std::string(), std::string(kDefaultArchetype));
}

// The files of the directory archetype `kind` (path relative to the bundle → path on disk),
// merged over the site's and the themes' archetype directories, the site's winning per file.
StatusOr<std::map<std::string, std::string>> DirectoryArchetype(const SiteConfig& config,
                                                                const FileSystem& fs,
                                                                const std::string& kind) {
  std::map<std::string, std::string> files;
  for (const std::string& dir : ArchetypeDirs(config)) {
    const std::string root = JoinPath(dir, kind);
    StatusOr<FileInfo> info = fs.Stat(root);
    if (kind.empty() || !info.ok() || !info->is_dir) continue;
    ASSIGN_OR_RETURN(std::vector<WalkedFile> walked, WalkFiles(fs, root));
    for (WalkedFile& f : walked) files.emplace(std::move(f.rel_path), std::move(f.fs_path));
  }
  return files;
}

// Executes one archetype template for the file that will be `path` in the content dir.
StatusOr<std::string> ExecuteArchetype(const std::string& name, const std::string& text,
                                       const std::string& path, const std::string& section,
                                       const std::string& kind, const Clock& clock) {
  const tmpl::FuncMap funcs = ArchetypeFuncs();
  tmpl::TemplateSet set(&funcs);
  RETURN_IF_ERROR(set.Parse(name, text));
  // A bundle's index file is named after its directory.
  std::string_view stem = PathStem(path);
  if (stem == "index" || stem == "_index") stem = PathBase(PathDir(path));
  const Value data = Value::Map({
      {"Date", Value::String(Rfc3339Utc(clock.NowUnixNanos()))},
      {"Name", Value::String(std::string(stem))},
      {"Section", Value::String(section)},
      {"Type", Value::String(kind)},
  });
  std::string content;
  RETURN_IF_ERROR(set.Execute(name, data, &content));
  return content;
}

}  // namespace

std::string_view DefaultArchetype() { return kDefaultArchetype; }

std::string TitleCaseAP(std::string_view text) {
  std::vector<std::string_view> words;
  for (std::string_view w : Split(text, ' ')) {
    if (!w.empty()) words.push_back(w);
  }
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) {
    std::string word(words[i]);
    const bool edge = i == 0 || i + 1 == words.size();
    if (!edge && IsMinorWord(AsciiLower(word))) {
      word = AsciiLower(word);
    } else if (word[0] >= 'a' && word[0] <= 'z') {
      word[0] = static_cast<char>(word[0] - 'a' + 'A');
    }
    if (!out.empty()) out += ' ';
    out += word;
  }
  return out;
}

StatusOr<std::string> CreateContent(const NewContentRequest& request) {
  const std::string path = CleanPath(request.path);
  const std::string target = JoinPath(request.config->content_dir, path);
  if (request.fs->Exists(target)) {
    return Status(StatusCode::kAlreadyExists, target + " already exists");
  }
  const std::string_view dir = PathDir(path);
  const std::string section(dir.substr(0, dir.find('/')));
  const std::string kind = request.kind.empty() ? section : request.kind;
  ASSIGN_OR_RETURN(auto bundle, DirectoryArchetype(*request.config, *request.fs, kind));
  if (!bundle.empty()) {
    // Content files are templates; every other file is copied as it is.
    for (const auto& [rel, fs_path] : bundle) {
      ASSIGN_OR_RETURN(std::string text, request.fs->ReadFile(fs_path));
      std::string_view ext = PathExt(rel);
      if (IsContentExtension(ext.empty() ? ext : ext.substr(1))) {
        ASSIGN_OR_RETURN(text, ExecuteArchetype(fs_path, text, JoinPath(path, rel), section, kind,
                                                *request.clock));
      }
      RETURN_IF_ERROR(request.fs->WriteFile(JoinPath(target, rel), text));
    }
    return target;
  }
  ASSIGN_OR_RETURN(auto archetype,
                   FindArchetype(*request.config, *request.fs, kind, PathExt(path)));
  const std::string name = archetype.first.empty() ? "_internal/archetype" : archetype.first;
  ASSIGN_OR_RETURN(std::string content,
                   ExecuteArchetype(name, archetype.second, path, section, kind, *request.clock));
  RETURN_IF_ERROR(request.fs->WriteFile(target, content));
  return target;
}

}  // namespace kiln
