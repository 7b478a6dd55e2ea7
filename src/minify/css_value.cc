#include "minify/css_value.h"

#include <cmath>
#include <cstdint>

#include "minify/ascii.h"
#include "minify/css_tables.h"

namespace kiln::minify {
namespace {

// A channel in [0, 1] as a byte. Out-of-range values wrap the way a float-to-byte conversion
// does on amd64 (through a 64-bit integer), which hsl() with saturation above 100% reaches.
uint8_t ChannelByte(double v) {
  double scaled = v * 255.0 + 0.5;
  if (!(std::fabs(scaled) < 9.2e18)) return 0;
  return static_cast<uint8_t>(static_cast<int64_t>(scaled) & 0xFF);
}

}  // namespace

CssItem MakeCssItem(CssToken type, std::string_view data) {
  CssItem item;
  item.type = type;
  item.data.assign(data);
  if (type == CssToken::kIdent) {
    item.ident = CssKeyword(LowerAscii(data));
  } else if (type == CssToken::kFunction) {
    item.fun = CssKeyword(LowerAscii(data.substr(0, data.size() - 1)));
  }
  return item;
}

bool CssItem::Equal(const CssItem& other) const {
  if (type != other.type || data != other.data || args.size() != other.args.size()) return false;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i].type != other.args[i].type || args[i].data != other.args[i].data) return false;
  }
  return true;
}

bool CssItem::IsZero() const {
  return (type == CssToken::kDimension || type == CssToken::kPercentage ||
          type == CssToken::kNumber) &&
         !data.empty() && data[0] == '0';
}

bool CssItem::IsLength() const {
  if (type == CssToken::kDimension) return true;
  if (type == CssToken::kNumber) return !data.empty() && data[0] == '0';
  if (type == CssToken::kFunction) {
    return fun == "calc" || fun == "min" || fun == "max" || fun == "clamp" || fun == "attr" ||
           fun == "var" || fun == "env";
  }
  return false;
}

CssItem MinifyCssColor(CssItem value) {
  if (value.type == CssToken::kIdent) {
    std::string_view hex = ShorterHexForColorName(value.ident);
    if (!value.ident.empty() && !hex.empty()) {
      value.type = CssToken::kHash;
      value.data.assign(hex);
    }
    return value;
  }
  if (value.type != CssToken::kHash) return value;
  std::string& d = value.data;
  for (size_t i = 1; i < d.size(); ++i) d[i] = AsciiLower(d[i]);
  // #rrggbbaa with an opaque alpha drops it; a fully transparent one becomes #0000.
  if (d.size() == 9 && d[7] == d[8]) {
    if (d[7] == 'f') {
      d.resize(7);
    } else if (d[7] == '0') {
      d = "#0000";
    }
  }
  if (std::string_view name = ShorterNameForHex(d); !name.empty()) {
    value.type = CssToken::kIdent;
    d.assign(name);
  } else if (d.size() == 7 && d[1] == d[2] && d[3] == d[4] && d[5] == d[6]) {
    d = {'#', d[1], d[3], d[5]};
  } else if (d.size() == 9 && d[1] == d[2] && d[3] == d[4] && d[5] == d[6] && d[7] == d[8]) {
    d = {'#', d[1], d[3], d[5], d[7]};
  }
  return value;
}

CssItem CssColorFromRgb(double r, double g, double b) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex = "#";
  for (double channel : {r, g, b}) {
    uint8_t byte = ChannelByte(channel);
    hex += kHex[byte >> 4];
    hex += kHex[byte & 15];
  }
  CssItem item;
  if (std::string_view name = ShorterNameForHex(hex); !name.empty()) {
    // The name is not looked up as a keyword again, as upstream.
    item.type = CssToken::kIdent;
    item.data.assign(name);
    return item;
  }
  item.type = CssToken::kHash;
  if (hex[1] == hex[2] && hex[3] == hex[4] && hex[5] == hex[6]) {
    hex = {'#', hex[1], hex[3], hex[5]};
  }
  item.data = std::move(hex);
  return item;
}

}  // namespace kiln::minify
