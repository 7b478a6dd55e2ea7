#include "highlight/style.h"

#include <cstdio>
#include <pugixml.hpp>

#include "highlight/embedded_data.h"

namespace kiln::highlight {
namespace {

struct NamedColour {
  std::string_view name;
  std::string_view hex;
};

// Pygments' ANSI colour names.
constexpr NamedColour kAnsiColours[] = {
    {"#ansiblack", "000000"}, {"#ansidarkred", "7f0000"},   {"#ansidarkgreen", "007f00"},
    {"#ansibrown", "7f7fe0"}, {"#ansidarkblue", "00007f"},  {"#ansipurple", "7f007f"},
    {"#ansiteal", "007f7f"},  {"#ansilightgray", "e5e5e5"}, {"#ansidarkgray", "555555"},
    {"#ansired", "ff0000"},   {"#ansigreen", "00ff00"},     {"#ansiyellow", "ffff00"},
    {"#ansiblue", "0000ff"},  {"#ansifuchsia", "ff00ff"},   {"#ansiturquoise", "00ffff"},
    {"#ansiwhite", "ffffff"}, {"#black", "000000"},         {"#darkred", "7f0000"},
    {"#darkgreen", "007f00"}, {"#brown", "7f7fe0"},         {"#darkblue", "00007f"},
    {"#purple", "7f007f"},    {"#teal", "007f7f"},          {"#lightgray", "e5e5e5"},
    {"#darkgray", "555555"},  {"#red", "ff0000"},           {"#green", "00ff00"},
    {"#yellow", "ffff00"},    {"#blue", "0000ff"},          {"#fuchsia", "ff00ff"},
    {"#turquoise", "00ffff"}, {"#white", "ffffff"},
};

Colour FromRgb(int r, int g, int b) { return Colour{((r << 16) | (g << 8) | b) + 1}; }

}  // namespace

std::string Colour::Hex() const {
  char buf[16];
  std::snprintf(buf, sizeof(buf), "#%06x", v - 1);
  return buf;
}

Colour Colour::Parse(std::string_view text) {
  std::string hex(text);
  for (const NamedColour& c : kAnsiColours) {
    if (c.name == text) hex = std::string(c.hex);
  }
  if (!hex.empty() && hex[0] == '#') {
    hex.erase(0, 1);
    if (hex.size() == 3) hex = {hex[0], hex[0], hex[1], hex[1], hex[2], hex[2]};
  }
  if (hex.empty() || hex.size() > 8) return Colour{};
  uint64_t n = 0;
  for (char c : hex) {
    int d = c >= '0' && c <= '9'   ? c - '0'
            : c >= 'a' && c <= 'f' ? c - 'a' + 10
            : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                   : -1;
    if (d < 0) return Colour{};
    n = n * 16 + d;
  }
  return Colour{static_cast<int32_t>(n + 1)};
}

Colour Colour::BrightenOrDarken(double factor) const {
  double r = red(), g = green(), b = blue();
  double brightness = (r + g + b) / 255.0 / 3.0;
  if (brightness >= 0.5) factor = -factor;
  if (factor < 0) {
    factor += 1;
    r *= factor;
    g *= factor;
    b *= factor;
  } else {
    r = (255 - r) * factor + r;
    g = (255 - g) * factor + g;
    b = (255 - b) * factor + b;
  }
  return FromRgb(static_cast<uint8_t>(r), static_cast<uint8_t>(g), static_cast<uint8_t>(b));
}

bool StyleEntry::IsZero() const {
  return !colour.set() && !background.set() && !border.set() && bold == Trilean::kPass &&
         italic == Trilean::kPass && underline == Trilean::kPass && !no_inherit;
}

StyleEntry StyleEntry::Sub(const StyleEntry& e) const {
  StyleEntry out;
  if (e.colour != colour) out.colour = colour;
  if (e.background != background) out.background = background;
  if (e.bold != bold) out.bold = bold;
  if (e.italic != italic) out.italic = italic;
  if (e.underline != underline) out.underline = underline;
  if (e.border != border) out.border = border;
  return out;
}

StyleEntry StyleEntry::Inherit(std::initializer_list<StyleEntry> ancestors) const {
  StyleEntry out = *this;
  for (auto it = std::rbegin(ancestors); it != std::rend(ancestors); ++it) {
    if (out.no_inherit) return out;
    if (!out.colour.set()) out.colour = it->colour;
    if (!out.background.set()) out.background = it->background;
    if (!out.border.set()) out.border = it->border;
    if (out.bold == Trilean::kPass) out.bold = it->bold;
    if (out.italic == Trilean::kPass) out.italic = it->italic;
    if (out.underline == Trilean::kPass) out.underline = it->underline;
  }
  return out;
}

StatusOr<StyleEntry> StyleEntry::Parse(std::string_view text) {
  StyleEntry out;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n')) ++i;
    size_t j = i;
    while (j < text.size() && text[j] != ' ' && text[j] != '\t' && text[j] != '\n') ++j;
    std::string_view part = text.substr(i, j - i);
    i = j;
    if (part.empty()) break;
    auto colour = [&](std::string_view c, Colour& into) -> Status {
      into = Colour::Parse(c);
      if (!into.set()) return InvalidArgumentError("invalid colour \"" + std::string(part) + "\"");
      return Status::Ok();
    };
    if (part == "italic") {
      out.italic = Trilean::kYes;
    } else if (part == "noitalic") {
      out.italic = Trilean::kNo;
    } else if (part == "bold") {
      out.bold = Trilean::kYes;
    } else if (part == "nobold") {
      out.bold = Trilean::kNo;
    } else if (part == "underline") {
      out.underline = Trilean::kYes;
    } else if (part == "nounderline") {
      out.underline = Trilean::kNo;
    } else if (part == "inherit") {
      out.no_inherit = false;
    } else if (part == "noinherit") {
      out.no_inherit = true;
    } else if (part == "bg:") {
      out.background = Colour{};
    } else if (part.starts_with("bg:#")) {
      RETURN_IF_ERROR(colour(part.substr(3), out.background));
    } else if (part.starts_with("border:#")) {
      RETURN_IF_ERROR(colour(part.substr(7), out.border));
    } else if (part.starts_with("#")) {
      RETURN_IF_ERROR(colour(part, out.colour));
    } else {
      return InvalidArgumentError("unknown style element \"" + std::string(part) + "\"");
    }
  }
  return out;
}

StyleEntry Style::Raw(TokenType type) const {
  auto it = entries_.find(type);
  StyleEntry out = it == entries_.end() ? StyleEntry() : it->second;
  if (!out.IsZero()) return out;
  // Chroma synthesises line highlight and line number colours from the background.
  if (type == TokenType::kLineHighlight) {
    out.background = Raw(TokenType::kBackground).background.BrightenOrDarken(0.1);
  } else if (type == TokenType::kLineNumbers || type == TokenType::kLineNumbersTable) {
    out.colour = Raw(TokenType::kBackground).colour.BrightenOrDarken(0.5);
  }
  return out;
}

StyleEntry Style::Get(TokenType type) const {
  auto it = resolved_.find(type);
  return it != resolved_.end() ? it->second : Compute(type);
}

void Style::Resolve() {
  resolved_.clear();
  for (TokenType t : AllTokenTypes()) resolved_[t] = Compute(t);
}

StyleEntry Style::Compute(TokenType type) const {
  return Raw(type).Inherit({Raw(TokenType::kBackground), Raw(TokenType::kText),
                            Raw(TokenTypeCategory(type)), Raw(TokenTypeSubCategory(type))});
}

StatusOr<Style> Style::ParseXml(std::string_view xml) {
  pugi::xml_document doc;
  if (!doc.load_buffer(xml.data(), xml.size())) return InvalidArgumentError("invalid style XML");
  pugi::xml_node root = doc.child("style");
  std::string name = root.attribute("name").value();
  if (name.empty()) return InvalidArgumentError("missing style name attribute");
  std::map<TokenType, StyleEntry> entries;
  for (pugi::xml_node entry : root.children("entry")) {
    std::string type_name = entry.attribute("type").value();
    std::optional<TokenType> type = TokenTypeFromName(type_name);
    if (!type) return InvalidArgumentError("unknown token type " + type_name + " in style " + name);
    ASSIGN_OR_RETURN(entries[*type], StyleEntry::Parse(entry.attribute("style").value()));
  }
  return Style(std::move(name), std::move(entries));
}

const StyleRegistry& StyleRegistry::Default() {
  static const StyleRegistry* registry = [] {
    auto* r = new StyleRegistry();
    for (const EmbeddedFile& file : EmbeddedStyles()) {
      StatusOr<Style> style = Style::ParseXml(file.data);
      if (!style.ok()) continue;  // fixed at build time; the style tests cover every file
      std::string name = style->name();
      r->styles_[name] = std::make_unique<Style>(std::move(*style));
    }
    return r;
  }();
  return *registry;
}

const Style* StyleRegistry::Find(std::string_view name) const {
  auto it = styles_.find(name);
  return it == styles_.end() ? nullptr : it->second.get();
}

const Style* StyleRegistry::Get(std::string_view name) const {
  const Style* style = Find(name);
  return style != nullptr ? style : Find("swapoff");
}

std::vector<std::string> StyleRegistry::Names() const {
  std::vector<std::string> names;
  for (const auto& [name, style] : styles_) names.push_back(name);
  return names;
}

}  // namespace kiln::highlight
