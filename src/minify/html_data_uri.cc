#include "minify/html_data_uri.h"

#include <optional>

#include "base/hex.h"
#include "base/strings.h"
#include "minify/html_text.h"

namespace kiln::minify {
namespace {

constexpr std::string_view kBase64Alphabet =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

// Bytes a data: URL percent-encodes: controls, space, '"', '#', '%', '&', '<', '>',
// '[', '\', ']', '^', '`', '{', '|', '}', DEL and everything non-ASCII.
bool NeedsPercent(unsigned char c) {
  if (c < 0x20 || c >= 0x7f) return true;
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

size_t Base64Length(size_t n) { return (n + 2) / 3 * 4; }

std::string EncodeBase64(std::string_view in) {
  std::string out;
  out.reserve(Base64Length(in.size()));
  size_t i = 0;
  for (; i + 3 <= in.size(); i += 3) {
    uint32_t v = static_cast<unsigned char>(in[i]) << 16 |
                 static_cast<unsigned char>(in[i + 1]) << 8 | static_cast<unsigned char>(in[i + 2]);
    for (int shift = 18; shift >= 0; shift -= 6) out.push_back(kBase64Alphabet[(v >> shift) & 63]);
  }
  if (i < in.size()) {
    uint32_t v = static_cast<unsigned char>(in[i]) << 16;
    if (i + 1 < in.size()) v |= static_cast<unsigned char>(in[i + 1]) << 8;
    out.push_back(kBase64Alphabet[(v >> 18) & 63]);
    out.push_back(kBase64Alphabet[(v >> 12) & 63]);
    out.push_back(i + 1 < in.size() ? kBase64Alphabet[(v >> 6) & 63] : '=');
    out.push_back('=');
  }
  return out;
}

// Padded standard base64; line breaks are skipped, anything else malformed fails.
std::optional<std::string> DecodeBase64(std::string_view in) {
  std::string clean;
  for (char c : in) {
    if (c != '\r' && c != '\n') clean.push_back(c);
  }
  if (clean.size() % 4 != 0) return std::nullopt;
  std::string out;
  for (size_t i = 0; i < clean.size(); i += 4) {
    uint32_t v = 0;
    int pad = 0;
    for (size_t k = 0; k < 4; ++k) {
      char c = clean[i + k];
      if (c == '=' && i + 4 == clean.size() && k >= 2) {
        ++pad;
        v <<= 6;
        continue;
      }
      size_t pos = kBase64Alphabet.find(c);
      if (pos == std::string_view::npos || pad > 0) return std::nullopt;
      v = v << 6 | static_cast<uint32_t>(pos);
    }
    out.push_back(static_cast<char>(v >> 16));
    if (pad < 2) out.push_back(static_cast<char>(v >> 8 & 0xff));
    if (pad < 1) out.push_back(static_cast<char>(v & 0xff));
  }
  return out;
}

// %XX (ASCII only) decoded, "+" read as a space.
std::string DecodePercent(std::string b) {
  for (size_t i = 0; i < b.size(); ++i) {
    if (b[i] == '%' && i + 2 < b.size()) {
      int hi = HexDigitValue(b[i + 1]);
      int lo = HexDigitValue(b[i + 2]);
      if (hi >= 0 && lo >= 0 && hi < 8) {
        b[i] = static_cast<char>(hi << 4 | lo);
        b.erase(i + 1, 2);
      }
    } else if (b[i] == '+') {
      b[i] = ' ';
    }
  }
  return b;
}

struct DataUri {
  std::string media_type;
  std::string data;
};

std::optional<DataUri> ParseDataUri(std::string_view uri) {
  if (uri.size() <= 5 || uri.substr(0, 5) != "data:") return std::nullopt;
  uri.remove_prefix(5);
  bool base64 = false;
  std::string media_type;
  size_t i = 0;
  for (size_t j = 0; j < uri.size(); ++j) {
    char c = uri[j];
    if (c != '=' && c != ';' && c != ',') continue;
    std::string_view part = TrimHtmlSpace(uri.substr(i, j - i));
    if (c != '=' && part == "base64") {
      if (!media_type.empty()) media_type.pop_back();
      base64 = true;
      i = j;
    } else if (c != ',') {
      media_type.append(part);
      media_type.push_back(c);
      i = j + 1;
    } else {
      media_type.append(part);
    }
    if (c == ',') {
      if (media_type.empty() || media_type[0] == ';') media_type = "text/plain";
      std::string_view data = uri.substr(j + 1);
      if (base64) {
        std::optional<std::string> decoded = DecodeBase64(data);
        if (!decoded) return std::nullopt;
        return DataUri{media_type, std::move(*decoded)};
      }
      return DataUri{media_type, DecodePercent(std::string(data))};
    }
  }
  return std::nullopt;
}

}  // namespace

std::string MinifyDataUri(std::string_view uri, const EmbeddedMinifier& embedded) {
  std::optional<DataUri> parsed = ParseDataUri(uri);
  if (!parsed) return std::string(uri);
  std::string media_type = std::move(parsed->media_type);
  std::string data = std::move(parsed->data);
  if (embedded) {
    MediaParams params;
    std::string type = SplitMediaType(media_type, &params);
    std::string minified;
    if (embedded(type, params, data, &minified).ok()) data = std::move(minified);
  }

  size_t base64_len = std::string_view(";base64").size() + Base64Length(data.size());
  size_t ascii_len = data.size();
  for (char c : data) {
    if (NeedsPercent(static_cast<unsigned char>(c))) ascii_len += 2;
  }
  if (uri.size() < base64_len && uri.size() < ascii_len) return std::string(uri);
  if (base64_len < ascii_len) {
    data = EncodeBase64(data);
    media_type += ";base64";
  } else {
    std::string encoded;
    for (char c : data) {
      unsigned char u = static_cast<unsigned char>(c);
      if (NeedsPercent(u)) {
        encoded.push_back('%');
        encoded.push_back("0123456789ABCDEF"[u >> 4]);
        encoded.push_back("0123456789ABCDEF"[u & 15]);
      } else {
        encoded.push_back(c);
      }
    }
    data = std::move(encoded);
  }
  if (EqualsIgnoreAsciiCase(std::string_view(media_type).substr(0, 10), "text/plain"))
    media_type.erase(0, 10);
  constexpr std::string_view kAscii = ";charset=us-ascii";
  for (size_t i = 0; i + kAscii.size() <= media_type.size(); ++i) {
    if (media_type[i] == ';' &&
        EqualsIgnoreAsciiCase(std::string_view(media_type).substr(i + 1, kAscii.size() - 1),
                              kAscii.substr(1)) &&
        (i + kAscii.size() >= media_type.size() || media_type[i + kAscii.size()] == ';')) {
      media_type.erase(i, kAscii.size());
      break;
    }
  }
  return "data:" + media_type + "," + data;
}

}  // namespace kiln::minify
