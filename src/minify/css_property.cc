// Property-specific rewriting of declaration values (MinifyCssProperty in css_value.h).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <utility>

#include "minify/ascii.h"
#include "minify/css_value.h"

namespace kiln::minify {
namespace {

using Items = std::vector<CssItem>;

CssItem Number(std::string_view data) { return MakeCssItem(CssToken::kNumber, data); }
CssItem Percentage(std::string_view data) { return MakeCssItem(CssToken::kPercentage, data); }
CssItem Ident(std::string_view data) { return MakeCssItem(CssToken::kIdent, data); }

void SetIdent(CssItem& v, std::string_view keyword) {
  v.type = CssToken::kIdent;
  v.data.assign(keyword);
  v.ident = keyword;
}

void SetNumber(CssItem& v, std::string_view number) {
  v.type = CssToken::kNumber;
  v.data.assign(number);
  v.ident = {};
}

void Erase(Items& values, size_t from, size_t to) {
  values.erase(values.begin() + from, values.begin() + to);
}

// Replaces values[from, to) with `with`.
void Splice(Items& values, size_t from, size_t to, Items with) {
  Erase(values, from, to);
  values.insert(values.begin() + from, std::make_move_iterator(with.begin()),
                std::make_move_iterator(with.end()));
}

// Minifies values[from, to) as property `prop` and returns the result.
Items Sub(std::string_view prop, const Items& values, size_t from, size_t to) {
  Items sub(values.begin() + from, values.begin() + to);
  MinifyCssProperty(prop, sub);
  return sub;
}

bool IsFontSizeKeyword(std::string_view h) {
  return h == "xx-small" || h == "x-small" || h == "small" || h == "medium" || h == "large" ||
         h == "x-large" || h == "xx-large" || h == "smaller" || h == "larger" || h == "inherit" ||
         h == "initial" || h == "unset";
}

bool IsPositionKeyword(std::string_view h) {
  return h == "left" || h == "right" || h == "top" || h == "bottom" || h == "center";
}

bool IsRepeatKeyword(std::string_view h) {
  return h == "space" || h == "round" || h == "repeat" || h == "no-repeat";
}

// Drops the `dropped` keywords, minifies the colors of the rest, and says "none" if nothing is
// left (border, outline, column-rule, text-decoration, text-emphasis).
void DropDefaults(Items& values, std::initializer_list<std::string_view> dropped) {
  for (size_t i = 0; i < values.size(); ++i) {
    if (std::find(dropped.begin(), dropped.end(), values[i].ident) != dropped.end() &&
        !values[i].ident.empty()) {
      Erase(values, i, i + 1);
      --i;
    } else {
      values[i] = MinifyCssColor(values[i]);
    }
  }
  if (values.empty()) values.push_back(Ident("none"));
}

// Calls fn(start, end) for each comma-separated list in values; fn may change values and
// returns the new end, or values.size() to stop.
template <typename Fn>
void ForEachList(Items& values, Fn fn) {
  size_t start = 0;
  for (size_t end = 0; end <= values.size(); ++end) {
    if (end != values.size() && values[end].type != CssToken::kComma) continue;
    if (start == end) {
      ++start;
      continue;
    }
    end = fn(start, end);
    start = end + 1;
  }
}

void MinifyFont(Items& values) {
  if (values.size() <= 1) return;
  // The families come last, after the size; find the first token of the family list.
  size_t n = values.size();
  long i = static_cast<long>(n) - 1;
  for (size_t j = 2; j < n; ++j) {
    if (values[j].type == CssToken::kComma) {
      i = static_cast<long>(j) - 1;
      break;
    }
  }
  --i;
  for (; i > 0; --i) {
    if (values[i - 1].IsDelim('/')) break;
    if (values[i].type != CssToken::kIdent && values[i].type != CssToken::kString) break;
    if (IsFontSizeKeyword(values[i].ident)) break;
  }
  Items families(values.begin() + i + 1, values.end());
  MinifyCssProperty("font-family", families);
  Splice(values, i + 1, values.size(), std::move(families));
  // IE 9 to 11 do not recognise a family name starting with "-".
  if (!values[i + 1].data.empty() && values[i + 1].data[0] == '-') {
    values[i + 1].data = "'" + values[i + 1].data + "'";
  }
  if (i <= 0) return;
  if (i > 1 && values[i - 1].IsDelim('/')) {
    if (values[i].ident == "normal") Erase(values, i - 1, i + 1);
    i -= 2;
  }
  --i;  // the font size
  for (; i > -1; --i) {
    if (values[i].ident == "normal") {
      Erase(values, i, i + 1);
    } else if (values[i].ident == "bold") {
      SetNumber(values[i], "700");
    } else if (values[i].type == CssToken::kNumber && values[i].data == "400") {
      Erase(values, i, i + 1);
    }
  }
}

void MinifyFontFamily(Items& values) {
  for (CssItem& value : values) {
    if (value.type != CssToken::kString || value.data.size() <= 2) continue;
    // Upstream lower-cases the quoted name, whether or not the quotes can go.
    LowerAsciiInPlace(value.data);
    std::string_view s = std::string_view(value.data).substr(1, value.data.size() - 2);
    bool unquote = true;
    size_t from = 0;
    while (true) {
      size_t space = s.find(' ', from);
      std::string_view word =
          s.substr(from, space == std::string_view::npos ? s.npos : space - from);
      if (word.empty() || !IsCssIdent(word)) {
        unquote = false;
        break;
      }
      if (space == std::string_view::npos) break;
      from = space + 1;
    }
    if (unquote) value.data = std::string(s);
  }
}

void MinifyBoxSides(Items& values) {
  switch (values.size()) {
    case 2:
      if (values[0].Equal(values[1])) values.resize(1);
      break;
    case 3:
      if (values[0].Equal(values[1]) && values[0].Equal(values[2])) {
        values.resize(1);
      } else if (values[0].Equal(values[2])) {
        values.resize(2);
      }
      break;
    case 4:
      if (values[0].Equal(values[1]) && values[0].Equal(values[2]) && values[0].Equal(values[3])) {
        values.resize(1);
      } else if (values[0].Equal(values[2]) && values[1].Equal(values[3])) {
        values.resize(2);
      } else if (values[1].Equal(values[3])) {
        values.resize(3);
      }
      break;
    default:
      break;
  }
}

bool IsSizeOrPosition(const CssItem& v) {
  return v.type == CssToken::kNumber || v.IsLengthPercentage();
}

size_t MinifyBackgroundList(Items& values, size_t start, size_t end) {
  // background-size after "/": "/ auto" goes, "/ x auto" loses its auto.
  for (size_t i = start; i < end; ++i) {
    if (!values[i].IsDelim('/')) continue;
    if (i + 1 < end && (IsSizeOrPosition(values[i + 1]) || values[i + 1].ident == "auto")) {
      if (i + 2 < end && (IsSizeOrPosition(values[i + 2]) || values[i + 2].ident == "auto")) {
        Items size = Sub("background-size", values, i + 1, i + 3);
        if (size.size() == 1 && size[0].ident == "auto") {
          Erase(values, i, i + 3);
          end -= 3;
          --i;
        } else {
          size_t len = size.size();
          Splice(values, i + 1, i + 3, std::move(size));
          end -= 2 - len;
          i += len - 1;
        }
      } else if (values[i + 1].ident == "auto") {
        Erase(values, i, i + 2);
        end -= 2;
        --i;
      }
    }
  }

  long padding_box = -1;  // a background-origin of padding-box
  for (size_t i = start; i < end; ++i) {
    std::string_view h = values[i].ident;
    values[i] = MinifyCssColor(values[i]);
    if (values[i].type == CssToken::kIdent) {
      if (i + 1 < end && values[i + 1].type == CssToken::kIdent && IsRepeatKeyword(h)) {
        if (IsRepeatKeyword(values[i + 1].ident)) {
          Items repeat = Sub("background-repeat", values, i, i + 2);
          if (repeat.size() == 1 && repeat[0].ident == "repeat") {
            Erase(values, i, i + 2);
            end -= 2;
            --i;
          } else {
            size_t len = repeat.size();
            Splice(values, i, i + 2, std::move(repeat));
            end -= 2 - len;
            i += len - 1;
          }
          continue;
        }
      } else if (h == "none" || h == "scroll" || h == "transparent") {
        Erase(values, i, i + 1);
        --end;
        --i;
        continue;
      } else if (h == "border-box" || h == "padding-box") {
        if (padding_box == -1 && h == "padding-box") {
          padding_box = static_cast<long>(i);
        } else if (padding_box != -1 && h == "border-box") {
          // padding-box border-box are the defaults of origin and clip.
          Erase(values, i, i + 1);
          Erase(values, padding_box, padding_box + 1);
          end -= 2;
          i -= 2;
        }
        continue;
      }
    } else if (values[i].type == CssToken::kHash && values[i].data == "#0000") {
      Erase(values, i, i + 1);
      --end;
      --i;
      continue;
    }

    if (IsSizeOrPosition(values[i]) || IsPositionKeyword(h)) {
      size_t j = i + 1;
      for (; j < values.size(); ++j) {
        if (IsPositionKeyword(values[j].ident) || IsSizeOrPosition(values[j])) continue;
        break;
      }
      Items position = Sub("background-position", values, i, j);
      bool has_size = j < values.size() && values[j].IsDelim('/');
      if (!has_size && position.size() == 2 && position[0].IsZero() && position[1].IsZero()) {
        if (end - start == 2) {
          values[i] = Number("0");
          values[i + 1] = Number("0");
          ++i;
        } else {
          Erase(values, i, j);
          end -= j - i;
          --i;
        }
      } else {
        size_t len = position.size();
        if (len == j - i) {
          for (size_t k = 0; k < len; ++k) values[i + k] = position[k];
        } else {
          Splice(values, i, j, std::move(position));
          end -= j - i - len;
        }
        i += len - 1;
      }
    }
  }
  if (end == start) {
    values.insert(values.begin() + start, {Number("0"), Number("0")});
    end += 2;
  }
  return end;
}

size_t MinifyBackgroundPositionList(Items& values, size_t start, size_t end) {
  if (end - start == 3 || end - start == 4) {
    // Zero offsets go.
    for (size_t i : {end - start - 1, start + 1}) {
      if (2 < end - start && values[i].IsZero()) {
        Erase(values, i, i + 1);
        --end;
      }
    }
    size_t j = start + 1;  // the second keyword
    if (2 < end - start && values[start + 2].type == CssToken::kIdent) j = start + 2;

    CssItem offsets[2];
    bool has_offset[2] = {false, false};
    size_t n_offsets = 2;
    // Upstream writes both converted offsets ("right 10%" → "90%") into one 4-byte buffer, so
    // every token holding it ends up showing the last one written.
    std::string shared;
    std::vector<size_t> sharing;  // indices into values
    bool offset_shares[2] = {false, false};
    for (size_t i : {j, start}) {
      if (i + 1 < end && i + 1 != j) {
        if (values[i + 1].type == CssToken::kPercentage &&
            (values[i].ident == "right" || values[i].ident == "bottom")) {
          // "right 10%" is "left 90%".
          const std::string& pct = values[i + 1].data;
          std::string_view digits(pct.data(), pct.size() - 1);
          long long n = 0;
          size_t k = digits.size() > 0 && (digits[0] == '+' || digits[0] == '-') ? 1 : 0;
          size_t first = k;
          for (; k < digits.size() && digits[k] >= '0' && digits[k] <= '9' &&
                 n < 100000000000000000LL;
               ++k) {
            n = n * 10 + (digits[k] - '0');
          }
          if (k == first) n = 0;
          if (!digits.empty() && digits[0] == '-') n = -n;
          values[i + 1].data = std::to_string(100 - n) + "%";
          if (values[i + 1].data.size() <= 4) {
            shared = values[i + 1].data;
            sharing.push_back(i + 1);
          }
          SetIdent(values[i], values[i].ident == "right" ? "left" : "top");
        }
        bool shares = std::find(sharing.begin(), sharing.end(), i + 1) != sharing.end();
        if (values[i].ident == "left") {
          offsets[0] = values[i + 1];
          has_offset[0] = true;
          offset_shares[0] = shares;
        } else if (values[i].ident == "top") {
          offsets[1] = values[i + 1];
          has_offset[1] = true;
          offset_shares[1] = shares;
        }
      } else if (values[i].ident == "left") {
        offsets[0] = Number("0");
        has_offset[0] = true;
      } else if (values[i].ident == "top") {
        offsets[1] = Number("0");
        has_offset[1] = true;
      } else if (values[i].ident == "right") {
        offsets[0] = Percentage("100%");
        has_offset[0] = true;
        values[i].ident = "left";
      } else if (values[i].ident == "bottom") {
        offsets[1] = Percentage("100%");
        has_offset[1] = true;
        values[i].ident = "top";
      }
    }
    for (size_t k : sharing) values[k].data = shared;
    for (int k = 0; k < 2; ++k) {
      if (offset_shares[k]) offsets[k].data = shared;
    }
    if (values[start].ident == "center" || values[j].ident == "center") {
      if (values[start].ident == "left" || values[j].ident == "left") {
        n_offsets = 1;
      } else if (values[start].ident == "top" || values[j].ident == "top") {
        offsets[0] = Number("50%");
        has_offset[0] = true;
      }
    }
    if (has_offset[0] && (n_offsets == 1 || has_offset[1])) {
      Splice(values, start, end, Items(offsets, offsets + n_offsets));
      end = start + n_offsets;
    }
  }
  if (end - start == 1 || end - start == 2) {
    if (values[start].ident == "top" || values[start].ident == "bottom") {
      // A lone vertical keyword cannot be shorter, and upstream stops looking at the
      // remaining lists here; a pair is swapped so that numbers stay valid.
      if (end - start == 1) return values.size();
      std::swap(values[start], values[start + 1]);
    }
    for (size_t i = start; i < end; ++i) {
      CssItem& v = values[i];
      if (v.type == CssToken::kIdent) {
        if (v.ident == "left" || v.ident == "top") {
          SetNumber(v, "0");
        } else if (v.ident == "right" || v.ident == "bottom") {
          v.type = CssToken::kPercentage;
          v.data = "100%";
          v.ident = {};
        } else if (v.ident == "center") {
          if (i == start) {
            v.type = CssToken::kPercentage;
            v.data = "50%";
            v.ident = {};
          } else {
            Erase(values, start + 1, start + 2);
            --end;
          }
        }
      } else if (i == start + 1 && v.type == CssToken::kPercentage && v.data == "50%") {
        Erase(values, start + 1, start + 2);
        --end;
      } else if (v.type == CssToken::kPercentage && v.data[0] == '0') {
        SetNumber(v, "0");
      }
    }
  }
  return end;
}

// U+0-7F style ranges: parsed, merged and written back in their shortest form.
void MinifyUnicodeRange(Items& values) {
  std::vector<std::pair<long long, long long>> ranges;
  for (const CssItem& value : values) {
    if (value.type == CssToken::kComma) continue;
    if (value.type != CssToken::kUnicodeRange) return;
    const std::string& d = value.data;
    auto hex = [](char c, long long* acc) {
      char lower = static_cast<char>(c | 32);
      if (c >= '0' && c <= '9') {
        *acc += c - '0';
      } else if (lower >= 'a' && lower <= 'f') {
        *acc += lower - 'a' + 10;
      }
    };
    size_t i = 2;
    size_t wildcard = 0;
    long long start = 0;
    for (; i < d.size() && d[i] != '-'; ++i) {
      start *= 16;
      hex(d[i], &start);
      if (wildcard == 0 && d[i] == '?') wildcard = i;
    }
    long long end = start;
    if (wildcard != 0) {
      end = start +
            static_cast<long long>(std::pow(16.0, static_cast<double>(d.size() - wildcard))) - 1;
    } else if (i < d.size() && d[i] == '-') {
      end = 0;
      for (++i; i < d.size(); ++i) {
        end *= 16;
        hex(d[i], &end);
      }
      if (end <= start) end = start;
    }
    ranges.push_back({start, end});
  }
  std::stable_sort(ranges.begin(), ranges.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (size_t i = 0; i + 1 < ranges.size(); ++i) {
    if (ranges[i + 1].second <= ranges[i].second) {
      ranges.erase(ranges.begin() + i + 1);
    } else if (ranges[i + 1].first <= ranges[i].second + 1) {
      ranges[i].second = ranges[i + 1].second;
      ranges.erase(ranges.begin() + i + 1);
    }
  }
  values.clear();
  char buf[64];
  for (size_t i = 0; i < ranges.size(); ++i) {
    auto [lo, hi] = ranges[i];
    if (i != 0) values.push_back(MakeCssItem(CssToken::kComma, ","));
    if (lo == hi) {
      std::snprintf(buf, sizeof buf, "U+%llX", lo);
    } else if (lo == 0 && hi == 0x10FFFF) {
      values.push_back(Ident("initial"));
      continue;
    } else {
      int k = 0;
      while (k < 6 && ((lo >> (k * 4)) & 0xF) == 0 && ((hi >> (k * 4)) & 0xF) == 0xF) ++k;
      int wildcards = k;
      for (; k < 6; ++k) {
        if (((lo >> (k * 4)) & 0xF) != ((hi >> (k * 4)) & 0xF)) {
          wildcards = 0;
          break;
        }
      }
      if (wildcards != 0) {
        std::string marks(wildcards, '?');
        if ((lo >> (wildcards * 4)) == 0) {
          std::snprintf(buf, sizeof buf, "U+%s", marks.c_str());
        } else {
          std::snprintf(buf, sizeof buf, "U+%llX%s", lo >> (wildcards * 4), marks.c_str());
        }
      } else {
        std::snprintf(buf, sizeof buf, "U+%llX-%llX", lo, hi);
      }
    }
    values.push_back(MakeCssItem(CssToken::kUnicodeRange, buf));
  }
}

void MinifyFlex(Items& values) {
  if (values.size() == 2 && values[0].type == CssToken::kNumber) {
    if (values[1].type != CssToken::kNumber && values[1].IsZero()) values.resize(1);
    return;
  }
  if (values.size() != 3 || values[0].type != CssToken::kNumber ||
      values[1].type != CssToken::kNumber || values[0].data.size() != 1 ||
      values[1].data.size() != 1) {
    return;
  }
  char grow = values[0].data[0];
  char shrink = values[1].data[0];
  if (values[2].ident == "auto") {
    std::string_view keyword;
    if (grow == '0' && shrink == '1') {
      keyword = "initial";
    } else if (grow == '1' && shrink == '1') {
      keyword = "auto";
    } else if (grow == '0' && shrink == '0') {
      keyword = "none";
    }
    if (!keyword.empty()) {
      values.resize(1);
      SetIdent(values[0], keyword);
    }
  } else if (shrink == '1' && values[2].IsZero()) {
    values.resize(1);
  } else if (values[2].IsZero()) {
    values.resize(2);
  }
}

}  // namespace

void MinifyCssProperty(std::string_view prop, Items& values) {
  if (values.size() > 100) return;  // bounds the work of the recursive cases
  if (prop == "font") {
    MinifyFont(values);
  } else if (prop == "font-family") {
    MinifyFontFamily(values);
  } else if (prop == "font-weight") {
    if (values[0].ident == "normal") {
      SetNumber(values[0], "400");
    } else if (values[0].ident == "bold") {
      SetNumber(values[0], "700");
    }
  } else if (prop == "url") {
    for (CssItem& v : values) {
      if (v.type == CssToken::kFunction && v.args.size() == 1 && v.fun == "local") {
        std::string& data = v.args[0].data;
        if ((data[0] == '\'' || data[0] == '"') &&
            IsCssUnquotedUrl(std::string_view(data).substr(1, data.size() - 2))) {
          data = data.substr(1, data.size() - 2);
        }
      }
    }
  } else if (prop == "margin" || prop == "padding" || prop == "border-width") {
    MinifyBoxSides(values);
  } else if (prop == "border" || prop == "border-bottom" || prop == "border-left" ||
             prop == "border-right" || prop == "border-top") {
    DropDefaults(values, {"none", "currentcolor", "medium"});
  } else if (prop == "outline") {
    DropDefaults(values, {"invert", "none", "medium"});
  } else if (prop == "background") {
    ForEachList(values, [&](size_t s, size_t e) { return MinifyBackgroundList(values, s, e); });
  } else if (prop == "background-size") {
    ForEachList(values, [&](size_t s, size_t e) {
      if (e - s == 2 && values[s + 1].ident == "auto") {
        Erase(values, s + 1, s + 2);
        --e;
      }
      return e;
    });
  } else if (prop == "background-repeat") {
    ForEachList(values, [&](size_t s, size_t e) {
      if (e - s == 2 && values[s].type == CssToken::kIdent &&
          values[s + 1].type == CssToken::kIdent) {
        std::string_view a = values[s].ident;
        std::string_view b = values[s + 1].ident;
        if (a == b) {
          Erase(values, s + 1, s + 2);
          --e;
        } else if (a == "repeat" && b == "no-repeat") {
          SetIdent(values[s], "repeat-x");
          Erase(values, s + 1, s + 2);
          --e;
        } else if (a == "no-repeat" && b == "repeat") {
          SetIdent(values[s], "repeat-y");
          Erase(values, s + 1, s + 2);
          --e;
        }
      }
      return e;
    });
  } else if (prop == "background-position") {
    ForEachList(values,
                [&](size_t s, size_t e) { return MinifyBackgroundPositionList(values, s, e); });
  } else if (prop == "box-shadow") {
    ForEachList(values, [&](size_t s, size_t e) {
      if (e - s == 1 && values[s].ident == "initial") {
        SetIdent(values[s], "none");
        return e;
      }
      std::vector<size_t> lengths;
      for (size_t i = s; i < e; ++i) {
        if (values[i].IsLength()) lengths.push_back(i);
      }
      if (lengths.size() == 4 && values[lengths[3]].IsZero()) {
        Erase(values, lengths[3], lengths[3] + 1);
        lengths.pop_back();
        --e;
      }
      if (lengths.size() == 3 && values[lengths[2]].IsZero()) {
        Erase(values, lengths[2], lengths[2] + 1);
        --e;
      }
      return e;
    });
  } else if (prop == "-ms-filter") {
    constexpr std::string_view kAlpha = "progid:DXImageTransform.Microsoft.Alpha(Opacity=";
    std::string& d = values[0].data;
    if (values[0].type == CssToken::kString && d.size() > 2 &&
        std::string_view(d).substr(1, d.size() - 2).starts_with(kAlpha)) {
      d = d[0] + std::string("alpha(opacity=") + d.substr(1 + kAlpha.size());
    }
  } else if (prop == "color" || prop == "background-color" || prop == "caret-color" ||
             prop == "outline-color" || prop == "fill" || prop == "stroke") {
    values[0] = MinifyCssColor(values[0]);
  } else if (prop == "border-color") {
    bool same = true;
    for (size_t i = 0; i < values.size(); ++i) {
      if (values[i].ident == "currentcolor") {
        SetIdent(values[i], "initial");
      } else {
        values[i] = MinifyCssColor(values[i]);
      }
      if (i > 0 && same && values[0].data != values[i].data) same = false;
    }
    if (same) values.resize(1);
  } else if (prop == "border-left-color" || prop == "border-right-color" ||
             prop == "border-top-color" || prop == "border-bottom-color" ||
             prop == "text-decoration-color" || prop == "text-emphasis-color") {
    if (values[0].ident == "currentcolor") {
      SetIdent(values[0], "initial");
    } else {
      values[0] = MinifyCssColor(values[0]);
    }
  } else if (prop == "column-rule") {
    DropDefaults(values, {"currentcolor", "none", "medium"});
  } else if (prop == "text-shadow") {
    for (CssItem& v : values) v = MinifyCssColor(v);
  } else if (prop == "text-decoration") {
    DropDefaults(values, {"currentcolor", "none", "solid"});
  } else if (prop == "text-emphasis") {
    DropDefaults(values, {"currentcolor", "none"});
  } else if (prop == "flex") {
    MinifyFlex(values);
  } else if (prop == "flex-basis") {
    if (values[0].ident == "initial") {
      SetIdent(values[0], "auto");
    } else if (values[0].type != CssToken::kNumber && values[0].IsZero()) {
      values[0].type = CssToken::kNumber;
      values[0].data.resize(1);
    }
  } else if (prop == "order" || prop == "flex-grow") {
    if (values[0].ident == "initial") SetNumber(values[0], "0");
  } else if (prop == "flex-shrink") {
    if (values[0].ident == "initial") SetNumber(values[0], "1");
  } else if (prop == "unicode-range") {
    MinifyUnicodeRange(values);
  }
}

}  // namespace kiln::minify
