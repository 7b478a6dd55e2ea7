// Test helpers for the markdown module's data files under testdata/markdown/.
#ifndef KILN_MARKDOWN_TEST_DATA_H_
#define KILN_MARKDOWN_TEST_DATA_H_

#include <fstream>
#include <sstream>
#include <string>

namespace kiln::markdown {

// The whole file, read relative to the repository root (where ctest runs tests); empty if absent.
inline std::string ReadTestFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// hugo_oracle.py stores each want.* value with one extra newline so values without a final
// newline survive the txtar format; this drops it.
inline std::string WantValue(std::string data) {
  if (!data.empty() && data.back() == '\n') data.pop_back();
  return data;
}

}  // namespace kiln::markdown

#endif  // KILN_MARKDOWN_TEST_DATA_H_
