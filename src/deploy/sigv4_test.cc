#include "deploy/sigv4.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "base/percent_decode.h"
#include "base/strings.h"
#include "deploy/crypto.h"

namespace kiln::deploy {
namespace {

constexpr char kSuiteDir[] = "testdata/deploy/sigv4";

std::string ReadText(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Parses the suite's request.txt: a request line, headers (continuation lines start with
// whitespace), a blank line and the body.
HttpRequest ParseSuiteRequest(const std::string& text) {
  HttpRequest request;
  request.endpoint = "https://example.amazonaws.com";
  size_t line_end = text.find('\n');
  std::string_view line(text.data(), line_end);
  size_t sp1 = line.find(' ');
  size_t sp2 = line.rfind(' ');
  request.method = std::string(line.substr(0, sp1));
  std::string_view target = line.substr(sp1 + 1, sp2 - sp1 - 1);
  size_t q = target.find('?');
  request.path = PercentDecode(target.substr(0, q), PlusDecoding::kLiteral);
  if (q != std::string_view::npos) {
    for (std::string_view pair : Split(target.substr(q + 1), '&')) {
      size_t eq = pair.find('=');
      std::string_view name = pair.substr(0, eq);
      std::string_view value = eq == std::string_view::npos ? "" : pair.substr(eq + 1);
      request.query.emplace_back(PercentDecode(name, PlusDecoding::kLiteral),
                                 PercentDecode(value, PlusDecoding::kLiteral));
    }
  }
  size_t pos = line_end + 1;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    std::string_view header(text.data() + pos, end - pos);
    pos = end + 1;
    if (header.empty()) break;
    if (header[0] == ' ' || header[0] == '\t') {
      request.headers.back().second += " " + std::string(TrimSpace(header));
      continue;
    }
    size_t colon = header.find(':');
    request.headers.emplace_back(std::string(header.substr(0, colon)),
                                 std::string(header.substr(colon + 1)));
  }
  if (pos < text.size()) request.body = text.substr(pos);
  return request;
}

int64_t ParseTimestamp(const std::string& iso) {
  std::tm tm{};
  strptime(iso.c_str(), "%Y-%m-%dT%H:%M:%SZ", &tm);
  return timegm(&tm);
}

std::vector<std::string> SuiteCases() {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(kSuiteDir)) {
    if (entry.is_directory()) names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

class SigV4SuiteTest : public ::testing::TestWithParam<std::string> {};

TEST_P(SigV4SuiteTest, MatchesExpectedSignature) {
  std::filesystem::path dir = std::filesystem::path(kSuiteDir) / GetParam();
  nlohmann::json context = nlohmann::json::parse(ReadText(dir / "context.json"));
  HttpRequest request = ParseSuiteRequest(ReadText(dir / "request.txt"));
  Credentials credentials{context["credentials"]["access_key_id"],
                          context["credentials"]["secret_access_key"], ""};
  std::string token = context["credentials"].value("token", "");
  bool omit_token = context.value("omit_session_token", false);
  // A token that is "omitted" goes on the request after signing, so it is not signed.
  if (!omit_token) credentials.session_token = token;
  SigningParams params{context["region"], context["service"], ParseTimestamp(context["timestamp"]),
                       context["normalize"].get<bool>(), context["sign_body"].get<bool>()};

  SigningResult result = SignRequest(&request, credentials, params);

  EXPECT_EQ(result.canonical_request, ReadText(dir / "header-canonical-request.txt"));
  EXPECT_EQ(result.string_to_sign, ReadText(dir / "header-string-to-sign.txt"));
  EXPECT_EQ(result.signature, TrimSpace(ReadText(dir / "header-signature.txt")));
  std::string signed_request = ReadText(dir / "header-signed-request.txt");
  size_t at = signed_request.find("Authorization:");
  ASSERT_NE(at, std::string::npos);
  std::string_view expected_auth(signed_request.data() + at + 14);
  expected_auth = TrimSpace(expected_auth.substr(0, expected_auth.find('\n')));
  EXPECT_EQ(result.authorization, expected_auth);
}

INSTANTIATE_TEST_SUITE_P(Suite, SigV4SuiteTest, ::testing::ValuesIn(SuiteCases()),
                         [](const auto& info) {
                           std::string name = info.param;
                           for (char& c : name) {
                             if (c == '-') c = '_';
                           }
                           return name;
                         });

TEST(SigV4SuiteTest, SuiteIsPresent) { EXPECT_EQ(SuiteCases().size(), 38u); }

// The worked examples from the Amazon S3 API reference ("Signature calculations for the
// Authorization header"); their signatures are published there.
struct S3Example {
  std::string name;
  std::string method;
  std::string path;
  std::vector<std::pair<std::string, std::string>> query;
  HeaderList headers;
  std::string body;
  std::string signature;
};

TEST(SigV4S3Test, DocumentationExamples) {
  const std::vector<S3Example> examples = {
      {"get-object",
       "GET",
       "/test.txt",
       {},
       {{"Range", "bytes=0-9"}},
       "",
       "f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"},
      {"put-object",
       "PUT",
       "/test$file.text",
       {},
       {{"Date", "Fri, 24 May 2013 00:00:00 GMT"}, {"x-amz-storage-class", "REDUCED_REDUNDANCY"}},
       "Welcome to Amazon S3.",
       "98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd"},
      {"get-lifecycle",
       "GET",
       "/",
       {{"lifecycle", ""}},
       {},
       "",
       "fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543"},
      {"list-objects",
       "GET",
       "/",
       {{"max-keys", "2"}, {"prefix", "J"}},
       {},
       "",
       "34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7"},
  };
  const Credentials credentials{"AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                                ""};
  for (const S3Example& example : examples) {
    SCOPED_TRACE(example.name);
    HttpRequest request;
    request.method = example.method;
    request.endpoint = "https://examplebucket.s3.amazonaws.com";
    request.path = example.path;
    request.query = example.query;
    request.headers = {{"Host", "examplebucket.s3.amazonaws.com"}};
    request.headers.insert(request.headers.end(), example.headers.begin(), example.headers.end());
    request.body = example.body;
    SigningResult result =
        SignRequest(&request, credentials, {"us-east-1", "s3", 1369353600, false, true});
    EXPECT_EQ(result.signature, example.signature);
  }
}

TEST(SigV4S3Test, S3ModeKeepsDotSegmentsAndEncodesOnce) {
  HttpRequest request{"PUT", "http://127.0.0.1:1", "/b/./a b+c%.html", {}, {{"Host", "h"}}, ""};
  SigningResult result = SignRequest(&request, {"AK", "SK", ""}, {"r", "s3", 0, false, true});
  EXPECT_EQ(result.canonical_request.substr(0, result.canonical_request.find('\n', 4)),
            "PUT\n/b/./a%20b%2Bc%25.html");
  EXPECT_EQ(request.Url(), "http://127.0.0.1:1/b/./a%20b%2Bc%25.html");
}

TEST(CryptoTest, KnownDigests) {
  EXPECT_EQ(Md5Hex("hello"), "5d41402abc4b2a76b9719d911017c592");
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Base64Encode(Md5("hello")), "XUFAKrxLKna5cZ2REBfFkg==");
  EXPECT_EQ(Base64Encode("ab"), "YWI=");
}

}  // namespace
}  // namespace kiln::deploy
