// The txtar archive format (as Go's golang.org/x/tools/txtar): a free-form comment, then
// files, each introduced by a line "-- name --". kiln's test sites and conformance cases
// are txtar files.
#ifndef KILN_BASE_TXTAR_H_
#define KILN_BASE_TXTAR_H_

#include <string>
#include <string_view>
#include <vector>

namespace kiln {

struct TxtarFile {
  std::string name;
  std::string data;  // ends with '\n' unless empty
};

struct TxtarArchive {
  std::string comment;
  std::vector<TxtarFile> files;

  const TxtarFile* Find(std::string_view name) const;
};

TxtarArchive ParseTxtar(std::string_view text);
std::string FormatTxtar(const TxtarArchive& archive);

}  // namespace kiln

#endif  // KILN_BASE_TXTAR_H_
