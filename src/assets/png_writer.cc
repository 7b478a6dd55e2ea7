#include "assets/png_writer.h"

#include <zlib.h>

#include <array>
#include <cstdlib>
#include <string_view>

#include "assets/go_deflate.h"

namespace kiln::assets {
namespace {

constexpr size_t kIdatBufferSize = 1 << 15;  // Go's bufio.Writer in front of the IDAT chunks

void AppendBigEndian(std::string* out, uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) out->push_back(static_cast<char>(v >> shift));
}

void WriteChunk(std::string* out, const char* type, std::string_view data) {
  AppendBigEndian(out, static_cast<uint32_t>(data.size()));
  size_t start = out->size();
  out->append(type, 4);
  out->append(data);
  uLong crc = crc32(0, reinterpret_cast<const Bytef*>(out->data() + start),
                    static_cast<uInt>(out->size() - start));
  AppendBigEndian(out, static_cast<uint32_t>(crc));
}

// Go's bufio.Writer semantics: fill the buffer and flush it as one IDAT chunk; a write that
// finds the buffer empty and is larger than it goes out as a chunk of its own.
class IdatWriter {
 public:
  explicit IdatWriter(std::string* out) : out_(out) {}
  void Write(std::string_view p) {
    while (p.size() > kIdatBufferSize - buffer_.size()) {
      if (buffer_.empty()) {
        WriteChunk(out_, "IDAT", p);
        return;
      }
      size_t n = kIdatBufferSize - buffer_.size();
      buffer_.append(p.substr(0, n));
      p.remove_prefix(n);
      Flush();
    }
    buffer_.append(p);
  }
  void Flush() {
    if (!buffer_.empty()) WriteChunk(out_, "IDAT", buffer_);
    buffer_.clear();
  }

 private:
  std::string* out_;
  std::string buffer_;
};

int Abs8(uint8_t d) { return d < 128 ? d : 256 - d; }

uint8_t Paeth(uint8_t a, uint8_t b, uint8_t c) {
  int pc = c, pa = int(b) - pc, pb = int(a) - pc;
  pc = std::abs(pa + pb);
  pa = std::abs(pa);
  pb = std::abs(pb);
  if (pa <= pb && pa <= pc) return a;
  if (pb <= pc) return b;
  return c;
}

// Go's filter choice: the smallest sum of absolute differences, trying Up, Paeth, None, Sub
// and Average in that order and stopping a sum once it cannot win. Fills rows[f] (f > 0)
// with the filtered bytes and returns f; rows[0] is the raw row, `prev` the previous one.
int ChooseFilter(std::array<std::vector<uint8_t>, 5>* rows, const std::vector<uint8_t>& prev,
                 int bpp) {
  const uint8_t* cur = (*rows)[0].data() + 1;
  const uint8_t* pd = prev.data() + 1;
  uint8_t* sub = (*rows)[1].data() + 1;
  uint8_t* up = (*rows)[2].data() + 1;
  uint8_t* avg = (*rows)[3].data() + 1;
  uint8_t* paeth = (*rows)[4].data() + 1;
  const int n = static_cast<int>((*rows)[0].size()) - 1;

  int sum = 0;
  for (int i = 0; i < n; ++i) {
    up[i] = uint8_t(cur[i] - pd[i]);
    sum += Abs8(up[i]);
  }
  int best = sum, filter = 2;

  sum = 0;
  for (int i = 0; i < bpp; ++i) {
    paeth[i] = uint8_t(cur[i] - pd[i]);
    sum += Abs8(paeth[i]);
  }
  for (int i = bpp; i < n && sum < best; ++i) {
    paeth[i] = uint8_t(cur[i] - Paeth(cur[i - bpp], pd[i], pd[i - bpp]));
    sum += Abs8(paeth[i]);
  }
  if (sum < best) best = sum, filter = 4;

  sum = 0;
  for (int i = 0; i < n && sum < best; ++i) sum += Abs8(cur[i]);
  if (sum < best) best = sum, filter = 0;

  sum = 0;
  for (int i = 0; i < bpp; ++i) {
    sub[i] = cur[i];
    sum += Abs8(sub[i]);
  }
  for (int i = bpp; i < n && sum < best; ++i) {
    sub[i] = uint8_t(cur[i] - cur[i - bpp]);
    sum += Abs8(sub[i]);
  }
  if (sum < best) best = sum, filter = 1;

  sum = 0;
  for (int i = 0; i < bpp; ++i) {
    avg[i] = uint8_t(cur[i] - pd[i] / 2);
    sum += Abs8(avg[i]);
  }
  for (int i = bpp; i < n && sum < best; ++i) {
    avg[i] = uint8_t(cur[i] - uint8_t((int(cur[i - bpp]) + int(pd[i])) / 2));
    sum += Abs8(avg[i]);
  }
  if (sum < best) filter = 3;
  return filter;
}

// One row of `image` in the colour type `channels` (1 gray, 3 RGB, 4 RGBA) into row[1..].
void ConvertRow(const GoImage& image, int y, int channels, uint8_t* row) {
  const uint8_t* p = image.pix.data() + static_cast<size_t>(y) * image.width * image.Channels();
  if (channels == 1) {
    std::copy_n(p, image.width, row);
    return;
  }
  for (int x = 0; x < image.width; ++x, p += 4, row += channels) {
    if (channels == 3 || image.model == GoPixelModel::kNrgba) {
      std::copy_n(p, channels, row);
      continue;
    }
    // Premultiplied to straight alpha, through Go's 16-bit colour model.
    uint32_t a = p[3] * 0x101u;
    for (int c = 0; c < 3; ++c) {
      uint32_t v = p[c] * 0x101u;
      row[c] = a == 0 ? 0 : uint8_t(((v * 0xffff) / a) >> 8);
    }
    row[3] = p[3];
  }
}

}  // namespace

bool GoImage::Opaque() const {
  if (model == GoPixelModel::kGray) return true;
  if (model == GoPixelModel::kPaletted) {
    for (uint8_t i : pix) {
      if (i < palette.size() && palette[i].a != 0xff) return false;
    }
    return true;
  }
  for (size_t i = 3; i < pix.size(); i += 4) {
    if (pix[i] != 0xff) return false;
  }
  return true;
}

namespace {

// The PLTE and (when an entry is translucent) tRNS chunks; the tRNS stops after the last
// translucent entry.
void WritePalette(std::string* out, const std::vector<GoPaletteColor>& palette) {
  std::string plte, trns;
  size_t last = 0;
  for (size_t i = 0; i < palette.size(); ++i) {
    const GoPaletteColor& c = palette[i];
    plte += {static_cast<char>(c.r), static_cast<char>(c.g), static_cast<char>(c.b)};
    trns.push_back(static_cast<char>(c.a));
    if (c.a != 0xff) last = i + 1;
  }
  WriteChunk(out, "PLTE", plte);
  if (last != 0) WriteChunk(out, "tRNS", trns.substr(0, last));
}

// A row of palette indices packed `bits` to a byte, high bits first.
void PackRow(const uint8_t* indices, int width, int bits, uint8_t* row) {
  if (bits == 8) {
    std::copy_n(indices, width, row);
    return;
  }
  const int per_byte = 8 / bits;
  for (int x = 0; x < width; x += per_byte) {
    uint8_t v = 0;
    for (int k = 0; k < per_byte; ++k) {
      v = static_cast<uint8_t>(v << bits | (x + k < width ? indices[x + k] : 0));
    }
    *row++ = v;
  }
}

}  // namespace

std::string EncodeGoPng(const GoImage& image) {
  std::string out("\x89PNG\r\n\x1a\n", 8);
  const bool paletted = image.model == GoPixelModel::kPaletted;
  const size_t n = image.palette.size();
  const int index_bits = n <= 2 ? 1 : n <= 4 ? 2 : n <= 16 ? 4 : 8;
  const int channels = paletted || image.model == GoPixelModel::kGray ? 1 : image.Opaque() ? 3 : 4;
  std::string ihdr;
  AppendBigEndian(&ihdr, static_cast<uint32_t>(image.width));
  AppendBigEndian(&ihdr, static_cast<uint32_t>(image.height));
  const char color_type = paletted ? 3 : channels == 1 ? 0 : channels == 3 ? 2 : 6;
  ihdr += {static_cast<char>(paletted ? index_bits : 8), color_type, 0, 0, 0};
  WriteChunk(&out, "IHDR", ihdr);
  if (paletted) WritePalette(&out, image.palette);

  IdatWriter idat(&out);
  GoZlibWriter zlib(-1, [&idat](std::string_view b) { idat.Write(b); });
  const size_t row_size =
      1 + (static_cast<size_t>(image.width) * (paletted ? index_bits : 8 * channels) + 7) / 8;
  std::array<std::vector<uint8_t>, 5> rows;
  for (int f = 0; f < 5; ++f) rows[f].assign(row_size, static_cast<uint8_t>(f));
  std::vector<uint8_t> prev(row_size, 0);
  for (int y = 0; y < image.height; ++y) {
    int f = 0;  // Go does not filter paletted rows
    if (paletted) {
      PackRow(image.pix.data() + static_cast<size_t>(y) * image.width, image.width, index_bits,
              rows[0].data() + 1);
    } else {
      ConvertRow(image, y, channels, rows[0].data() + 1);
      f = ChooseFilter(&rows, prev, channels);
    }
    zlib.Write(std::string_view(reinterpret_cast<const char*>(rows[f].data()), row_size));
    std::swap(prev, rows[0]);
    rows[0][0] = 0;
  }
  zlib.Close();
  idat.Flush();
  WriteChunk(&out, "IEND", "");
  return out;
}

}  // namespace kiln::assets
