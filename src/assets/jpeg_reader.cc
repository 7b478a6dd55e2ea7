#include "assets/jpeg_reader.h"

#include <algorithm>
#include <array>
#include <string>

namespace kiln::assets {
namespace {

using Block = std::array<int32_t, 64>;

constexpr int kUnzig[64] = {0,  1,  8,  16, 9,  2,  3,  10, 17, 24, 32, 25, 18, 11, 4,  5,
                            12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6,  7,  14, 21, 28,
                            35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51,
                            58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63};

// Go's IDCT constants: 2048·√2·cos(kπ/16), and 256/√2.
constexpr int32_t kW1 = 2841, kW2 = 2676, kW3 = 2408, kW5 = 1609, kW6 = 1108, kW7 = 565;
constexpr int32_t kR2 = 181;

// One 8-point inverse DCT in Go's fixed point. `at(i)` is element i of the row or column;
// the row pass keeps 8 more bits of precision, which the column pass removes.
template <typename At>
void Idct8(At at, bool row_pass) {
  const int shift_in = row_pass ? 11 : 8;
  int32_t x0 = (at(0) << shift_in) + (row_pass ? 128 : 8192), x1 = at(4) << shift_in;
  int32_t x2 = at(6), x3 = at(2), x4 = at(1), x5 = at(7), x6 = at(5), x7 = at(3);
  const int32_t round = row_pass ? 0 : 4;
  const int shift = row_pass ? 0 : 3;
  int32_t x8 = kW7 * (x4 + x5) + round;
  x4 = (x8 + (kW1 - kW7) * x4) >> shift;
  x5 = (x8 - (kW1 + kW7) * x5) >> shift;
  x8 = kW3 * (x6 + x7) + round;
  x6 = (x8 - (kW3 - kW5) * x6) >> shift;
  x7 = (x8 - (kW3 + kW5) * x7) >> shift;
  x8 = x0 + x1;
  x0 -= x1;
  x1 = kW6 * (x3 + x2) + round;
  x2 = (x1 - (kW2 + kW6) * x2) >> shift;
  x3 = (x1 + (kW2 - kW6) * x3) >> shift;
  x1 = x4 + x6;
  x4 -= x6;
  x6 = x5 + x7;
  x5 -= x7;
  x7 = x8 + x3;
  x8 -= x3;
  x3 = x0 + x2;
  x0 -= x2;
  x2 = (kR2 * (x4 + x5) + 128) >> 8;
  x4 = (kR2 * (x4 - x5) + 128) >> 8;
  const int out = row_pass ? 8 : 14;
  at(0) = (x7 + x1) >> out;
  at(1) = (x3 + x2) >> out;
  at(2) = (x0 + x4) >> out;
  at(3) = (x8 + x6) >> out;
  at(4) = (x8 - x6) >> out;
  at(5) = (x0 - x4) >> out;
  at(6) = (x3 - x2) >> out;
  at(7) = (x7 - x1) >> out;
}

void InverseDct(Block* b) {
  for (int y = 0; y < 8; ++y) {
    int32_t* s = b->data() + y * 8;
    if (s[1] == 0 && s[2] == 0 && s[3] == 0 && s[4] == 0 && s[5] == 0 && s[6] == 0 && s[7] == 0) {
      // A row with only its DC term is flat; Go takes this shortcut, with its own rounding.
      const int32_t dc = s[0] << 3;
      std::fill(s, s + 8, dc);
      continue;
    }
    Idct8([s](int i) -> int32_t& { return s[i]; }, true);
  }
  for (int x = 0; x < 8; ++x) {
    Idct8([b, x](int i) -> int32_t& { return (*b)[8 * i + x]; }, false);
  }
}

struct Huffman {
  int count = 0;  // codes in the table; 0 when undefined
  int32_t min_code[17] = {}, max_code[17] = {}, index[17] = {};
  uint8_t values[256] = {};
};

// Entropy-coded data: bytes with 0xFF00 unstuffed; a marker ends the data (reads past it
// give zero bits, as a valid stream never needs them).
class BitReader {
 public:
  BitReader(std::string_view data, size_t pos) : data_(data), pos_(pos) {}

  uint32_t Bits(int k) {
    while (n_ < k) {
      acc_ = acc_ << 8 | NextByte();
      n_ += 8;
    }
    n_ -= k;
    return (acc_ >> n_) & ((1u << k) - 1);
  }
  bool Bit() { return Bits(1) != 0; }

  StatusOr<uint8_t> Decode(const Huffman& h) {
    if (h.count == 0)
      return InvalidArgumentError("failed to decode image: uninitialized Huffman table");
    int32_t code = 0;
    for (int len = 1; len <= 16; ++len) {
      code = code << 1 | static_cast<int32_t>(Bit());
      if (code <= h.max_code[len]) return h.values[h.index[len] + code - h.min_code[len]];
    }
    return InvalidArgumentError("failed to decode image: bad Huffman code");
  }

  // A `t`-bit magnitude category value, sign-extended as JPEG codes it.
  int32_t ReceiveExtend(int t) {
    if (t == 0) return 0;
    int32_t x = static_cast<int32_t>(Bits(t));
    if (x < (1 << (t - 1))) x += (-1 << t) + 1;
    return x;
  }

  // Drops buffered bits and steps over the restart marker that follows.
  void Restart() {
    acc_ = 0;
    n_ = 0;
    pos_ = NextMarker();
    if (pos_ + 1 < data_.size() && (data_[pos_ + 1] & 0xf8) == 0xd0) pos_ += 2;
  }

  // The offset of the next marker other than a restart (where the segments resume).
  size_t End() {
    size_t at = NextMarker();
    while (at + 1 < data_.size() && (static_cast<uint8_t>(data_[at + 1]) & 0xf8) == 0xd0) {
      pos_ = at + 2;
      at = NextMarker();
    }
    return at;
  }

 private:
  uint32_t NextByte() {
    if (pos_ >= data_.size()) return 0;
    const uint8_t b = static_cast<uint8_t>(data_[pos_]);
    if (b != 0xff) {
      ++pos_;
      return b;
    }
    if (pos_ + 1 < data_.size() && data_[pos_ + 1] == 0) {
      pos_ += 2;
      return 0xff;
    }
    return 0;  // a marker: stay on it
  }
  size_t NextMarker() const {
    size_t at = pos_;
    while (at + 1 < data_.size() &&
           !(static_cast<uint8_t>(data_[at]) == 0xff && data_[at + 1] != 0 &&
             static_cast<uint8_t>(data_[at + 1]) != 0xff)) {
      ++at;
    }
    return at;
  }

  std::string_view data_;
  size_t pos_;
  uint32_t acc_ = 0;
  int n_ = 0;
};

Status Malformed(const std::string& what) {
  return InvalidArgumentError("failed to decode image: " + what);
}
Status Unsupported(const std::string& what) {
  return UnimplementedError("decoding this JPEG as hugo does is not supported by kiln: " + what);
}

class Decoder {
 public:
  explicit Decoder(std::string_view data) : data_(data) {}

  StatusOr<GoJpegImage> Run();

 private:
  struct Component {
    uint8_t id = 0;
    int h = 1, v = 1, tq = 0;
  };
  struct ScanComponent {
    int index, dc_table, ac_table;
  };

  Status ReadSof(std::string_view seg, bool progressive);
  Status ReadDht(std::string_view seg);
  Status ReadDqt(std::string_view seg);
  StatusOr<size_t> ReadScan(std::string_view seg, size_t data_start);
  Status DecodeBlock(BitReader* bits, Block* b, const ScanComponent& sc, int zig_start, int zig_end,
                     int ah, int al, int32_t* dc);
  Status Refine(BitReader* bits, Block* b, const Huffman& h, int zig_start, int zig_end,
                int32_t delta);
  int RefineNonZeroes(BitReader* bits, Block* b, int zig, int zig_end, int nz, int32_t delta);
  void Reconstruct(Block b, int bx, int by, int comp);
  std::vector<uint8_t>& Plane(int comp) {
    return comp == 0 ? image_.y : comp == 1 ? image_.cb : image_.cr;
  }
  int Stride(int comp) const { return comp == 0 ? image_.y_stride : image_.c_stride; }

  std::string_view data_;
  GoJpegImage image_;
  Component comp_[3];
  int ncomp_ = 0;
  bool progressive_ = false;
  int mxx_ = 0, myy_ = 0;
  int32_t quant_[4][64] = {};
  Huffman huff_[2][4];
  int restart_interval_ = 0;
  int eob_run_ = 0;
  bool jfif_ = false;
  bool adobe_rgb_ = false;
  std::vector<Block> coeffs_[3];
};

Status Decoder::ReadSof(std::string_view seg, bool progressive) {
  if (ncomp_ != 0) return Malformed("multiple SOF markers");
  if (seg.size() < 6) return Malformed("short SOF");
  if (seg[0] != 8) return Unsupported("precision");
  ncomp_ = static_cast<uint8_t>(seg[5]);
  if (ncomp_ != 1 && ncomp_ != 3) return Unsupported("number of components");
  if (seg.size() != 6 + 3 * static_cast<size_t>(ncomp_)) return Malformed("SOF has wrong length");
  progressive_ = progressive;
  image_.height = static_cast<uint8_t>(seg[1]) << 8 | static_cast<uint8_t>(seg[2]);
  image_.width = static_cast<uint8_t>(seg[3]) << 8 | static_cast<uint8_t>(seg[4]);
  for (int i = 0; i < ncomp_; ++i) {
    Component& c = comp_[i];
    c.id = static_cast<uint8_t>(seg[6 + 3 * i]);
    const uint8_t hv = static_cast<uint8_t>(seg[7 + 3 * i]);
    c.h = hv >> 4, c.v = hv & 0x0f;
    c.tq = static_cast<uint8_t>(seg[8 + 3 * i]) & 3;
    if (ncomp_ == 1) c.h = c.v = 1;
    if (c.h < 1 || c.h > 4 || c.v < 1 || c.v > 4 || c.h == 3 || c.v == 3) {
      return Unsupported("subsampling ratio");
    }
    if (ncomp_ == 3 &&
        ((i == 0 && c.v == 4) || (i == 1 && (comp_[0].h % c.h != 0 || comp_[0].v % c.v != 0)) ||
         (i == 2 && (comp_[1].h != c.h || comp_[1].v != c.v)))) {
      return Unsupported("subsampling ratio");
    }
  }
  mxx_ = (image_.width + 8 * comp_[0].h - 1) / (8 * comp_[0].h);
  myy_ = (image_.height + 8 * comp_[0].v - 1) / (8 * comp_[0].v);
  image_.components = ncomp_;
  image_.y_stride = 8 * comp_[0].h * mxx_;
  image_.y.assign(static_cast<size_t>(image_.y_stride) * 8 * comp_[0].v * myy_, 0);
  if (ncomp_ == 3) {
    image_.h_div = comp_[0].h / comp_[1].h;
    image_.v_div = comp_[0].v / comp_[1].v;
    image_.c_stride = 8 * comp_[1].h * mxx_;
    image_.cb.assign(static_cast<size_t>(image_.c_stride) * 8 * comp_[1].v * myy_, 0);
    image_.cr = image_.cb;
  }
  return Status::Ok();
}

Status Decoder::ReadDht(std::string_view seg) {
  while (!seg.empty()) {
    if (seg.size() < 17) return Malformed("DHT has wrong length");
    const int tc = static_cast<uint8_t>(seg[0]) >> 4, th = seg[0] & 0x0f;
    if (tc > 1 || th > 3) return Malformed("bad DHT table");
    Huffman& h = huff_[tc][th];
    h = Huffman();
    int32_t code = 0;
    for (int len = 1; len <= 16; ++len) {
      const int n = static_cast<uint8_t>(seg[len]);
      h.min_code[len] = n == 0 ? -1 : code;
      h.max_code[len] = n == 0 ? -1 : code + n - 1;
      h.index[len] = h.count;
      h.count += n;
      code = (code + n) << 1;
    }
    if (h.count == 0 || h.count > 256 || seg.size() < 17 + static_cast<size_t>(h.count)) {
      return Malformed("bad DHT length");
    }
    std::copy_n(seg.begin() + 17, h.count, h.values);
    seg.remove_prefix(17 + h.count);
  }
  return Status::Ok();
}

Status Decoder::ReadDqt(std::string_view seg) {
  while (!seg.empty()) {
    const int pq = static_cast<uint8_t>(seg[0]) >> 4, tq = seg[0] & 0x0f;
    const size_t size = pq == 0 ? 64 : 128;
    if (pq > 1 || tq > 3 || seg.size() < 1 + size) return Malformed("bad DQT");
    for (int i = 0; i < 64; ++i) {
      quant_[tq][i] = pq == 0 ? static_cast<uint8_t>(seg[1 + i])
                              : static_cast<uint8_t>(seg[1 + 2 * i]) << 8 |
                                    static_cast<uint8_t>(seg[2 + 2 * i]);
    }
    seg.remove_prefix(1 + size);
  }
  return Status::Ok();
}

int Decoder::RefineNonZeroes(BitReader* bits, Block* b, int zig, int zig_end, int nz,
                             int32_t delta) {
  for (; zig <= zig_end; ++zig) {
    int32_t& c = (*b)[kUnzig[zig]];
    if (c == 0) {
      if (nz == 0) break;
      --nz;
      continue;
    }
    if (!bits->Bit()) continue;
    c += c >= 0 ? delta : -delta;
  }
  return zig;
}

// A successive-approximation refinement pass over one block.
Status Decoder::Refine(BitReader* bits, Block* b, const Huffman& h, int zig_start, int zig_end,
                       int32_t delta) {
  if (zig_start == 0) {
    if (bits->Bit()) (*b)[0] |= delta;
    return Status::Ok();
  }
  int zig = zig_start;
  if (eob_run_ == 0) {
    for (; zig <= zig_end; ++zig) {
      int32_t z = 0;
      ASSIGN_OR_RETURN(uint8_t value, bits->Decode(h));
      const int run = value >> 4, size = value & 0x0f;
      if (size == 0) {
        if (run != 0x0f) {
          eob_run_ = 1 << run;
          if (run != 0) eob_run_ |= static_cast<int>(bits->Bits(run));
          break;
        }
      } else if (size == 1) {
        z = bits->Bit() ? delta : -delta;
      } else {
        return Malformed("unexpected Huffman code");
      }
      zig = RefineNonZeroes(bits, b, zig, zig_end, run, delta);
      if (zig > zig_end) return Malformed("too many coefficients");
      if (z != 0) (*b)[kUnzig[zig]] = z;
    }
  }
  if (eob_run_ > 0) {
    --eob_run_;
    RefineNonZeroes(bits, b, zig, zig_end, -1, delta);
  }
  return Status::Ok();
}

Status Decoder::DecodeBlock(BitReader* bits, Block* b, const ScanComponent& sc, int zig_start,
                            int zig_end, int ah, int al, int32_t* dc) {
  if (ah != 0) return Refine(bits, b, huff_[1][sc.ac_table], zig_start, zig_end, 1 << al);
  int zig = zig_start;
  if (zig == 0) {
    ++zig;
    ASSIGN_OR_RETURN(uint8_t t, bits->Decode(huff_[0][sc.dc_table]));
    if (t > 16) return Unsupported("excessive DC component");
    *dc += bits->ReceiveExtend(t);
    (*b)[0] = *dc * (1 << al);
  }
  if (zig <= zig_end && eob_run_ > 0) {
    --eob_run_;
    return Status::Ok();
  }
  for (; zig <= zig_end; ++zig) {
    ASSIGN_OR_RETURN(uint8_t value, bits->Decode(huff_[1][sc.ac_table]));
    const int run = value >> 4, size = value & 0x0f;
    if (size != 0) {
      zig += run;
      if (zig > zig_end) break;
      (*b)[kUnzig[zig]] = bits->ReceiveExtend(size) * (1 << al);
    } else if (run != 0x0f) {
      eob_run_ = 1 << run;
      if (run != 0) eob_run_ |= static_cast<int>(bits->Bits(run));
      --eob_run_;
      break;
    } else {
      zig += 0x0f;
    }
  }
  return Status::Ok();
}

void Decoder::Reconstruct(Block b, int bx, int by, int comp) {
  const int32_t* qt = quant_[comp_[comp].tq];
  for (int zig = 0; zig < 64; ++zig) b[kUnzig[zig]] *= qt[zig];
  InverseDct(&b);
  uint8_t* dst = Plane(comp).data() + 8 * (static_cast<size_t>(by) * Stride(comp) + bx);
  for (int y = 0; y < 8; ++y) {
    for (int x = 0; x < 8; ++x) {
      const int32_t c = b[y * 8 + x];
      dst[y * Stride(comp) + x] = static_cast<uint8_t>(c < -128 ? 0 : c > 127 ? 255 : c + 128);
    }
  }
}

StatusOr<size_t> Decoder::ReadScan(std::string_view seg, size_t data_start) {
  if (ncomp_ == 0) return Malformed("missing SOF marker");
  const int n = seg.empty() ? 0 : static_cast<uint8_t>(seg[0]);
  if (n < 1 || n > ncomp_ || seg.size() != 4 + 2 * static_cast<size_t>(n)) {
    return Malformed("SOS has wrong length");
  }
  std::vector<ScanComponent> scan;
  for (int i = 0; i < n; ++i) {
    int index = -1;
    for (int j = 0; j < ncomp_; ++j) {
      if (comp_[j].id == static_cast<uint8_t>(seg[1 + 2 * i])) index = j;
    }
    if (index < 0) return Malformed("unknown component selector");
    const uint8_t tables = static_cast<uint8_t>(seg[2 + 2 * i]);
    scan.push_back({index, (tables >> 4) & 3, tables & 3});
  }
  int zig_start = 0, zig_end = 63, ah = 0, al = 0;
  if (progressive_) {
    zig_start = static_cast<uint8_t>(seg[1 + 2 * n]);
    zig_end = static_cast<uint8_t>(seg[2 + 2 * n]);
    ah = static_cast<uint8_t>(seg[3 + 2 * n]) >> 4;
    al = seg[3 + 2 * n] & 0x0f;
    if ((zig_start == 0 && zig_end != 0) || zig_start > zig_end || zig_end >= 64) {
      return Malformed("bad spectral selection bounds");
    }
    for (const ScanComponent& sc : scan) {
      if (coeffs_[sc.index].empty()) {
        coeffs_[sc.index].assign(
            static_cast<size_t>(mxx_) * myy_ * comp_[sc.index].h * comp_[sc.index].v, Block{});
      }
    }
  }
  BitReader bits(data_, data_start);
  eob_run_ = 0;
  int32_t dc[3] = {0, 0, 0};
  int mcu = 0, block_count = 0;
  for (int my = 0; my < myy_; ++my) {
    for (int mx = 0; mx < mxx_; ++mx) {
      for (const ScanComponent& sc : scan) {
        const int hi = comp_[sc.index].h, vi = comp_[sc.index].v;
        for (int j = 0; j < hi * vi; ++j) {
          int bx, by;
          if (n != 1) {
            bx = hi * mx + j % hi;
            by = vi * my + j / hi;
          } else {
            // A single-component scan covers only the blocks inside the image.
            const int q = mxx_ * hi;
            bx = block_count % q;
            by = block_count / q;
            ++block_count;
            if (bx * 8 >= image_.width || by * 8 >= image_.height) continue;
          }
          Block b{};
          Block* target = &b;
          if (progressive_) target = &coeffs_[sc.index][static_cast<size_t>(by) * mxx_ * hi + bx];
          RETURN_IF_ERROR(
              DecodeBlock(&bits, target, sc, zig_start, zig_end, ah, al, &dc[sc.index]));
          if (!progressive_) Reconstruct(b, bx, by, sc.index);
        }
      }
      ++mcu;
      if (restart_interval_ > 0 && mcu % restart_interval_ == 0 && mcu < mxx_ * myy_) {
        bits.Restart();
        dc[0] = dc[1] = dc[2] = 0;
        eob_run_ = 0;
      }
    }
  }
  return bits.End();
}

StatusOr<GoJpegImage> Decoder::Run() {
  if (data_.size() < 2 || data_.substr(0, 2) != "\xff\xd8") return Malformed("missing SOI marker");
  size_t pos = 2;
  bool scanned = false;
  while (true) {
    while (pos < data_.size() && static_cast<uint8_t>(data_[pos]) != 0xff) ++pos;
    while (pos < data_.size() && static_cast<uint8_t>(data_[pos]) == 0xff) ++pos;
    if (pos >= data_.size()) return Malformed("unexpected end of data");
    const uint8_t marker = static_cast<uint8_t>(data_[pos++]);
    if (marker == 0xd9) break;
    if (marker == 0 || (marker >= 0xd0 && marker <= 0xd7)) continue;
    if (pos + 2 > data_.size()) return Malformed("short segment");
    const size_t length =
        static_cast<uint8_t>(data_[pos]) << 8 | static_cast<uint8_t>(data_[pos + 1]);
    if (length < 2 || pos + length > data_.size()) return Malformed("short segment length");
    const std::string_view seg = data_.substr(pos + 2, length - 2);
    pos += length;
    switch (marker) {
      case 0xc0:
      case 0xc1:
      case 0xc2:
        RETURN_IF_ERROR(ReadSof(seg, marker == 0xc2));
        break;
      case 0xc4:
        RETURN_IF_ERROR(ReadDht(seg));
        break;
      case 0xdb:
        RETURN_IF_ERROR(ReadDqt(seg));
        break;
      case 0xda: {
        ASSIGN_OR_RETURN(pos, ReadScan(seg, pos));
        scanned = true;
        break;
      }
      case 0xdd:
        if (seg.size() != 2) return Malformed("DRI has wrong length");
        restart_interval_ = static_cast<uint8_t>(seg[0]) << 8 | static_cast<uint8_t>(seg[1]);
        break;
      case 0xe0:
        jfif_ = seg.size() >= 5 && seg.substr(0, 5) == std::string_view("JFIF\0", 5);
        break;
      case 0xee:
        if (seg.size() >= 12 && seg.substr(0, 5) == "Adobe") adobe_rgb_ = seg[11] == 0;
        break;
      default:
        if (!((marker >= 0xe0 && marker <= 0xef) || marker == 0xfe)) {
          return Unsupported("marker " + std::to_string(marker));
        }
    }
  }
  if (!scanned) return Malformed("missing SOS marker");
  if (ncomp_ == 3 && !jfif_ &&
      (adobe_rgb_ || (comp_[0].id == 'R' && comp_[1].id == 'G' && comp_[2].id == 'B'))) {
    return Unsupported("RGB colour model");
  }
  if (progressive_) {
    for (int i = 0; i < ncomp_; ++i) {
      if (coeffs_[i].empty()) continue;
      const int v = 8 * comp_[0].v / comp_[i].v, h = 8 * comp_[0].h / comp_[i].h;
      const int stride = mxx_ * comp_[i].h;
      for (int by = 0; by * v < image_.height; ++by) {
        for (int bx = 0; bx * h < image_.width; ++bx) {
          Reconstruct(coeffs_[i][static_cast<size_t>(by) * stride + bx], bx, by, i);
        }
      }
    }
  }
  return std::move(image_);
}

}  // namespace

StatusOr<GoJpegImage> DecodeGoJpeg(std::string_view data) { return Decoder(data).Run(); }

}  // namespace kiln::assets
