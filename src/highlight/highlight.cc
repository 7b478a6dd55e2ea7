#include "highlight/highlight.h"

#include <charconv>

#include "base/strings.h"
#include "highlight/html_formatter.h"
#include "highlight/registry.h"
#include "highlight/style.h"

namespace kiln::highlight {
namespace {

bool ParseInt(std::string_view s, int& out) {
  s = TrimSpace(s);
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && ptr == s.data() + s.size();
}

// mapstructure's weak bool: "1", "true", "True", ... (strconv.ParseBool) and "" is false.
StatusOr<bool> ParseBool(std::string_view key, std::string_view v) {
  if (v == "1" || v == "t" || v == "T" || v == "true" || v == "TRUE" || v == "True") return true;
  if (v.empty() || v == "0" || v == "f" || v == "F" || v == "false" || v == "FALSE" ||
      v == "False") {
    return false;
  }
  return InvalidArgumentError("invalid boolean \"" + std::string(v) + "\" for highlight option " +
                              std::string(key));
}

// Hugo's hlLinesToRanges: "2 4-5" → [{2,2},{4,5}], shifted so 1 is `start`. An invalid
// spec highlights nothing.
std::vector<std::pair<int, int>> HighlightRanges(std::string_view spec, int start) {
  std::vector<std::pair<int, int>> ranges;
  for (std::string_view field : Split(TrimSpace(spec), ' ')) {
    field = TrimSpace(field);
    if (field.empty()) continue;
    std::vector<std::string_view> numbers = Split(field, '-');
    int first = 0;
    int second = 0;
    if (!ParseInt(numbers[0], first)) return {};
    if (numbers.size() > 1 && !ParseInt(numbers[1], second)) return {};
    first += start - 1;
    second = numbers.size() > 1 ? second + start - 1 : first;
    ranges.emplace_back(first, second);
  }
  std::stable_sort(ranges.begin(), ranges.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  return ranges;
}

std::string PreStart(std::string_view language, std::string_view style_attr) {
  std::string out = "<pre tabindex=\"0\"" + std::string(style_attr) + "><code";
  if (!language.empty()) {
    out += " class=\"language-" + std::string(language) + "\" data-lang=\"" +
           std::string(language) + "\"";
  }
  return out + ">";
}

std::string InlineCodeStart(std::string_view language) {
  return "<code class=\"code-inline language-" + std::string(language) + "\">";
}

void WriteDivStart(const std::vector<CodeAttribute>& attributes, std::string& out) {
  out += "<div class=\"highlight";
  for (const CodeAttribute& a : attributes) {
    if (a.name == "class") out += " " + a.value;
  }
  out += "\"";
  for (const CodeAttribute& a : attributes) {
    if (a.name == "class") continue;
    out += " " + a.name + "=\"";
    EscapeHtml(a.value, out);
    out += "\"";
  }
  out += ">";
}

}  // namespace

Status ApplyHighlightOption(HighlightOptions& o, std::string_view key, std::string_view value) {
  std::string k = AsciiLower(TrimSpace(key));
  auto set_bool = [&](bool& field) -> Status {
    ASSIGN_OR_RETURN(field, ParseBool(key, value));
    return Status::Ok();
  };
  auto set_int = [&](int& field) -> Status {
    if (!ParseInt(value, field)) {
      return InvalidArgumentError("invalid number \"" + std::string(value) +
                                  "\" for highlight option " + std::string(key));
    }
    return Status::Ok();
  };
  if (k == "style") {
    o.style = std::string(value);
  } else if (k == "noclasses") {
    return set_bool(o.no_classes);
  } else if (k == "linenos") {
    if (value == "table" || value == "inline") o.line_numbers_in_table = value == "table";
    o.line_nos = value != "false";
  } else if (k == "linenumbersintable") {
    return set_bool(o.line_numbers_in_table);
  } else if (k == "hl_lines") {
    o.hl_lines = std::string(value);
  } else if (k == "linenostart") {
    return set_int(o.line_no_start);
  } else if (k == "anchorlinenos") {
    return set_bool(o.anchor_line_nos);
  } else if (k == "lineanchors") {
    o.line_anchors = std::string(value);
  } else if (k == "tabwidth") {
    return set_int(o.tab_width);
  } else if (k == "hl_inline") {
    return set_bool(o.hl_inline);
  } else if (k == "nohl") {
    return set_bool(o.no_hl);
  } else if (k == "guesssyntax") {
    return set_bool(o.guess_syntax);
  } else if (k == "codefences") {
    return set_bool(o.code_fences);
  }
  return Status::Ok();
}

Status ApplyHighlightOptionString(HighlightOptions& o, std::string_view s) {
  s = TrimSpace(s);
  if (s.empty()) return Status::Ok();
  for (std::string_view item : Split(s, ',')) {
    std::vector<std::string_view> kv = Split(item, '=');
    if (kv.size() != 2) {
      return InvalidArgumentError("invalid Highlight option: " +
                                  AsciiLower(TrimSpace(kv.empty() ? item : kv[0])));
    }
    RETURN_IF_ERROR(ApplyHighlightOption(o, kv[0], kv[1]));
  }
  return Status::Ok();
}

const Lexer* FindLexer(std::string_view language) { return Registry::Default().Get(language); }

StatusOr<std::string> Highlight(std::string_view code, std::string_view language,
                                const HighlightOptions& o,
                                const std::vector<CodeAttribute>& attributes) {
  const Registry& registry = Registry::Default();
  std::string lang(language);
  const Lexer* lexer = language.empty() ? nullptr : registry.Get(language);
  if (lexer == nullptr && o.guess_syntax && !o.no_hl) {
    lexer = registry.Analyse(code);
    if (lexer == nullptr) lexer = registry.fallback();
    lang = AsciiLower(lexer->config().name);
  }
  std::string out;
  if (lexer == nullptr) {
    if (o.hl_inline) {
      out += InlineCodeStart(lang);
      EscapeHtml(code, out);
      out += "</code>";
    } else {
      out += PreStart(lang, "");
      EscapeHtml(code, out);
      out += "</code></pre>";
    }
    return out;
  }
  ASSIGN_OR_RETURN(std::vector<Token> tokens, Tokenise(*lexer, code));
  const Style* style = StyleRegistry::Default().Get(o.style);

  FormatterOptions f;
  f.classes = !o.no_classes;
  f.tab_width = o.tab_width;
  f.line_numbers = o.line_nos;
  f.line_numbers_in_table = o.line_numbers_in_table;
  f.base_line_number = o.line_no_start;
  f.linkable_line_numbers = o.anchor_line_nos;
  f.line_id_prefix = o.line_anchors.empty() ? "" : o.line_anchors + "-";
  f.inline_code = o.hl_inline;
  f.highlight_ranges = HighlightRanges(o.hl_lines, o.line_no_start);
  if (o.hl_inline) {
    f.pre_start = [&lang](bool code, std::string_view) {
      return code ? InlineCodeStart(lang) : std::string();
    };
    f.pre_end = [](bool code) { return code ? std::string("</code>") : std::string(); };
  } else {
    f.pre_start = [&lang](bool code, std::string_view style_attr) {
      return PreStart(code ? std::string_view(lang) : std::string_view(), style_attr);
    };
    f.pre_end = [](bool) { return std::string("</code></pre>"); };
    WriteDivStart(attributes, out);
  }
  FormatHtml(tokens, *style, f, out);
  if (!o.hl_inline) out += "</div>";
  return out;
}

StatusOr<std::string> GenerateChromaCss(std::string_view style_name,
                                        std::string_view highlight_style,
                                        std::string_view lines_style) {
  const Style* base = StyleRegistry::Default().Find(style_name);
  if (base == nullptr) return NotFoundError("no such style: " + std::string(style_name));
  Style style = *base;
  if (!highlight_style.empty()) {
    ASSIGN_OR_RETURN(StyleEntry entry, StyleEntry::Parse(highlight_style));
    style.Set(TokenType::kLineHighlight, entry);
  }
  if (!lines_style.empty()) {
    ASSIGN_OR_RETURN(StyleEntry entry, StyleEntry::Parse(lines_style));
    style.Set(TokenType::kLineNumbers, entry);
  }
  FormatterOptions f;
  f.all_classes = true;
  return WriteCss(style, f);
}

}  // namespace kiln::highlight
