// Style: a Chroma colour scheme (styles/*.xml, e.g. monokai) mapping token types to colours
// and font attributes, with Chroma's inheritance (a type without an entry takes its
// sub-category's, category's, Text's and Background's) and its synthesised line-number and
// line-highlight colours.
//
// StyleRegistry::Default() holds every embedded style; it and its styles are immutable and
// shared by all threads.
#ifndef KILN_HIGHLIGHT_STYLE_H_
#define KILN_HIGHLIGHT_STYLE_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "highlight/token_type.h"

namespace kiln::highlight {

// An RGB colour stored as value + 1, so that 0 means "not set" (as Chroma does).
struct Colour {
  int32_t v = 0;

  bool set() const { return v != 0; }
  int red() const { return ((v - 1) >> 16) & 0xff; }
  int green() const { return ((v - 1) >> 8) & 0xff; }
  int blue() const { return (v - 1) & 0xff; }
  std::string Hex() const;  // "#rrggbb"
  Colour BrightenOrDarken(double factor) const;
  bool operator==(const Colour&) const = default;

  static Colour Parse(std::string_view text);  // "#abc", "#aabbcc", "#ansired"; unset if bad
};

enum class Trilean : uint8_t { kPass, kYes, kNo };

struct StyleEntry {
  Colour colour;
  Colour background;
  Colour border;
  Trilean bold = Trilean::kPass;
  Trilean italic = Trilean::kPass;
  Trilean underline = Trilean::kPass;
  bool no_inherit = false;

  bool IsZero() const;
  // The attributes of this entry that differ from `other`.
  StyleEntry Sub(const StyleEntry& other) const;
  // Fills unset attributes from ancestors, nearest last, stopping at noinherit.
  StyleEntry Inherit(std::initializer_list<StyleEntry> ancestors) const;
  bool operator==(const StyleEntry&) const = default;

  // Parses Pygments' entry syntax: "bold #f00 bg:#000 border:#ccc noinherit".
  static StatusOr<StyleEntry> Parse(std::string_view text);
};

class Style {
 public:
  Style(std::string name, std::map<TokenType, StyleEntry> entries)
      : name_(std::move(name)), entries_(std::move(entries)) {
    Resolve();
  }

  const std::string& name() const { return name_; }
  // Replaces the entry of `type` (hugo gen chromastyles' --highlightStyle and --linesStyle).
  void Set(TokenType type, StyleEntry entry) {
    entries_[type] = entry;
    Resolve();
  }
  // The effective entry for `type`, inheritance applied.
  StyleEntry Get(TokenType type) const;

  static StatusOr<Style> ParseXml(std::string_view xml);

 private:
  StyleEntry Raw(TokenType type) const;
  StyleEntry Compute(TokenType type) const;
  // Precomputes Get() for every token type: formatting asks for it per token.
  void Resolve();

  std::string name_;
  std::map<TokenType, StyleEntry> entries_;
  std::map<TokenType, StyleEntry> resolved_;
};

class StyleRegistry {
 public:
  static const StyleRegistry& Default();
  // The named style, or nullptr.
  const Style* Find(std::string_view name) const;
  // The named style, or Chroma's fallback ("swapoff") when unknown.
  const Style* Get(std::string_view name) const;
  std::vector<std::string> Names() const;

 private:
  std::map<std::string, std::unique_ptr<Style>, std::less<>> styles_;
};

}  // namespace kiln::highlight

#endif  // KILN_HIGHLIGHT_STYLE_H_
