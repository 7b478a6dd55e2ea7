#include "assets/digest.h"

#include <gtest/gtest.h>

#include "testing/status_matchers.h"

namespace kiln::assets {
namespace {

TEST(Digest, EveryAlgorithm) {
  // Expected values from hugo 0.111.3's fingerprint of "body{color:red}\n".
  struct Case {
    const char* name;
    const char* hex;
    const char* integrity;
  } cases[] = {
      {"md5", "b3fc414da2e8cd21fb476f6870d7fa83", "md5-s/xBTaLozSH7R29ocNf6gw=="},
      {"sha384",
       "4ab8f72fa159abb4297875e7d06693aa39a5b357e876574613295f7254f8ee80c46c5731086fdb5f52f460e92"
       "88380e2",
       "sha384-Srj3L6FZq7QpeHXn0GaTqjmls1fodldGEylfclT47oDEbFcxCG/bX1L0YOkog4Di"},
      {"sha512",
       "5c6348af36911b1c0094cface85a10dfac30aa8691eaef38fabd4a59b09190903b3c1f4ff9e4a8d155326339e"
       "2bcb177a2cc0269db16e4c93ac8e77eb3033476",
       "sha512-XGNIrzaRGxwAlM+s6FoQ36wwqoaR6u84+r1KWbCRkJA7PB9P+eSo0VUyYznivLF3oswCadsW5Mk6yOd+"
       "swM0dg=="},
  };
  for (const Case& c : cases) {
    ASSERT_OK_AND_ASSIGN(DigestAlgorithm alg, ParseDigestAlgorithm(c.name));
    Digest d = ComputeDigest(alg, "body{color:red}\n");
    EXPECT_EQ(d.hex, c.hex) << c.name;
    EXPECT_EQ(d.integrity, c.integrity) << c.name;
  }
}

TEST(Digest, UnknownAlgorithm) {
  EXPECT_EQ(ParseDigestAlgorithm("sha1").status().message(),
            "unsupported crypto algo: \"sha1\", use either md5, sha256, sha384 or sha512");
}

TEST(Base64, Padding) {
  struct Case {
    const char* in;
    const char* out;
  } cases[] = {{"", ""}, {"f", "Zg=="}, {"fo", "Zm8="}, {"foo", "Zm9v"}, {"foob", "Zm9vYg=="}};
  for (const Case& c : cases) EXPECT_EQ(Base64(c.in), c.out) << c.in;
}

}  // namespace
}  // namespace kiln::assets
