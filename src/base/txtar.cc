#include "base/txtar.h"

namespace kiln {

namespace {
// If `line` (without its newline) is a file marker, returns true and sets `name`.
bool IsMarker(std::string_view line, std::string* name) {
  if (line.size() < 7 || line.substr(0, 3) != "-- " || line.substr(line.size() - 3) != " --") {
    return false;
  }
  std::string_view n = line.substr(3, line.size() - 6);
  while (!n.empty() && n.front() == ' ') n.remove_prefix(1);
  while (!n.empty() && n.back() == ' ') n.remove_suffix(1);
  if (n.empty()) return false;
  *name = std::string(n);
  return true;
}
}  // namespace

const TxtarFile* TxtarArchive::Find(std::string_view name) const {
  for (const TxtarFile& f : files) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

TxtarArchive ParseTxtar(std::string_view text) {
  TxtarArchive archive;
  std::string* target = &archive.comment;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    size_t end = nl == std::string_view::npos ? text.size() : nl;
    std::string_view line = text.substr(pos, end - pos);
    std::string name;
    if (IsMarker(line, &name)) {
      archive.files.push_back(TxtarFile{std::move(name), {}});
      target = &archive.files.back().data;
    } else {
      target->append(line);
      target->push_back('\n');
    }
    pos = end + 1;
  }
  return archive;
}

std::string FormatTxtar(const TxtarArchive& archive) {
  std::string out = archive.comment;
  if (!out.empty() && out.back() != '\n') out += '\n';
  for (const TxtarFile& f : archive.files) {
    out += "-- " + f.name + " --\n";
    out += f.data;
    if (!f.data.empty() && f.data.back() != '\n') out += '\n';
  }
  return out;
}

}  // namespace kiln
