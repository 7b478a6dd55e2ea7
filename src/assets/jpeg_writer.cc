#include "assets/jpeg_writer.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>

namespace kiln::assets {
namespace {

using Block = std::array<int32_t, 64>;

// The example tables of the JPEG standard (Annex K), in zig-zag order.
constexpr uint8_t kUnscaledQuant[2][64] = {
    {16, 11, 12,  14,  12,  10, 16, 14,  13,  14,  18,  17,  16, 19,  24,  40,
     26, 24, 22,  22,  24,  49, 35, 37,  29,  40,  58,  51,  61, 60,  57,  51,
     56, 55, 64,  72,  92,  78, 64, 68,  87,  69,  55,  56,  80, 109, 81,  87,
     95, 98, 103, 104, 103, 62, 77, 113, 121, 112, 100, 120, 92, 101, 103, 99},
    {17, 18, 18, 24, 21, 24, 47, 26, 26, 47, 99, 66, 56, 66, 99, 99, 99, 99, 99, 99, 99, 99,
     99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99,
     99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99},
};

// Natural (row-major) index of each zig-zag position.
constexpr int kUnzig[64] = {0,  1,  8,  16, 9,  2,  3,  10, 17, 24, 32, 25, 18, 11, 4,  5,
                            12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6,  7,  14, 21, 28,
                            35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51,
                            58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63};

struct HuffmanSpec {
  uint8_t count[16];
  std::string_view values;
};

// Annex K's DC and AC tables for luminance and chrominance (DHT classes 0x00 0x10 0x01 0x11).
const HuffmanSpec kHuffmanSpecs[4] = {
    {{0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0},
     std::string_view("\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b", 12)},
    {{0, 2, 1, 3, 3, 2, 4, 3, 5, 5, 4, 4, 0, 0, 1, 125},
     std::string_view(
         "\x01\x02\x03\x00\x04\x11\x05\x12\x21\x31\x41\x06\x13\x51\x61\x07\x22\x71\x14\x32\x81"
         "\x91\xa1\x08\x23\x42\xb1\xc1\x15\x52\xd1\xf0\x24\x33\x62\x72\x82\x09\x0a\x16\x17\x18"
         "\x19\x1a\x25\x26\x27\x28\x29\x2a\x34\x35\x36\x37\x38\x39\x3a\x43\x44\x45\x46\x47\x48"
         "\x49\x4a\x53\x54\x55\x56\x57\x58\x59\x5a\x63\x64\x65\x66\x67\x68\x69\x6a\x73\x74\x75"
         "\x76\x77\x78\x79\x7a\x83\x84\x85\x86\x87\x88\x89\x8a\x92\x93\x94\x95\x96\x97\x98\x99"
         "\x9a\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xb2\xb3\xb4\xb5\xb6\xb7\xb8\xb9\xba\xc2\xc3"
         "\xc4\xc5\xc6\xc7\xc8\xc9\xca\xd2\xd3\xd4\xd5\xd6\xd7\xd8\xd9\xda\xe1\xe2\xe3\xe4\xe5"
         "\xe6\xe7\xe8\xe9\xea\xf1\xf2\xf3\xf4\xf5\xf6\xf7\xf8\xf9\xfa",
         162)},
    {{0, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0},
     std::string_view("\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b", 12)},
    {{0, 2, 1, 2, 4, 4, 3, 4, 7, 5, 4, 4, 0, 1, 2, 119},
     std::string_view(
         "\x00\x01\x02\x03\x11\x04\x05\x21\x31\x06\x12\x41\x51\x07\x61\x71\x13\x22\x32\x81\x08"
         "\x14\x42\x91\xa1\xb1\xc1\x09\x23\x33\x52\xf0\x15\x62\x72\xd1\x0a\x16\x24\x34\xe1\x25"
         "\xf1\x17\x18\x19\x1a\x26\x27\x28\x29\x2a\x35\x36\x37\x38\x39\x3a\x43\x44\x45\x46\x47"
         "\x48\x49\x4a\x53\x54\x55\x56\x57\x58\x59\x5a\x63\x64\x65\x66\x67\x68\x69\x6a\x73\x74"
         "\x75\x76\x77\x78\x79\x7a\x82\x83\x84\x85\x86\x87\x88\x89\x8a\x92\x93\x94\x95\x96\x97"
         "\x98\x99\x9a\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xb2\xb3\xb4\xb5\xb6\xb7\xb8\xb9\xba"
         "\xc2\xc3\xc4\xc5\xc6\xc7\xc8\xc9\xca\xd2\xd3\xd4\xd5\xd6\xd7\xd8\xd9\xda\xe2\xe3\xe4"
         "\xe5\xe6\xe7\xe8\xe9\xea\xf2\xf3\xf4\xf5\xf6\xf7\xf8\xf9\xfa",
         162)},
};

// Fixed-point constants of the integer DCT (13 fractional bits).
constexpr int32_t kF0298 = 2446, kF0390 = 3196, kF0541 = 4433, kF0765 = 6270, kF0899 = 7373,
                  kF1175 = 9633, kF1501 = 12299, kF1847 = 15137, kF1961 = 16069, kF2053 = 16819,
                  kF2562 = 20995, kF3072 = 25172;
constexpr int kConstBits = 13;
constexpr int kPass1Bits = 2;

// One 8-point DCT over the elements at `at(0..7)`, scaled as the pass asks: the row pass
// removes the level shift and keeps kPass1Bits extra bits, the column pass drops them.
template <typename At>
void Dct8(At at, bool row_pass) {
  const int32_t x0 = at(0), x1 = at(1), x2 = at(2), x3 = at(3), x4 = at(4), x5 = at(5), x6 = at(6),
                x7 = at(7);
  int32_t tmp0 = x0 + x7, tmp1 = x1 + x6, tmp2 = x2 + x5, tmp3 = x3 + x4;
  int32_t tmp10 = tmp0 + tmp3, tmp12 = tmp0 - tmp3, tmp11 = tmp1 + tmp2, tmp13 = tmp1 - tmp2;
  tmp0 = x0 - x7, tmp1 = x1 - x6, tmp2 = x2 - x5, tmp3 = x3 - x4;
  const int shift = row_pass ? kConstBits - kPass1Bits : kConstBits + kPass1Bits;
  if (row_pass) {
    at(0) = (tmp10 + tmp11 - 8 * 128) << kPass1Bits;
    at(4) = (tmp10 - tmp11) << kPass1Bits;
  } else {
    tmp10 += 1 << (kPass1Bits - 1);
    at(0) = (tmp10 + tmp11) >> kPass1Bits;
    at(4) = (tmp10 - tmp11) >> kPass1Bits;
  }
  int32_t z1 = (tmp12 + tmp13) * kF0541 + (1 << (shift - 1));
  at(2) = (z1 + tmp12 * kF0765) >> shift;
  at(6) = (z1 - tmp13 * kF1847) >> shift;
  tmp10 = tmp0 + tmp3, tmp11 = tmp1 + tmp2, tmp12 = tmp0 + tmp2, tmp13 = tmp1 + tmp3;
  z1 = (tmp12 + tmp13) * kF1175 + (1 << (shift - 1));
  tmp0 *= kF1501, tmp1 *= kF3072, tmp2 *= kF2053, tmp3 *= kF0298;
  tmp10 *= -kF0899, tmp11 *= -kF2562, tmp12 *= -kF0390, tmp13 *= -kF1961;
  tmp12 += z1, tmp13 += z1;
  at(1) = (tmp0 + tmp10 + tmp12) >> shift;
  at(3) = (tmp1 + tmp11 + tmp13) >> shift;
  at(5) = (tmp2 + tmp11 + tmp12) >> shift;
  at(7) = (tmp3 + tmp10 + tmp13) >> shift;
}

void ForwardDct(Block* b) {
  for (int y = 0; y < 8; ++y) Dct8([&](int i) -> int32_t& { return (*b)[y * 8 + i]; }, true);
  for (int x = 0; x < 8; ++x) Dct8([&](int i) -> int32_t& { return (*b)[i * 8 + x]; }, false);
}

// Division rounding half away from zero.
int32_t RoundDiv(int32_t a, int32_t b) {
  return a >= 0 ? (a + (b >> 1)) / b : -((-a + (b >> 1)) / b);
}

int BitCount(uint32_t a) {
  int n = 0;
  while (a != 0) ++n, a >>= 1;
  return n;
}

// Go's color.RGBToYCbCr: 16-bit fixed point, chroma clamped to 0..255.
void RgbToYCbCr(uint8_t r, uint8_t g, uint8_t b, int32_t* y, int32_t* cb, int32_t* cr) {
  const int32_t r1 = r, g1 = g, b1 = b;
  *y = (19595 * r1 + 38470 * g1 + 7471 * b1 + (1 << 15)) >> 16;
  auto clamp = [](int32_t v) {
    if ((static_cast<uint32_t>(v) & 0xff000000u) == 0) return v >> 16;
    return v < 0 ? 0 : 255;
  };
  *cb = clamp(-11056 * r1 - 21712 * g1 + 32768 * b1 + (257 << 15));
  *cr = clamp(32768 * r1 - 27440 * g1 - 5328 * b1 + (257 << 15));
}

class Encoder {
 public:
  Encoder(std::string* out, int quality) : out_(out) {
    quality = std::clamp(quality, 1, 100);
    const int scale = quality < 50 ? 5000 / quality : 200 - quality * 2;
    for (int q = 0; q < 2; ++q) {
      for (int i = 0; i < 64; ++i) {
        quant_[q][i] =
            static_cast<uint8_t>(std::clamp((kUnscaledQuant[q][i] * scale + 50) / 100, 1, 255));
      }
    }
    for (int t = 0; t < 4; ++t) {
      uint32_t code = 0;
      size_t k = 0;
      for (int len = 1; len <= 16; ++len, code <<= 1) {
        for (int j = 0; j < kHuffmanSpecs[t].count[len - 1]; ++j, ++code, ++k) {
          codes_[t][static_cast<uint8_t>(kHuffmanSpecs[t].values[k])] = {code, len};
        }
      }
    }
  }

  void Marker(uint8_t marker, int length) {
    *out_ += {'\xff', static_cast<char>(marker), static_cast<char>(length >> 8),
              static_cast<char>(length & 0xff)};
  }

  void WriteHeaders(const GoImage& image, int components) {
    *out_ += "\xff\xd8";
    Marker(0xdb, 2 + 2 * 65);
    for (int q = 0; q < 2; ++q) {
      out_->push_back(static_cast<char>(q));
      out_->append(reinterpret_cast<const char*>(quant_[q]), 64);
    }
    Marker(0xc0, 8 + 3 * components);
    *out_ += {8,
              static_cast<char>(image.height >> 8),
              static_cast<char>(image.height & 0xff),
              static_cast<char>(image.width >> 8),
              static_cast<char>(image.width & 0xff),
              static_cast<char>(components)};
    if (components == 1) {
      *out_ += {1, 0x11, 0};
    } else {
      *out_ += {1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1};
    }
    const int tables = components == 1 ? 2 : 4;
    int length = 2;
    for (int t = 0; t < tables; ++t)
      length += 17 + static_cast<int>(kHuffmanSpecs[t].values.size());
    Marker(0xc4, length);
    for (int t = 0; t < tables; ++t) {
      out_->push_back("\x00\x10\x01\x11"[t]);
      out_->append(reinterpret_cast<const char*>(kHuffmanSpecs[t].count), 16);
      out_->append(kHuffmanSpecs[t].values);
    }
    if (components == 1) {
      out_->append("\xff\xda\x00\x08\x01\x01\x00\x00\x3f\x00", 10);
    } else {
      out_->append("\xff\xda\x00\x0c\x03\x01\x00\x02\x11\x03\x11\x00\x3f\x00", 14);
    }
  }

  // Quantises and entropy-codes one block of table `q` (0 luma, 1 chroma); returns its DC.
  int32_t WriteBlock(Block* b, int q, int32_t prev_dc) {
    ForwardDct(b);
    const int32_t dc = RoundDiv((*b)[0], 8 * quant_[q][0]);
    EmitHuffRle(2 * q, 0, dc - prev_dc);
    int32_t run = 0;
    for (int zig = 1; zig < 64; ++zig) {
      const int32_t ac = RoundDiv((*b)[kUnzig[zig]], 8 * quant_[q][zig]);
      if (ac == 0) {
        ++run;
        continue;
      }
      for (; run > 15; run -= 16) EmitHuff(2 * q + 1, 0xf0);
      EmitHuffRle(2 * q + 1, run, ac);
      run = 0;
    }
    if (run > 0) EmitHuff(2 * q + 1, 0x00);
    return dc;
  }

  void Finish() {
    Emit(0x7f, 7);  // pads the last byte with ones
    *out_ += "\xff\xd9";
  }

 private:
  struct Code {
    uint32_t bits = 0;
    int len = 0;
  };

  void Emit(uint32_t bits, uint32_t nbits) {
    nbits += nbits_;
    bits <<= 32 - nbits;
    bits |= bits_;
    for (; nbits >= 8; bits <<= 8, nbits -= 8) {
      const uint8_t byte = static_cast<uint8_t>(bits >> 24);
      out_->push_back(static_cast<char>(byte));
      if (byte == 0xff) out_->push_back('\0');
    }
    bits_ = bits;
    nbits_ = nbits;
  }
  void EmitHuff(int table, int32_t value) {
    const Code c = codes_[table][value];
    Emit(c.bits, static_cast<uint32_t>(c.len));
  }
  void EmitHuffRle(int table, int32_t run, int32_t value) {
    int32_t a = value, b = value;
    if (a < 0) a = -value, b = value - 1;
    const int nbits = BitCount(static_cast<uint32_t>(a));
    EmitHuff(table, run << 4 | nbits);
    if (nbits > 0)
      Emit(static_cast<uint32_t>(b) & ((1u << nbits) - 1), static_cast<uint32_t>(nbits));
  }

  std::string* out_;
  uint8_t quant_[2][64];
  Code codes_[4][256];
  uint32_t bits_ = 0;
  uint32_t nbits_ = 0;
};

// Averages four 8×8 chroma blocks (a 16×16 area) into one, rounding as Go does.
void Subsample(const std::array<Block, 4>& src, Block* dst) {
  for (int i = 0; i < 4; ++i) {
    const int off = (i & 2) << 4 | (i & 1) << 2;
    for (int y = 0; y < 4; ++y) {
      for (int x = 0; x < 4; ++x) {
        const int j = 16 * y + 2 * x;
        (*dst)[8 * y + x + off] =
            (src[i][j] + src[i][j + 1] + src[i][j + 8] + src[i][j + 9] + 2) >> 2;
      }
    }
  }
}

}  // namespace

std::string EncodeGoJpeg(const GoImage& image, int quality) {
  std::string out;
  Encoder e(&out, quality);
  const int components = image.model == GoPixelModel::kGray ? 1 : 3;
  e.WriteHeaders(image, components);
  const int xmax = image.width - 1, ymax = image.height - 1;
  // Blocks past the right and bottom edges repeat the last column and row.
  auto pixel = [&](int x, int y) {
    return &image.pix[(static_cast<size_t>(std::min(y, ymax)) * image.width + std::min(x, xmax)) *
                      image.Channels()];
  };
  Block b;
  if (components == 1) {
    int32_t prev = 0;
    for (int y = 0; y < image.height; y += 8) {
      for (int x = 0; x < image.width; x += 8) {
        for (int j = 0; j < 64; ++j) b[j] = *pixel(x + j % 8, y + j / 8);
        prev = e.WriteBlock(&b, 0, prev);
      }
    }
  } else {
    std::array<Block, 4> cb, cr;
    int32_t prev_y = 0, prev_cb = 0, prev_cr = 0;
    for (int y = 0; y < image.height; y += 16) {
      for (int x = 0; x < image.width; x += 16) {
        for (int i = 0; i < 4; ++i) {
          const int bx = x + (i & 1) * 8, by = y + (i & 2) * 4;
          for (int j = 0; j < 64; ++j) {
            const uint8_t* p = pixel(bx + j % 8, by + j / 8);
            RgbToYCbCr(p[0], p[1], p[2], &b[j], &cb[i][j], &cr[i][j]);
          }
          prev_y = e.WriteBlock(&b, 0, prev_y);
        }
        Subsample(cb, &b);
        prev_cb = e.WriteBlock(&b, 1, prev_cb);
        Subsample(cr, &b);
        prev_cr = e.WriteBlock(&b, 1, prev_cr);
      }
    }
  }
  e.Finish();
  return out;
}

}  // namespace kiln::assets
