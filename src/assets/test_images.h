// ReadTestImage: the bytes of a committed reference image under testdata/images/ (the tests
// run from the repository root); empty when missing. For the assets tests only.
#ifndef KILN_ASSETS_TEST_IMAGES_H_
#define KILN_ASSETS_TEST_IMAGES_H_

#include <fstream>
#include <sstream>
#include <string>

namespace kiln::assets {

inline std::string ReadTestImage(const std::string& name) {
  std::ifstream in("testdata/images/" + name, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace kiln::assets

#endif  // KILN_ASSETS_TEST_IMAGES_H_
