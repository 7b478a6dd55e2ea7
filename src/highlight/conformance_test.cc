// Chroma's own token tests (lexers/testdata/*.actual → *.expected), read from the installed
// Debian package at test time, run through kiln's lexers.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>

#include "base/file_system.h"
#include "highlight/lexer.h"
#include "highlight/registry.h"

namespace kiln::highlight {
namespace {

namespace fs = std::filesystem;

std::string ReadFile(const fs::path& path) {
  StatusOr<std::string> data = RealFileSystem().ReadFile(path.string());
  return data.ok() ? *data : "";
}

// Cases that need a Go-coded lexer kiln has not ported: V (the name "v" finds Verilog
// instead) and Emacs Lisp (a source block inside the Org sample).
const std::set<std::string> kNeedUnported = {"v/v.actual", "v/v.mode.actual", "org.actual"};

// Known divergences, kept visible here when there are any.
const std::set<std::string> kKnownFailures = {};

struct Case {
  std::string lexer;
  fs::path actual;
};

// Chroma's layout: testdata/<lexer>/<x>.actual, or testdata/<lexer>.<x>.actual.
std::vector<Case> FindCases(const fs::path& dir) {
  std::vector<Case> cases;
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::string name = entry.path().filename().string();
    if (name == "analysis") continue;
    if (entry.is_directory()) {
      for (const auto& sub : fs::directory_iterator(entry.path())) {
        if (sub.path().extension() == ".actual") cases.push_back({name, sub.path()});
      }
    } else if (entry.path().extension() == ".actual") {
      cases.push_back({name.substr(0, name.find('.')), entry.path()});
    }
  }
  std::sort(cases.begin(), cases.end(),
            [](const Case& a, const Case& b) { return a.actual < b.actual; });
  return cases;
}

std::string Describe(const std::vector<Token>& tokens) {
  std::string out;
  for (const Token& t : tokens) {
    out += std::string(TokenTypeName(t.type)) + " " + nlohmann::json(t.value).dump() + "\n";
  }
  return out;
}

TEST(ChromaConformance, LexersTestdata) {
  fs::path dir = fs::path(KILN_CHROMA_DIR) / "lexers" / "testdata";
  if (!fs::exists(dir)) {
    GTEST_SKIP() << "Chroma's test data is missing: install golang-github-alecthomas-chroma-v2-dev";
  }
  const Registry& registry = Registry::Default();
  int passed = 0;
  std::vector<std::string> failed;
  std::vector<std::string> no_lexer;
  for (const Case& c : FindCases(dir)) {
    std::string label = c.actual.lexically_relative(dir).string();
    const Lexer* lexer = registry.Get(c.lexer);
    if (lexer == nullptr || kNeedUnported.contains(label)) {
      no_lexer.push_back(label);
      continue;
    }
    fs::path expected_path = c.actual;
    expected_path.replace_extension(".expected");
    std::vector<Token> expected;
    for (const auto& t : nlohmann::json::parse(ReadFile(expected_path))) {
      std::optional<TokenType> type = TokenTypeFromName(t["type"].get<std::string>());
      ASSERT_TRUE(type.has_value()) << label << ": " << t["type"];
      expected.push_back({*type, t["value"].get<std::string>()});
    }
    StatusOr<std::vector<Token>> actual = Tokenise(*lexer, ReadFile(c.actual));
    if (actual.ok() && *actual == expected) {
      ++passed;
      continue;
    }
    failed.push_back(label);
    if (kKnownFailures.contains(label)) continue;
    if (!actual.ok()) {
      ADD_FAILURE() << label << ": " << actual.status().ToString();
    } else {
      std::string want = Describe(expected), got = Describe(*actual);
      size_t diff = 0;
      while (diff < want.size() && diff < got.size() && want[diff] == got[diff]) ++diff;
      size_t from = want.rfind('\n', diff);
      from = from == std::string::npos ? 0 : from + 1;
      ADD_FAILURE() << label << " differs:\n want: " << want.substr(from, 300)
                    << "\n got:  " << got.substr(from, 300);
    }
  }
  std::cout << "[ chroma   ] " << passed << " of " << passed + failed.size() << " cases pass; "
            << no_lexer.size() << " cases for lexers not ported:";
  for (const std::string& n : no_lexer) std::cout << " " << n;
  std::cout << "\n";
}

}  // namespace
}  // namespace kiln::highlight
