#include "assets/image_size.h"

#include <cstdint>

namespace kiln::assets {
namespace {

uint32_t Byte(std::string_view d, size_t i) { return static_cast<unsigned char>(d[i]); }
uint32_t Be16(std::string_view d, size_t i) { return Byte(d, i) << 8 | Byte(d, i + 1); }
uint32_t Le16(std::string_view d, size_t i) { return Byte(d, i) | Byte(d, i + 1) << 8; }
uint32_t Be32(std::string_view d, size_t i) { return Be16(d, i) << 16 | Be16(d, i + 2); }
uint32_t Le24(std::string_view d, size_t i) { return Le16(d, i) | Byte(d, i + 2) << 16; }
uint32_t Le32(std::string_view d, size_t i) { return Le16(d, i) | Le16(d, i + 2) << 16; }

std::optional<Dimensions> Jpeg(std::string_view d) {
  size_t i = 2;
  while (i + 9 < d.size()) {
    if (Byte(d, i) != 0xFF) return std::nullopt;
    uint32_t marker = Byte(d, i + 1);
    if (marker == 0xFF) {  // fill byte
      ++i;
      continue;
    }
    // Start-of-frame markers carry the size; DHT (C4), JPG (C8) and DAC (CC) do not.
    if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
      return Dimensions{static_cast<int>(Be16(d, i + 7)), static_cast<int>(Be16(d, i + 5))};
    }
    if (marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7)) {
      i += 2;
      continue;
    }
    i += 2 + Be16(d, i + 2);
  }
  return std::nullopt;
}

std::optional<Dimensions> Webp(std::string_view d) {
  if (d.size() < 30) return std::nullopt;
  std::string_view chunk = d.substr(12, 4);
  if (chunk == "VP8 ") {
    return Dimensions{static_cast<int>(Le16(d, 26) & 0x3FFF),
                      static_cast<int>(Le16(d, 28) & 0x3FFF)};
  }
  if (chunk == "VP8L") {
    uint32_t bits = Le32(d, 21);
    return Dimensions{static_cast<int>((bits & 0x3FFF) + 1),
                      static_cast<int>(((bits >> 14) & 0x3FFF) + 1)};
  }
  if (chunk == "VP8X") {
    return Dimensions{static_cast<int>(Le24(d, 24) + 1), static_cast<int>(Le24(d, 27) + 1)};
  }
  return std::nullopt;
}

}  // namespace

std::optional<Dimensions> ImageSize(std::string_view d) {
  if (d.size() >= 24 && d.substr(0, 8) == "\x89PNG\r\n\x1a\n") {
    return Dimensions{static_cast<int>(Be32(d, 16)), static_cast<int>(Be32(d, 20))};
  }
  if (d.size() >= 10 && (d.substr(0, 6) == "GIF87a" || d.substr(0, 6) == "GIF89a")) {
    return Dimensions{static_cast<int>(Le16(d, 6)), static_cast<int>(Le16(d, 8))};
  }
  if (d.size() >= 4 && Byte(d, 0) == 0xFF && Byte(d, 1) == 0xD8) return Jpeg(d);
  if (d.size() >= 16 && d.substr(0, 4) == "RIFF" && d.substr(8, 4) == "WEBP") return Webp(d);
  if (d.size() >= 26 && d.substr(0, 2) == "BM") {
    int32_t height = static_cast<int32_t>(Le32(d, 22));
    return Dimensions{static_cast<int>(Le32(d, 18)), height < 0 ? -height : height};
  }
  return std::nullopt;
}

}  // namespace kiln::assets
