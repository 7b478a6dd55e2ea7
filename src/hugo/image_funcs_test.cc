// images.Config with hugo 0.111.3's messages, and the filters' "not supported" error.
#include "hugo/image_funcs.h"

#include <gtest/gtest.h>

#include "hugo/test_helpers.h"
#include "testing/status_matchers.h"

namespace kiln::hugo {
namespace {

TEST(ImageFuncsTest, ConfigAndUnsupportedFilters) {
  MemoryFileSystem fs;
  const char kGif[] = "GIF89a\x40\x01\xF0\x00";
  ASSERT_OK(fs.WriteFile("site/img/a.gif", std::string(kGif, sizeof(kGif) - 1)));
  ASSERT_OK(fs.WriteFile("site/text.txt", "hello"));
  tmpl::FuncMap funcs = tmpl::NewBuiltinFuncMap();
  RegisterImageFuncs(&fs, "site", &funcs);
  const struct {
    const char* tmpl;
    const char* want;
  } kCases[] = {
      {"{{ with images.Config \"img/a.gif\" }}{{ .Width }}x{{ .Height }}{{ end }}", "320x240"},
      {"{{ (imageConfig \"/../img/a.gif\").Width }}", "320"},
      {"{{ images.Config \"\" }}", "error calling Config: config needs a filename"},
      {"{{ images.Config \"nope.png\" }}",
       "error calling Config: open site/nope.png: no such file or directory"},
      {"{{ images.Config \"text.txt\" }}", "error calling Config: image: unknown format"},
      {"{{ $unused := false }}{{ if $unused }}{{ images.GaussianBlur 6 }}{{ end }}ok", "ok"},
      {"{{ images.Grayscale }}",
       "error calling Grayscale: images.Grayscale is not supported by kiln"},
  };
  for (const auto& c : kCases) EXPECT_EQ(OutputOrCallError(&funcs, c.tmpl), c.want) << c.tmpl;
}

}  // namespace
}  // namespace kiln::hugo
