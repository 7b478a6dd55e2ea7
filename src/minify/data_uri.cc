#include "minify/data_uri.h"

#include <optional>

#include "base/hex.h"
#include "minify/ascii.h"
#include "minify/minify.h"

namespace kiln::minify {
namespace {

// Bytes that must be percent-escaped in a data URI: controls, non-ASCII, and the characters
// browsers or validators stumble on.
bool NeedsEscape(unsigned char c) {
  if (c < 0x20 || c >= 0x7F) return true;
  switch (c) {
    case ' ':
    case '"':
    case '#':
    case '%':
    case '&':
    case '<':
    case '>':
    case '[':
    case '\\':
    case ']':
    case '^':
    case '`':
    case '{':
    case '|':
    case '}':
      return true;
    default:
      return false;
  }
}

// Percent escapes of ASCII bytes are decoded and "+" is a space; anything else stays.
std::string DecodePercent(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size()) {
      int hi = HexDigitValue(s[i + 1]);
      int lo = HexDigitValue(s[i + 2]);
      if (hi >= 0 && lo >= 0 && hi * 16 + lo < 128) {
        out += static_cast<char>(hi * 16 + lo);
        i += 2;
        continue;
      }
      out += s[i];
    } else {
      out += s[i] == '+' ? ' ' : s[i];
    }
  }
  return out;
}

int Base64Value(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

// Strict standard base64 (padding required); line breaks are skipped.
std::optional<std::string> DecodeBase64(std::string_view s) {
  std::string clean;
  clean.reserve(s.size());
  for (char c : s) {
    if (c != '\n' && c != '\r') clean += c;
  }
  if (clean.size() % 4 != 0) return std::nullopt;
  std::string out;
  out.reserve(clean.size() / 4 * 3);
  for (size_t i = 0; i < clean.size(); i += 4) {
    int v[4];
    int pad = 0;
    for (int k = 0; k < 4; ++k) {
      char c = clean[i + k];
      if (c == '=' && i + 4 == clean.size() && k >= 2) {
        v[k] = 0;
        ++pad;
        continue;
      }
      if (pad > 0) return std::nullopt;
      v[k] = Base64Value(c);
      if (v[k] < 0) return std::nullopt;
    }
    unsigned bits = (v[0] << 18) | (v[1] << 12) | (v[2] << 6) | v[3];
    out += static_cast<char>(bits >> 16);
    if (pad < 2) out += static_cast<char>((bits >> 8) & 0xFF);
    if (pad < 1) out += static_cast<char>(bits & 0xFF);
  }
  return out;
}

std::string EncodeBase64(std::string_view data) {
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((data.size() + 2) / 3 * 4);
  for (size_t i = 0; i < data.size(); i += 3) {
    unsigned bits = static_cast<unsigned char>(data[i]) << 16;
    if (i + 1 < data.size()) bits |= static_cast<unsigned char>(data[i + 1]) << 8;
    if (i + 2 < data.size()) bits |= static_cast<unsigned char>(data[i + 2]);
    out += kAlphabet[(bits >> 18) & 63];
    out += kAlphabet[(bits >> 12) & 63];
    out += i + 1 < data.size() ? kAlphabet[(bits >> 6) & 63] : '=';
    out += i + 2 < data.size() ? kAlphabet[bits & 63] : '=';
  }
  return out;
}

}  // namespace

std::string MinifyDataUri(std::string_view uri) {
  return MinifyDataUri(
      uri, [](std::string_view media_type, std::string_view data) -> std::optional<std::string> {
        StatusOr<std::string> minified = Minify(media_type, data);
        if (!minified.ok()) return std::nullopt;
        return std::move(*minified);
      });
}

std::string MinifyDataUri(std::string_view uri, const DataUriPayloadMinifier& minify) {
  if (uri.size() <= 5 || !uri.starts_with("data:")) return std::string(uri);
  std::string_view rest = uri.substr(5);
  std::string mediatype;
  bool in_base64 = false;
  std::string data;
  bool parsed = false;
  size_t i = 0;
  for (size_t j = 0; j < rest.size() && !parsed; ++j) {
    char c = rest[j];
    if (c != '=' && c != ';' && c != ',') continue;
    std::string_view part = TrimAsciiSpace(rest.substr(i, j - i));
    if (c != '=' && part == "base64") {
      if (!mediatype.empty()) mediatype.pop_back();
      in_base64 = true;
      i = j;
    } else if (c != ',') {
      mediatype.append(part);
      mediatype += c;
      i = j + 1;
    } else {
      mediatype.append(part);
    }
    if (c != ',') continue;
    if (mediatype.empty() || mediatype[0] == ';') mediatype = "text/plain";
    std::string_view payload = rest.substr(j + 1);
    if (in_base64) {
      std::optional<std::string> decoded = DecodeBase64(payload);
      if (!decoded) return std::string(uri);
      data = std::move(*decoded);
    } else {
      data = DecodePercent(payload);
    }
    parsed = true;
  }
  if (!parsed) return std::string(uri);

  if (std::optional<std::string> minified = minify(mediatype, data)) {
    data = std::move(*minified);
  }
  size_t base64_len = 7 + (data.size() + 2) / 3 * 4;
  size_t ascii_len = data.size();
  for (char c : data) {
    if (NeedsEscape(static_cast<unsigned char>(c))) ascii_len += 2;
    if (ascii_len > base64_len) break;
  }
  if (uri.size() < base64_len && uri.size() < ascii_len) return std::string(uri);
  if (base64_len < ascii_len) {
    data = EncodeBase64(data);
    mediatype += ";base64";
  } else {
    std::string escaped;
    escaped.reserve(ascii_len);
    for (char c : data) {
      unsigned char b = static_cast<unsigned char>(c);
      if (NeedsEscape(b)) {
        AppendPercentEscape(b, &escaped);
      } else {
        escaped += c;
      }
    }
    data = std::move(escaped);
  }
  std::string_view type = mediatype;
  if (StartsWithFold(type, "text/plain")) type.remove_prefix(10);
  std::string out = "data:";
  constexpr std::string_view kAscii = ";charset=us-ascii";
  for (size_t k = 0; k + kAscii.size() <= type.size(); ++k) {
    if (type[k] == ';' && StartsWithFold(type.substr(k + 1), kAscii.substr(1)) &&
        (k + kAscii.size() >= type.size() || type[k + kAscii.size()] == ';')) {
      out.append(type.substr(0, k));
      type.remove_prefix(k + kAscii.size());
      break;
    }
  }
  out.append(type);
  out += ',';
  out += data;
  return out;
}

}  // namespace kiln::minify
