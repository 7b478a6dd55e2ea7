#include "minify/js_renamer.h"

#include <algorithm>
#include <iterator>
#include <string_view>

#include "minify/go_sort.h"

namespace kiln::minify {
namespace {

constexpr std::string_view kIdentStart = "etnsoiarclduhmfpgvbjy_wOxCEkASMFTzDNLRPHIBV$WUKqYGXQZJ";
constexpr std::string_view kIdentContinue =
    "etnsoiarcldu14023hm8f6pg57v9bjy_wOxCEkASMFTzDNLRPHIBV$WUKqYGXQZJ";

// Upstream's keyword table: reserved words and the contextual keywords.
constexpr std::string_view kKeywords[] = {
    "await",    "break",      "case",      "catch",  "class",    "const",      "continue",
    "debugger", "default",    "delete",    "do",     "else",     "enum",       "export",
    "extends",  "false",      "finally",   "for",    "function", "if",         "import",
    "in",       "instanceof", "new",       "null",   "return",   "super",      "switch",
    "this",     "throw",      "true",      "try",    "typeof",   "var",        "void",
    "while",    "with",       "yield",     "let",    "static",   "implements", "interface",
    "package",  "private",    "protected", "public", "as",       "async",      "from",
    "get",      "meta",       "of",        "set",    "target",
};

}  // namespace

int JsRenamer::IdentOrder(char c) {
  size_t i = kIdentStart.find(c);
  return i == std::string_view::npos ? 0 : static_cast<int>(i);
}

std::string JsRenamer::NameAt(int index) {
  const int start_len = static_cast<int>(kIdentStart.size());
  const int continue_len = static_cast<int>(kIdentContinue.size());
  if (index < start_len) return std::string(1, kIdentStart[index]);
  index -= start_len;
  int n = 2;
  for (;;) {
    long offset = start_len;
    for (int i = 0; i < n - 1; ++i) offset *= continue_len;
    if (index < offset) break;
    index -= static_cast<int>(offset);
    ++n;
  }
  std::string name(n, ' ');
  name[0] = kIdentStart[index % start_len];
  index /= start_len;
  for (int i = 1; i < n; ++i) {
    name[i] = kIdentContinue[index % continue_len];
    index /= continue_len;
  }
  return name;
}

bool JsRenamer::IsReserved(const std::string& name, const JsScope* scope) {
  // no keyword or known global is one letter long
  if (name.size() > 1 &&
      std::find(std::begin(kKeywords), std::end(kKeywords), name) != std::end(kKeywords)) {
    return true;
  }
  for (const JsVar* v : scope->undeclared) {
    if (v->Name() == name) return true;
  }
  return false;
}

void JsRenamer::RenameScope(JsScope* scope) const {
  if (!rename || scope == nullptr) return;
  auto& declared = scope->declared;
  size_t args = std::min<size_t>(scope->num_func_args, declared.size());
  GoSortOrder<JsVar*>(declared, args,
                      [](JsVar* const& a, JsVar* const& b) { return a->uses > b->uses; });
  int i = 0;
  for (JsVar* v : declared) {
    v->data = NameAt(i++);
    while (IsReserved(v->data, scope)) v->data = NameAt(i++);
  }
}

}  // namespace kiln::minify
