#include "assets/go_huffman.h"

#include <algorithm>
#include <array>
#include <limits>

namespace kiln::assets {
namespace {

constexpr int kMaxNumLit = 286;
constexpr int kOffsetCodeCount = 30;
constexpr int kCodegenCodeCount = 19;
constexpr int kEndBlockMarker = 256;
constexpr int kLengthCodesStart = 257;
constexpr int kBufferFlushSize = 240;
constexpr int kMaxStoreBlockSize = 65535;
constexpr uint8_t kBadCode = 255;
constexpr int32_t kMaxFreq = std::numeric_limits<int32_t>::max();

constexpr std::array<int8_t, 29> kLengthExtraBits = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                                     2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
constexpr std::array<uint16_t, 29> kLengthBase = {0,  1,  2,  3,   4,   5,   6,   7,   8,  10,
                                                  12, 14, 16, 20,  24,  28,  32,  40,  48, 56,
                                                  64, 80, 96, 112, 128, 160, 192, 224, 255};
constexpr std::array<int8_t, 30> kOffsetExtraBits = {0, 0, 0,  0,  1,  1,  2,  2,  3,  3,
                                                     4, 4, 5,  5,  6,  6,  7,  7,  8,  8,
                                                     9, 9, 10, 10, 11, 11, 12, 12, 13, 13};
constexpr std::array<uint32_t, 30> kOffsetBase = {
    0x0000, 0x0001, 0x0002, 0x0003, 0x0004, 0x0006, 0x0008, 0x000c, 0x0010, 0x0018,
    0x0020, 0x0030, 0x0040, 0x0060, 0x0080, 0x00c0, 0x0100, 0x0180, 0x0200, 0x0300,
    0x0400, 0x0600, 0x0800, 0x0c00, 0x1000, 0x1800, 0x2000, 0x3000, 0x4000, 0x6000};
constexpr std::array<int, 19> kCodegenOrder = {16, 17, 18, 0, 8,  7, 9,  6, 10, 5,
                                               11, 4,  12, 3, 13, 2, 14, 1, 15};

uint16_t ReverseBits(uint16_t v, int len) {
  uint16_t r = 0;
  for (int i = 0; i < len; ++i) r |= ((v >> i) & 1) << (len - 1 - i);
  return r;
}

// Length code (0..28) of a match length minus 3; offset code (0..29) of a distance minus 1.
int LengthCode(int xlength) {
  return static_cast<int>(std::upper_bound(kLengthBase.begin(), kLengthBase.end(), xlength) -
                          kLengthBase.begin()) -
         1;
}
int OffsetCode(uint32_t xoffset) {
  return static_cast<int>(std::upper_bound(kOffsetBase.begin(), kOffsetBase.end(), xoffset) -
                          kOffsetBase.begin()) -
         1;
}

struct Node {
  uint16_t literal;
  int32_t freq;
};

// How many symbols get each code length (index = bits), for `list` sorted by frequency:
// Go's bottom-up leaf counting, which decides ties exactly as Go does.
std::vector<int32_t> BitCounts(std::vector<Node> list, int32_t max_bits) {
  const int32_t n = static_cast<int32_t>(list.size());
  list.push_back({std::numeric_limits<uint16_t>::max(), kMaxFreq});
  max_bits = std::min(max_bits, n - 1);
  struct Level {
    int32_t level = 0, last_freq = 0, next_char_freq = 0, next_pair_freq = 0, needed = 0;
  };
  std::array<Level, 16> levels{};
  std::array<std::array<int32_t, 16>, 16> leaf_counts{};
  for (int32_t level = 1; level <= max_bits; ++level) {
    levels[level] = {level, list[1].freq, list[2].freq, list[0].freq + list[1].freq, 0};
    leaf_counts[level][level] = 2;
    if (level == 1) levels[level].next_pair_freq = kMaxFreq;
  }
  levels[max_bits].needed = 2 * n - 4;
  int32_t level = max_bits;
  while (true) {
    Level& l = levels[level];
    if (l.next_pair_freq == kMaxFreq && l.next_char_freq == kMaxFreq) {
      // This level ran out of leaves and pairs; the one above takes no more from it.
      l.needed = 0;
      levels[level + 1].next_pair_freq = kMaxFreq;
      ++level;
      continue;
    }
    const int32_t prev_freq = l.last_freq;
    if (l.next_char_freq < l.next_pair_freq) {
      int32_t count = leaf_counts[level][level] + 1;
      l.last_freq = l.next_char_freq;
      leaf_counts[level][level] = count;
      l.next_char_freq = list[count].freq;
    } else {
      l.last_freq = l.next_pair_freq;
      std::copy_n(leaf_counts[level - 1].begin(), level, leaf_counts[level].begin());
      levels[l.level - 1].needed = 2;
    }
    if (--l.needed == 0) {
      if (l.level == max_bits) break;
      levels[l.level + 1].next_pair_freq = prev_freq + l.last_freq;
      ++level;
    } else {
      while (levels[level - 1].needed > 0) --level;
    }
  }
  std::vector<int32_t> bit_count(max_bits + 1, 0);
  int bits = 1;
  for (int32_t lv = max_bits; lv > 0; --lv) {
    bit_count[bits++] = leaf_counts[max_bits][lv] - leaf_counts[max_bits][lv - 1];
  }
  return bit_count;
}

}  // namespace

void GoHuffmanEncoder::Generate(const std::vector<int32_t>& freq, int max_bits) {
  std::vector<Node> list;
  for (size_t i = 0; i < freq.size(); ++i) {
    if (freq[i] != 0) {
      list.push_back({static_cast<uint16_t>(i), freq[i]});
    } else {
      codes_[i].len = 0;
    }
  }
  if (list.size() <= 2) {
    for (size_t i = 0; i < list.size(); ++i) codes_[list[i].literal] = {uint16_t(i), 1};
    return;
  }
  std::sort(list.begin(), list.end(), [](const Node& a, const Node& b) {
    return a.freq != b.freq ? a.freq < b.freq : a.literal < b.literal;
  });
  std::vector<int32_t> bit_count = BitCounts(list, max_bits);
  // Canonical codes: the least frequent symbols take the longest codes, each group of one
  // length numbered in symbol order.
  uint16_t code = 0;
  size_t end = list.size();
  for (size_t n = 0; n < bit_count.size(); ++n) {
    code <<= 1;
    if (n == 0 || bit_count[n] == 0) continue;
    size_t begin = end - bit_count[n];
    std::sort(list.begin() + begin, list.begin() + end,
              [](const Node& a, const Node& b) { return a.literal < b.literal; });
    for (size_t i = begin; i < end; ++i) {
      codes_[list[i].literal] = {ReverseBits(code, static_cast<int>(n)), uint16_t(n)};
      ++code;
    }
    end = begin;
  }
}

int GoHuffmanEncoder::BitLength(const std::vector<int32_t>& freq) const {
  int total = 0;
  for (size_t i = 0; i < freq.size(); ++i) total += freq[i] * codes_[i].len;
  return total;
}

namespace {

GoHuffmanEncoder FixedLiteralEncoding() {
  GoHuffmanEncoder h(kMaxNumLit);
  for (int ch = 0; ch < kMaxNumLit; ++ch) {
    int bits, size;
    if (ch < 144) {
      bits = ch + 48, size = 8;
    } else if (ch < 256) {
      bits = ch + 400 - 144, size = 9;
    } else if (ch < 280) {
      bits = ch - 256, size = 7;
    } else {
      bits = ch + 192 - 280, size = 8;
    }
    h.mutable_codes()[ch] = {ReverseBits(uint16_t(bits), size), uint16_t(size)};
  }
  return h;
}

GoHuffmanEncoder FixedOffsetEncoding() {
  GoHuffmanEncoder h(kOffsetCodeCount);
  for (int ch = 0; ch < kOffsetCodeCount; ++ch) h.mutable_codes()[ch] = {ReverseBits(ch, 5), 5};
  return h;
}

const GoHuffmanEncoder& FixedLiterals() {
  static const GoHuffmanEncoder* const kFixed = new GoHuffmanEncoder(FixedLiteralEncoding());
  return *kFixed;
}
const GoHuffmanEncoder& FixedOffsets() {
  static const GoHuffmanEncoder* const kFixed = new GoHuffmanEncoder(FixedOffsetEncoding());
  return *kFixed;
}

}  // namespace

GoHuffmanBitWriter::GoHuffmanBitWriter(ByteSink sink)
    : sink_(std::move(sink)),
      literal_freq_(kMaxNumLit),
      offset_freq_(kOffsetCodeCount),
      codegen_freq_(kCodegenCodeCount),
      codegen_(kMaxNumLit + kOffsetCodeCount + 1),
      literal_encoding_(kMaxNumLit),
      offset_encoding_(kOffsetCodeCount),
      codegen_encoding_(kCodegenCodeCount) {}

void GoHuffmanBitWriter::Flush() {
  int n = nbytes_;
  while (nbits_ != 0) {
    bytes_[n++] = static_cast<uint8_t>(bits_);
    bits_ >>= 8;
    nbits_ = nbits_ > 8 ? nbits_ - 8 : 0;
  }
  bits_ = 0;
  sink_(std::string_view(reinterpret_cast<const char*>(bytes_), n));
  nbytes_ = 0;
}

void GoHuffmanBitWriter::WriteBits(uint32_t bits, unsigned nbits) {
  bits_ |= static_cast<uint64_t>(bits) << nbits_;
  nbits_ += nbits;
  if (nbits_ >= 48) EmitFull();
}

// Moves 48 accumulated bits into the byte buffer, handing the buffer on once nearly full.
void GoHuffmanBitWriter::EmitFull() {
  uint64_t bits = bits_;
  bits_ >>= 48;
  nbits_ -= 48;
  for (int i = 0; i < 6; ++i) bytes_[nbytes_ + i] = static_cast<uint8_t>(bits >> (8 * i));
  nbytes_ += 6;
  if (nbytes_ >= kBufferFlushSize) {
    sink_(std::string_view(reinterpret_cast<const char*>(bytes_), nbytes_));
    nbytes_ = 0;
  }
}

void GoHuffmanBitWriter::WriteBytes(std::string_view bytes) {
  int n = nbytes_;
  while (nbits_ != 0) {
    bytes_[n++] = static_cast<uint8_t>(bits_);
    bits_ >>= 8;
    nbits_ -= 8;
  }
  if (n != 0) sink_(std::string_view(reinterpret_cast<const char*>(bytes_), n));
  nbytes_ = 0;
  sink_(bytes);
}

void GoHuffmanBitWriter::WriteStoredHeader(int length, bool eof) {
  WriteBits(eof ? 1 : 0, 3);
  Flush();
  WriteBits(static_cast<uint32_t>(length), 16);
  WriteBits(static_cast<uint16_t>(~static_cast<uint16_t>(length)), 16);
}

void GoHuffmanBitWriter::IndexTokens(const std::vector<DeflateToken>& tokens, int* num_literals,
                                     int* num_offsets) {
  std::fill(literal_freq_.begin(), literal_freq_.end(), 0);
  std::fill(offset_freq_.begin(), offset_freq_.end(), 0);
  for (const DeflateToken& t : tokens) {
    if (!t.is_match) {
      ++literal_freq_[t.literal_or_length];
      continue;
    }
    ++literal_freq_[kLengthCodesStart + LengthCode(t.literal_or_length - 3)];
    ++offset_freq_[OffsetCode(t.distance - 1u)];
  }
  int nl = kMaxNumLit;
  while (literal_freq_[nl - 1] == 0) --nl;
  int no = kOffsetCodeCount;
  while (no > 0 && offset_freq_[no - 1] == 0) --no;
  if (no == 0) {
    // A block without matches still declares one distance code.
    offset_freq_[0] = 1;
    no = 1;
  }
  literal_encoding_.Generate(literal_freq_, 15);
  offset_encoding_.Generate(offset_freq_, 15);
  *num_literals = nl;
  *num_offsets = no;
}

// Run-length codes the literal and offset code lengths (codes 16, 17, 18) into codegen_.
void GoHuffmanBitWriter::GenerateCodegen(int num_literals, int num_offsets) {
  std::fill(codegen_freq_.begin(), codegen_freq_.end(), 0);
  for (int i = 0; i < num_literals; ++i) codegen_[i] = uint8_t(literal_encoding_.codes()[i].len);
  for (int i = 0; i < num_offsets; ++i) {
    codegen_[num_literals + i] = uint8_t(offset_encoding_.codes()[i].len);
  }
  codegen_[num_literals + num_offsets] = kBadCode;
  uint8_t size = codegen_[0];
  int count = 1;
  int out = 0;
  for (int in = 1; size != kBadCode; ++in) {
    uint8_t next = codegen_[in];
    if (next == size) {
      ++count;
      continue;
    }
    if (size != 0) {
      codegen_[out++] = size;
      ++codegen_freq_[size];
      --count;
      while (count >= 3) {
        int n = std::min(count, 6);
        codegen_[out++] = 16;
        codegen_[out++] = uint8_t(n - 3);
        ++codegen_freq_[16];
        count -= n;
      }
    } else {
      while (count >= 11) {
        int n = std::min(count, 138);
        codegen_[out++] = 18;
        codegen_[out++] = uint8_t(n - 11);
        ++codegen_freq_[18];
        count -= n;
      }
      if (count >= 3) {
        codegen_[out++] = 17;
        codegen_[out++] = uint8_t(count - 3);
        ++codegen_freq_[17];
        count = 0;
      }
    }
    for (--count; count >= 0; --count) {
      codegen_[out++] = size;
      ++codegen_freq_[size];
    }
    size = next;
    count = 1;
  }
  codegen_[out] = kBadCode;
}

int GoHuffmanBitWriter::DynamicSize(int extra_bits, int* num_codegens) const {
  int nc = kCodegenCodeCount;
  while (nc > 4 && codegen_freq_[kCodegenOrder[nc - 1]] == 0) --nc;
  *num_codegens = nc;
  int header = 3 + 5 + 5 + 4 + 3 * nc + codegen_encoding_.BitLength(codegen_freq_) +
               codegen_freq_[16] * 2 + codegen_freq_[17] * 3 + codegen_freq_[18] * 7;
  return header + literal_encoding_.BitLength(literal_freq_) +
         offset_encoding_.BitLength(offset_freq_) + extra_bits;
}

void GoHuffmanBitWriter::WriteDynamicHeader(int num_literals, int num_offsets, int num_codegens,
                                            bool eof) {
  WriteBits(eof ? 5 : 4, 3);
  WriteBits(num_literals - 257, 5);
  WriteBits(num_offsets - 1, 5);
  WriteBits(num_codegens - 4, 4);
  for (int i = 0; i < num_codegens; ++i) {
    WriteBits(codegen_encoding_.codes()[kCodegenOrder[i]].len, 3);
  }
  for (int i = 0;;) {
    uint8_t word = codegen_[i++];
    if (word == kBadCode) break;
    WriteCode(codegen_encoding_.codes()[word]);
    if (word == 16) WriteBits(codegen_[i++], 2);
    if (word == 17) WriteBits(codegen_[i++], 3);
    if (word == 18) WriteBits(codegen_[i++], 7);
  }
}

void GoHuffmanBitWriter::WriteTokens(const std::vector<DeflateToken>& tokens,
                                     const GoHuffmanEncoder& lit, const GoHuffmanEncoder& off) {
  for (const DeflateToken& t : tokens) {
    if (!t.is_match) {
      WriteCode(lit.codes()[t.literal_or_length]);
      continue;
    }
    int xlength = t.literal_or_length - 3;
    int lc = LengthCode(xlength);
    WriteCode(lit.codes()[lc + kLengthCodesStart]);
    if (kLengthExtraBits[lc] > 0) WriteBits(xlength - kLengthBase[lc], kLengthExtraBits[lc]);
    uint32_t xoffset = t.distance - 1u;
    int oc = OffsetCode(xoffset);
    WriteCode(off.codes()[oc]);
    if (kOffsetExtraBits[oc] > 0) WriteBits(xoffset - kOffsetBase[oc], kOffsetExtraBits[oc]);
  }
}

void GoHuffmanBitWriter::WriteBlock(std::vector<DeflateToken> tokens, bool eof,
                                    std::optional<std::string_view> input) {
  tokens.push_back({kEndBlockMarker, 0, false});
  int num_literals = 0, num_offsets = 0;
  IndexTokens(tokens, &num_literals, &num_offsets);
  const bool storable = input.has_value() && input->size() <= kMaxStoreBlockSize;
  int extra_bits = 0;
  if (storable) {
    // Go counts the extra bits only when a stored block competes; the comparison between
    // fixed and dynamic codes is then made with them, and without them otherwise.
    for (int lc = kLengthCodesStart + 8; lc < num_literals; ++lc) {
      extra_bits += literal_freq_[lc] * kLengthExtraBits[lc - kLengthCodesStart];
    }
    for (int oc = 4; oc < num_offsets; ++oc) extra_bits += offset_freq_[oc] * kOffsetExtraBits[oc];
  }
  const GoHuffmanEncoder* lit = &FixedLiterals();
  const GoHuffmanEncoder* off = &FixedOffsets();
  int size = 3 + lit->BitLength(literal_freq_) + off->BitLength(offset_freq_) + extra_bits;
  GenerateCodegen(num_literals, num_offsets);
  codegen_encoding_.Generate(codegen_freq_, 7);
  int num_codegens = 0;
  int dynamic_size = DynamicSize(extra_bits, &num_codegens);
  if (dynamic_size < size) {
    size = dynamic_size;
    lit = &literal_encoding_;
    off = &offset_encoding_;
  }
  if (storable && static_cast<int>(input->size() + 5) * 8 < size) {
    WriteStoredHeader(static_cast<int>(input->size()), eof);
    WriteBytes(*input);
    return;
  }
  if (lit == &FixedLiterals()) {
    WriteBits(eof ? 3 : 2, 3);
  } else {
    WriteDynamicHeader(num_literals, num_offsets, num_codegens, eof);
  }
  WriteTokens(tokens, *lit, *off);
}

}  // namespace kiln::assets
