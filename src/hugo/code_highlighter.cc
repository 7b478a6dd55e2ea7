#include "hugo/code_highlighter.h"

#include "base/strings.h"

namespace kiln::hugo {
namespace {

// The `{…}` part of an info string with its braces removed, or "".
std::string_view BraceAttributes(std::string_view info) {
  size_t open = info.find('{');
  size_t close = info.rfind('}');
  if (open == std::string_view::npos || close == std::string_view::npos || close < open) {
    return {};
  }
  return info.substr(open + 1, close - open - 1);
}

// Splits `a=1, b="x y" .cls` into its key=value pairs and the rest as attributes.
void ParseFenceAttributes(std::string_view text, highlight::HighlightOptions* options,
                          std::vector<highlight::CodeAttribute>* attributes) {
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == ',' || text[i] == '\t')) ++i;
    size_t start = i;
    bool quoted = false;
    int brackets = 0;  // a list value, `hl_lines=[2,8]`, is one token
    while (i < text.size() && (quoted || brackets > 0 || (text[i] != ' ' && text[i] != ','))) {
      if (text[i] == '"') quoted = !quoted;
      if (!quoted && text[i] == '[') ++brackets;
      if (!quoted && text[i] == ']' && brackets > 0) --brackets;
      ++i;
    }
    std::string_view token = text.substr(start, i - start);
    if (token.empty()) continue;
    if (token[0] == '.') {
      attributes->push_back({"class", std::string(token.substr(1))});
      continue;
    }
    if (token[0] == '#') {
      attributes->push_back({"id", std::string(token.substr(1))});
      continue;
    }
    size_t eq = token.find('=');
    if (eq == std::string_view::npos) continue;
    std::string_view key = token.substr(0, eq);
    std::string_view value = token.substr(eq + 1);
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
      value = value.substr(1, value.size() - 2);
    }
    std::string list;
    if (value.size() >= 2 && value.front() == '[' && value.back() == ']') {
      // Hugo hands a list over as its items separated by spaces: [2,"4-5"] is "2 4-5".
      for (std::string_view item : Split(value.substr(1, value.size() - 2), ',')) {
        item = TrimSpace(item);
        if (item.size() >= 2 && item.front() == '"' && item.back() == '"') {
          item = item.substr(1, item.size() - 2);
        }
        if (!list.empty()) list += ' ';
        list += item;
      }
      value = list;
    }
    // Options that are not highlighting options are ignored by ApplyHighlightOption;
    // an invalid value leaves the option as it was, as Hugo does.
    (void)highlight::ApplyHighlightOption(*options, key, value);
  }
}

}  // namespace

void CodeHighlighter::Render(const markdown::CodeBlock& block, std::string* out) const {
  // With codeFences off Hugo leaves fenced code to goldmark's own markup.
  if (!options_.code_fences) {
    goldmark_.Render(block, out);
    return;
  }
  if (block.language.empty()) {
    plain_.Render(block, out);
    return;
  }
  highlight::HighlightOptions options = options_;
  std::vector<highlight::CodeAttribute> attributes;
  ParseFenceAttributes(BraceAttributes(block.info), &options, &attributes);
  StatusOr<std::string> html =
      highlight::Highlight(block.code, block.language, options, attributes);
  if (!html.ok()) {
    plain_.Render(block, out);
    return;
  }
  out->append(*html);
}

}  // namespace kiln::hugo
