#include "cli/new_site.h"

#include "base/path.h"
#include "cli/new_content.h"

namespace kiln {

namespace {

constexpr const char* kDirectories[] = {"assets", "content", "data",  "layouts",
                                        "public", "static",  "themes"};

std::string_view ConfigText(DataFormat format) {
  switch (format) {
    case DataFormat::kToml:
      return "baseURL = 'http://example.org/'\n"
             "languageCode = 'en-us'\n"
             "title = 'My New Hugo Site'\n";
    case DataFormat::kYaml:
      return "baseURL: http://example.org/\n"
             "languageCode: en-us\n"
             "title: My New Hugo Site\n";
    case DataFormat::kJson:
      return "{\n"
             "   \"baseURL\": \"http://example.org/\",\n"
             "   \"languageCode\": \"en-us\",\n"
             "   \"title\": \"My New Hugo Site\"\n"
             "}\n";
  }
  return "";
}

}  // namespace

Status CreateSiteSkeleton(FileSystem& fs, const std::string& dir, DataFormat config_format) {
  if (fs.Exists(dir)) {
    if (!fs.IsDir(dir)) return Status(StatusCode::kAlreadyExists, dir + " already exists");
    ASSIGN_OR_RETURN(std::vector<FileInfo> entries, fs.ListDir(dir));
    if (!entries.empty()) {
      return Status(StatusCode::kAlreadyExists, dir + " already exists and is not empty");
    }
  }
  for (const char* sub : kDirectories) RETURN_IF_ERROR(fs.MakeDirs(JoinPath(dir, sub)));
  RETURN_IF_ERROR(fs.WriteFile(JoinPath(dir, "archetypes/default.md"), DefaultArchetype()));
  return fs.WriteFile(JoinPath(dir, std::string("config.") + DataFormatName(config_format)),
                      ConfigText(config_format));
}

}  // namespace kiln
