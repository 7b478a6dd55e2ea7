#include "hugo/cjk_language.h"

#include <algorithm>
#include <iterator>

#include "base/utf8.h"

namespace kiln::hugo {
namespace {

struct RuneRange {
  char32_t first, last;
};

// The Han, Hangul, Hiragana and Katakana scripts (Unicode's Scripts.txt), in order.
constexpr RuneRange kCjk[] = {
    {0x1100, 0x11FF},   {0x2E80, 0x2E99},   {0x2E9B, 0x2EF3},   {0x2F00, 0x2FD5},
    {0x3005, 0x3005},   {0x3007, 0x3007},   {0x3021, 0x3029},   {0x302E, 0x302F},
    {0x3038, 0x303B},   {0x3041, 0x3096},   {0x309D, 0x309F},   {0x30A1, 0x30FA},
    {0x30FD, 0x30FF},   {0x3131, 0x318E},   {0x31F0, 0x31FF},   {0x3200, 0x321E},
    {0x3260, 0x327E},   {0x32D0, 0x32FE},   {0x3300, 0x3357},   {0x3400, 0x4DBF},
    {0x4E00, 0x9FFF},   {0xA960, 0xA97C},   {0xAC00, 0xD7A3},   {0xD7B0, 0xD7C6},
    {0xD7CB, 0xD7FB},   {0xF900, 0xFA6D},   {0xFA70, 0xFAD9},   {0xFF66, 0xFF6F},
    {0xFF71, 0xFF9D},   {0xFFA0, 0xFFBE},   {0xFFC2, 0xFFDC},   {0x1AFF0, 0x1AFFE},
    {0x1B000, 0x1B122}, {0x1B150, 0x1B152}, {0x1B164, 0x1B167}, {0x1F200, 0x1F200},
    {0x20000, 0x2A6DF}, {0x2A700, 0x2EBE0}, {0x2F800, 0x2FA1D}, {0x30000, 0x3134A},
};

bool IsCjk(char32_t r) {
  const RuneRange* it =
      std::upper_bound(std::begin(kCjk), std::end(kCjk), r,
                       [](char32_t v, const RuneRange& g) { return v < g.first; });
  return it != std::begin(kCjk) && r <= std::prev(it)->last;
}

// Whether a front matter value, its keys or any string in it, holds CJK text.
bool ValueContainsCjk(const Value& v) {
  switch (v.kind()) {
    case ValueKind::kString:
      return ContainsCjk(v.AsString());
    case ValueKind::kList:
      return std::any_of(v.AsList().begin(), v.AsList().end(), ValueContainsCjk);
    case ValueKind::kMap:
      for (const auto& [key, item] : v.AsMap()) {
        if (ContainsCjk(key) || ValueContainsCjk(item)) return true;
      }
      return false;
    default:
      return false;
  }
}

}  // namespace

bool ContainsCjk(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    int width = 0;
    if (IsCjk(DecodeRune(text, i, &width))) return true;
    i += static_cast<size_t>(width);
  }
  return false;
}

bool IsCjkLanguagePage(const Page& page, bool has_cjk_language) {
  const Value* set = page.meta.params.Find("iscjklanguage");
  if (set != nullptr && set->kind() == ValueKind::kBool) return set->AsBool();
  if (!has_cjk_language || !page.has_file) return false;
  return ContainsCjk(page.raw_content) || ValueContainsCjk(page.meta.params);
}

}  // namespace kiln::hugo
