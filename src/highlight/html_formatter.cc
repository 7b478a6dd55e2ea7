#include "highlight/html_formatter.h"

#include <map>
#include <optional>
#include <unordered_map>

namespace kiln::highlight {
namespace {

constexpr std::string_view kLineNumbersStyle =
    "white-space: pre; -webkit-user-select: none; user-select: none; margin-right: 0.4em; "
    "padding: 0 0.4em 0 0.4em;";

std::string StyleEntryToCss(const StyleEntry& e) {
  std::vector<std::string> parts;
  if (e.colour.set()) parts.push_back("color: " + e.colour.Hex());
  if (e.background.set()) parts.push_back("background-color: " + e.background.Hex());
  if (e.bold == Trilean::kYes) parts.push_back("font-weight: bold");
  if (e.italic == Trilean::kYes) parts.push_back("font-style: italic");
  if (e.underline == Trilean::kYes) parts.push_back("text-decoration: underline");
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += "; ";
    out += parts[i];
  }
  return out;
}

// Chroma's compressStyle: collapse spaces, drop the space after ':', shorten #aabbcc to #abc.
std::string CompressStyle(std::string_view s) {
  std::string out;
  size_t start = 0;
  while (true) {
    size_t semi = s.find(';', start);
    std::string_view part = s.substr(start, semi == std::string_view::npos ? s.npos : semi - start);
    std::string p;
    size_t i = 0;
    while (i < part.size()) {
      while (i < part.size() && std::isspace(static_cast<unsigned char>(part[i]))) ++i;
      size_t j = i;
      while (j < part.size() && !std::isspace(static_cast<unsigned char>(part[j]))) ++j;
      if (j > i) {
        if (!p.empty()) p += ' ';
        p.append(part.substr(i, j - i));
      }
      i = j;
    }
    size_t colon = p.find(": ");
    if (colon != std::string::npos) p.erase(colon + 1, 1);
    if (p.find('#') != std::string::npos && p.size() >= 6) {
      std::string_view c = std::string_view(p).substr(p.size() - 6);
      if (c[0] == c[1] && c[2] == c[3] && c[4] == c[5]) {
        p = p.substr(0, p.size() - 6) + c[0] + c[2] + c[4];
      }
    }
    out += p;
    if (semi == std::string_view::npos) break;
    out += ';';
    start = semi + 1;
  }
  return out;
}

std::string TabWidthStyle(int width) {
  if (width == 0 || width == 8) return "";
  std::string w = std::to_string(width);
  return "-moz-tab-size: " + w + "; -o-tab-size: " + w + "; tab-size: " + w + ";";
}

// Chroma's style-to-CSS map (StyleToCSS), one entry at a time and memoised: a code block
// uses a handful of token types, and building the whole map for every block cost more than
// the rest of formatting. With `compress`, entries are as compressStyle leaves them.
class CssTable {
 public:
  CssTable(const Style& style, const FormatterOptions& o, bool compress)
      : style_(style), o_(o), compress_(compress), bg_(style.Get(TokenType::kBackground)) {}

  // The entry for `t`, or nullptr where the map has none.
  const std::string* Find(TokenType t) {
    auto it = memo_.find(t);
    if (it == memo_.end()) {
      std::optional<std::string> css = Compute(t);
      if (css && compress_) css = CompressStyle(*css);
      it = memo_.emplace(t, std::move(css)).first;
    }
    return it->second ? &*it->second : nullptr;
  }

  // The entry for `t`, "" where the map has none.
  std::string Get(TokenType t) {
    const std::string* css = Find(t);
    return css == nullptr ? "" : *css;
  }

 private:
  std::optional<std::string> Own(TokenType t) const {
    if (!TokenTypeStandardClass(t)) return std::nullopt;
    StyleEntry entry = style_.Get(t);
    if (t != TokenType::kBackground) entry = entry.Sub(bg_);
    if (!o_.all_classes && entry.IsZero()) return std::nullopt;
    return StyleEntryToCss(entry);
  }

  // Uncompressed; the derived entries exist whether or not the style sets them.
  std::optional<std::string> Compute(TokenType t) {
    std::string own = Own(t).value_or("");
    switch (t) {
      case TokenType::kBackground:
        return own + ";" + TabWidthStyle(o_.tab_width);
      case TokenType::kPreWrapper:
        own += Compute(TokenType::kBackground).value_or("");
        if (!o_.highlight_ranges.empty()) own += "display: grid;";
        return own;
      case TokenType::kLine:
        return "display: flex;" + own;
      case TokenType::kLineNumbers:
      case TokenType::kLineNumbersTable:
        return std::string(kLineNumbersStyle) + own;
      case TokenType::kLineTable:
        return "border-spacing: 0; padding: 0; margin: 0; border: 0;" + own;
      case TokenType::kLineTableTD:
        return "vertical-align: top; padding: 0; margin: 0; border: 0;" + own;
      case TokenType::kLineLink:
        return "outline: none; text-decoration: none; color: inherit" + own;
      default:
        return Own(t);
    }
  }

  const Style& style_;
  const FormatterOptions& o_;
  bool compress_;
  StyleEntry bg_;
  std::unordered_map<TokenType, std::optional<std::string>> memo_;
};

std::string ClassFor(const FormatterOptions& o, TokenType t) {
  while (t != TokenType::kEOF) {
    if (std::optional<std::string_view> cls = TokenTypeStandardClass(t)) {
      return cls->empty() ? "" : o.class_prefix + std::string(*cls);
    }
    t = TokenTypeParent(t);
  }
  return "";
}

class Writer {
 public:
  Writer(const Style& style, const FormatterOptions& o, std::string& out)
      : o_(o), css_(style, o, !o.classes), out_(out) {}

  void Write(const std::vector<Token>& tokens) {
    std::vector<std::vector<Token>> lines = SplitIntoLines(tokens);
    const bool table = o_.line_numbers && o_.line_numbers_in_table;
    const int digits = static_cast<int>(
        std::to_string(o_.base_line_number + static_cast<int>(lines.size()) - 1).size());
    if (table) {
      out_ += "<div" + StyleAttr(TokenType::kPreWrapper) + ">\n";
      out_ += "<table" + StyleAttr(TokenType::kLineTable) + "><tr>";
      out_ += "<td" + StyleAttr(TokenType::kLineTableTD) + ">\n";
      out_ += PreStart(false);
      size_t hi = 0;
      for (size_t i = 0; i < lines.size(); ++i) {
        int line = o_.base_line_number + static_cast<int>(i);
        bool highlight = ShouldHighlight(hi, line);
        if (highlight) out_ += "<span" + StyleAttr(TokenType::kLineHighlight) + ">";
        out_ += "<span" + StyleAttr(TokenType::kLineNumbersTable) + LineIdAttr(line) + ">" +
                LineTitle(digits, line) + "\n</span>";
        if (highlight) out_ += "</span>";
      }
      out_ += PreEnd(false);
      out_ += "</td>\n";
      out_ += "<td" + StyleAttr(TokenType::kLineTableTD, "width:100%") + ">\n";
    }
    out_ += PreStart(true);
    size_t hi = 0;
    for (size_t i = 0; i < lines.size(); ++i) {
      int line = o_.base_line_number + static_cast<int>(i);
      bool highlight = ShouldHighlight(hi, line);
      if (!o_.inline_code) {
        out_ += "<span";
        if (highlight) {
          if (o_.classes) {
            out_ += " class=\"" + ClassFor(o_, TokenType::kLine) + " " +
                    ClassFor(o_, TokenType::kLineHighlight) + "\"";
          } else {
            out_ +=
                " style=\"" + css_.Get(TokenType::kLine) + " " + css_.Get(TokenType::kLineHighlight) + "\"";
          }
          out_ += ">";
        } else {
          out_ += StyleAttr(TokenType::kLine) + ">";
        }
        if (o_.line_numbers && !table) {
          out_ += "<span" + StyleAttr(TokenType::kLineNumbers) + LineIdAttr(line) + ">" +
                  LineTitle(digits, line) + "</span>";
        }
        out_ += "<span" + StyleAttr(TokenType::kCodeLine) + ">";
      }
      for (const Token& token : lines[i]) {
        const std::string& attr = StyleAttr(token.type);
        if (!attr.empty()) {
          out_ += "<span";
          out_ += attr;
          out_ += '>';
        }
        EscapeHtml(token.value, out_);
        if (!attr.empty()) out_ += "</span>";
      }
      if (!o_.inline_code) out_ += "</span></span>";
    }
    out_ += PreEnd(true);
    if (table) out_ += "</td></tr></table>\n</div>\n";
  }

 private:
  // Chroma's SplitTokensIntoLines: each line's tokens end with its newline.
  static std::vector<std::vector<Token>> SplitIntoLines(const std::vector<Token>& tokens) {
    std::vector<std::vector<Token>> out;
    std::vector<Token> line;
    for (const Token& t : tokens) {
      std::string_view rest = t.value;
      size_t nl;
      while ((nl = rest.find('\n')) != std::string_view::npos) {
        line.push_back({t.type, std::string(rest.substr(0, nl + 1))});
        out.push_back(std::move(line));
        line.clear();
        rest.remove_prefix(nl + 1);
      }
      line.push_back({t.type, std::string(rest)});
    }
    if (!line.empty()) out.push_back(std::move(line));
    if (!out.empty() && out.back().size() == 1 && out.back()[0].value.empty()) out.pop_back();
    return out;
  }

  bool ShouldHighlight(size_t& index, int line) const {
    const auto& ranges = o_.highlight_ranges;
    while (index < ranges.size() && line > ranges[index].second) ++index;
    return index < ranges.size() && line >= ranges[index].first && line <= ranges[index].second;
  }

  // Memoised per type: called for every token.
  const std::string& StyleAttr(TokenType t) {
    auto it = attr_cache_.find(t);
    if (it == attr_cache_.end()) it = attr_cache_.emplace(t, StyleAttr(t, {})).first;
    return it->second;
  }

  std::string StyleAttr(TokenType t, std::string_view extra) {
    if (o_.classes) {
      std::string cls = ClassFor(o_, t);
      return cls.empty() ? "" : " class=\"" + cls + "\"";
    }
    const std::string* css = css_.Find(t);
    if (css == nullptr) css = css_.Find(TokenTypeSubCategory(t));
    if (css == nullptr) css = css_.Find(TokenTypeCategory(t));
    if (css == nullptr) return "";
    std::string attr = " style=\"" + *css;
    if (!extra.empty()) attr += ";" + std::string(extra);
    return attr + "\"";
  }

  std::string LineIdAttr(int line) const {
    if (!o_.linkable_line_numbers) return "";
    return " id=\"" + o_.line_id_prefix + std::to_string(line) + "\"";
  }

  std::string LineTitle(int digits, int line) {
    std::string number = std::to_string(line);
    std::string title =
        std::string(std::max(0, digits - static_cast<int>(number.size())), ' ') + number;
    if (!o_.linkable_line_numbers) return title;
    return "<a" + StyleAttr(TokenType::kLineLink) + " href=\"#" + o_.line_id_prefix + number +
           "\">" + title + "</a>";
  }

  std::string PreStart(bool code) {
    std::string attr = StyleAttr(TokenType::kPreWrapper);
    if (o_.pre_start) return o_.pre_start(code, attr);
    return code ? "<pre" + attr + "><code>" : "<pre" + attr + ">";
  }

  std::string PreEnd(bool code) const {
    if (o_.pre_end) return o_.pre_end(code);
    return code ? "</code></pre>" : "</pre>";
  }

  const FormatterOptions& o_;
  CssTable css_;
  std::string& out_;
  std::unordered_map<TokenType, std::string> attr_cache_;
};

}  // namespace

void EscapeHtml(std::string_view text, std::string& out) {
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '\'':
        out += "&#39;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&#34;";
        break;
      default:
        out += c;
    }
  }
}

void FormatHtml(const std::vector<Token>& tokens, const Style& style,
                const FormatterOptions& options, std::string& out) {
  Writer(style, options, out).Write(tokens);
}

std::string WriteCss(const Style& style, const FormatterOptions& o) {
  CssTable table(style, o, false);
  std::map<TokenType, std::string> css;
  for (TokenType t : AllTokenTypes()) {
    if (const std::string* entry = table.Find(t)) css[t] = *entry;
  }
  std::string out;
  const std::string& p = o.class_prefix;
  out += "/* Background */ ." + p + "bg { " + css[TokenType::kBackground] + " }\n";
  out += "/* PreWrapper */ ." + p + "chroma { " + css[TokenType::kPreWrapper] + " }\n";
  if (o.line_numbers && o.line_numbers_in_table) {
    out += "/* LineTableTD */ ." + p + "chroma ." + ClassFor(o, TokenType::kLineTableTD) +
           ":last-child { width: 100%; }";
  }
  if (o.line_numbers || o.line_numbers_in_table) {
    std::string target = StyleEntryToCss(style.Get(TokenType::kLineHighlight));
    for (TokenType t : {TokenType::kLineNumbers, TokenType::kLineNumbersTable}) {
      out += "/* " + std::string(TokenTypeName(t)) + " targeted by URL anchor */ ." + p +
             "chroma ." + ClassFor(o, t) + ":target { " + target + " }\n";
    }
  }
  for (const auto& [t, styles] : css) {
    if (t == TokenType::kBackground || t == TokenType::kPreWrapper) continue;
    std::string cls = ClassFor(o, t);
    if (cls.empty()) continue;
    out += "/* " + std::string(TokenTypeName(t)) + " */ ." + p + "chroma ." + cls + " { " + styles +
           " }\n";
  }
  return out;
}

}  // namespace kiln::highlight
