#include "hugo/os_funcs.h"

#include <cstdlib>
#include <regex>

#include "base/path.h"
#include "hugo/funcs/convert.h"
#include "hugo/funcs/namespace.h"
#include "value/go_format.h"

namespace kiln::hugo {

namespace {

using funcs::Args;

// A directory entry as templates see Go's fs.FileInfo.
class FileInfoObject final : public Object {
 public:
  explicit FileInfoObject(FileInfo info) : info_(std::move(info)) {}
  std::string_view TypeName() const override { return "*hugofs.fileInfoMeta"; }
  StatusOr<Value> Member(std::string_view name, std::span<const Value>) const override {
    if (name == "Name") return Value::String(info_.name);
    if (name == "IsDir") return Value::Bool(info_.is_dir);
    if (name == "Size") return Value::Int(static_cast<int64_t>(info_.size));
    if (name == "ModTime") {
      Time t;
      t.unix_seconds = info_.mtime_ns / 1'000'000'000;
      t.nanos = static_cast<int32_t>(info_.mtime_ns % 1'000'000'000);
      return Value::FromTime(std::move(t));
    }
    return NotFoundError(std::string(name));
  }

 private:
  FileInfo info_;
};

Value FileInfoValue(FileInfo info) {
  return Value::FromObject(std::make_shared<const FileInfoObject>(std::move(info)));
}

class ProjectFiles {
 public:
  ProjectFiles(const FileSystem* fs, std::string dir) : fs_(fs), dir_(std::move(dir)) {}

  // The file system path of the project-relative `name`, which cannot climb out.
  std::string Resolve(std::string_view name) const {
    return JoinPath(dir_, CleanPath("/" + std::string(name)).substr(1));
  }

  StatusOr<Value> ReadFile(Args a) const {
    ASSIGN_OR_RETURN(std::string name, funcs::ToString(a[0]));
    if (name.empty()) return InvalidArgumentError("invalid filename");
    StatusOr<std::string> data = fs_->ReadFile(Resolve(name));
    // A missing file reads as empty, as in Hugo.
    if (!data.ok() && data.status().code() == StatusCode::kNotFound) return Value::String("");
    if (!data.ok()) return data.status();
    return Value::String(*std::move(data));
  }

  StatusOr<Value> FileExists(Args a) const {
    ASSIGN_OR_RETURN(std::string name, funcs::ToString(a[0]));
    if (name.empty()) return InvalidArgumentError("invalid filename");
    return Value::Bool(fs_->Stat(Resolve(name)).ok());
  }

  StatusOr<Value> ReadDir(Args a) const {
    ASSIGN_OR_RETURN(std::string name, funcs::ToString(a[0]));
    std::string path = Resolve(name);
    StatusOr<std::vector<FileInfo>> entries = fs_->ListDir(path);
    if (!entries.ok()) {
      return InvalidArgumentError("failed to read directory \"" + name + "\": open " + path +
                                  ": no such file or directory");
    }
    std::sort(entries->begin(), entries->end(),
              [](const FileInfo& x, const FileInfo& y) { return x.name < y.name; });
    ValueList out;
    for (FileInfo& e : *entries) out.push_back(FileInfoValue(std::move(e)));
    return Value::List(std::move(out));
  }

  StatusOr<Value> Stat(Args a) const {
    ASSIGN_OR_RETURN(std::string name, funcs::ToString(a[0]));
    StatusOr<FileInfo> info = fs_->Stat(Resolve(name));
    if (!info.ok()) return InvalidArgumentError("file does not exist");
    return FileInfoValue(*std::move(info));
  }

 private:
  const FileSystem* fs_;
  std::string dir_;
};

StatusOr<Value> Getenv(Args a) {
  ASSIGN_OR_RETURN(std::string name, funcs::ToString(a[0]));
  static const std::regex kAllowed("^HUGO_|^CI$");
  if (!std::regex_search(name, kAllowed)) {
    std::string quoted;
    AppendGoQuote(&quoted, name);
    return InvalidArgumentError("access denied: " + quoted +
                                " is not whitelisted in policy \"security.funcs.getenv\"");
  }
  const char* value = std::getenv(name.c_str());
  return Value::String(value ? value : "");
}

}  // namespace

void RegisterOsFuncs(const FileSystem* fs, std::string project_dir, tmpl::FuncMap* funcs) {
  auto files = std::make_shared<const ProjectFiles>(fs, std::move(project_dir));
  funcs::Namespace ns("os");
  using tmpl::ParamKind;
  ns.Add("ReadFile", {ParamKind::kAny}, false, [files](Args a) { return files->ReadFile(a); },
         {"readFile"});
  ns.Add("FileExists", {ParamKind::kAny}, false,
         [files](Args a) { return files->FileExists(a); }, {"fileExists"});
  ns.Add("ReadDir", {ParamKind::kAny}, false, [files](Args a) { return files->ReadDir(a); },
         {"readDir"});
  ns.Add("Stat", {ParamKind::kAny}, false, [files](Args a) { return files->Stat(a); });
  ns.Add("Getenv", {ParamKind::kAny}, false, Getenv, {"getenv"});
  ns.Install(funcs);
}

}  // namespace kiln::hugo
