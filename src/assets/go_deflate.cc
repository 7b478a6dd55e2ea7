#include "assets/go_deflate.h"

#include <algorithm>
#include <limits>

namespace kiln::assets {
namespace {

constexpr int kWindowSize = 1 << 15;
constexpr int kWindowMask = kWindowSize - 1;
constexpr int kMinMatchLength = 4;  // the shortest match the compressor emits
constexpr int kMaxMatchLength = 258;
constexpr int kMaxFlateBlockTokens = 1 << 14;
constexpr int kHashBits = 17;
constexpr int kHashSize = 1 << kHashBits;
constexpr int kHashMask = kHashSize - 1;
constexpr int kMaxHashOffset = 1 << 24;

uint32_t Hash4(const uint8_t* b) {
  uint32_t v = uint32_t(b[3]) | uint32_t(b[2]) << 8 | uint32_t(b[1]) << 16 | uint32_t(b[0]) << 24;
  return (v * 0x1e35a7bdu) >> (32 - kHashBits);
}

int MatchLen(const uint8_t* a, const uint8_t* b, int max) {
  for (int i = 0; i < max; ++i) {
    if (a[i] != b[i]) return i;
  }
  return max;
}

}  // namespace

GoDeflater::GoDeflater(int level, ByteSink sink)
    : writer_(std::move(sink)),
      hash_head_(kHashSize),
      hash_prev_(kWindowSize),
      window_(2 * kWindowSize) {
  // good, lazy, nice, chain for levels 4..9, as Go tunes them (Go's levels 1 to 3 use other
  // matchers; kiln needs only the default, 6).
  static constexpr Level kLevels[] = {{4, 4, 16, 16},       {8, 16, 32, 32},
                                      {8, 16, 128, 128},    {8, 32, 128, 256},
                                      {32, 128, 258, 1024}, {32, 258, 258, 4096}};
  if (level < 4 || level > 9) level = 6;
  level_ = kLevels[level - 4];
  tokens_.reserve(kMaxFlateBlockTokens + 1);
}

// Copies as much of `data` as fits into the window, first sliding the window down by half
// (rebasing the hash chains) when the current position nears its end.
int GoDeflater::Fill(std::string_view data) {
  if (index_ >= 2 * kWindowSize - (kMinMatchLength + kMaxMatchLength)) {
    std::copy(window_.begin() + kWindowSize, window_.end(), window_.begin());
    index_ -= kWindowSize;
    window_end_ -= kWindowSize;
    block_start_ =
        block_start_ >= kWindowSize ? block_start_ - kWindowSize : std::numeric_limits<int>::max();
    hash_offset_ += kWindowSize;
    if (hash_offset_ > kMaxHashOffset) {
      int delta = hash_offset_ - 1;
      hash_offset_ -= delta;
      chain_head_ -= delta;
      auto rebase = [delta](uint32_t& v) { v = int(v) > delta ? uint32_t(int(v) - delta) : 0; };
      std::for_each(hash_prev_.begin(), hash_prev_.end(), rebase);
      std::for_each(hash_head_.begin(), hash_head_.end(), rebase);
    }
  }
  int n =
      std::min<int>(static_cast<int>(data.size()), static_cast<int>(window_.size()) - window_end_);
  std::copy_n(data.begin(), n, window_.begin() + window_end_);
  window_end_ += n;
  return n;
}

void GoDeflater::FlushBlock(int index) {
  if (index <= 0) return;
  std::optional<std::string_view> input;
  if (block_start_ <= index) {
    input = std::string_view(reinterpret_cast<const char*>(window_.data()) + block_start_,
                             index - block_start_);
  }
  block_start_ = index;
  writer_.WriteBlock(tokens_, false, input);
}

bool GoDeflater::FindMatch(int pos, int prev_head, int prev_length, int lookahead, int* length,
                           int* offset) const {
  const int min_match_look = std::min(kMaxMatchLength, lookahead);
  const uint8_t* win = window_.data();
  const int nice = std::min(level_.nice, min_match_look);
  int tries = level_.chain;
  int len = prev_length;
  if (len >= level_.good) tries >>= 2;
  uint8_t w_end = win[pos + len];
  const int min_index = pos - kWindowSize;
  bool ok = false;
  for (int i = prev_head; tries > 0; --tries) {
    if (w_end == win[i + len]) {
      int n = MatchLen(win + i, win + pos, min_match_look);
      // Go refuses 4-byte matches further than 4096 bytes back: they cost more than literals.
      if (n > len && (n > kMinMatchLength || pos - i <= 4096)) {
        len = n;
        *offset = pos - i;
        ok = true;
        if (n >= nice) break;
        w_end = win[pos + n];
      }
    }
    if (i == min_index) break;
    i = int(hash_prev_[i & kWindowMask]) - hash_offset_;
    if (i < min_index || i < 0) break;
  }
  *length = len;
  return ok;
}

void GoDeflater::InsertHash(int index) {
  uint32_t& head = hash_head_[Hash4(&window_[index]) & kHashMask];
  hash_prev_[index & kWindowMask] = head;
  head = uint32_t(index + hash_offset_);
}

// Go's lazy matcher: a match found at one position is emitted only if the next position
// does not find a longer one.
void GoDeflater::Step() {
  if (window_end_ - index_ < kMinMatchLength + kMaxMatchLength && !sync_) return;
  max_insert_index_ = window_end_ - (kMinMatchLength - 1);
  while (true) {
    const int lookahead = window_end_ - index_;
    if (lookahead < kMinMatchLength + kMaxMatchLength) {
      if (!sync_) break;
      if (lookahead == 0) {
        if (byte_available_) {
          tokens_.push_back({window_[index_ - 1], 0, false});
          byte_available_ = false;
        }
        if (!tokens_.empty()) {
          FlushBlock(index_);
          tokens_.clear();
        }
        break;
      }
    }
    if (index_ < max_insert_index_) {
      uint32_t& head = hash_head_[Hash4(&window_[index_]) & kHashMask];
      chain_head_ = int(head);
      hash_prev_[index_ & kWindowMask] = uint32_t(chain_head_);
      head = uint32_t(index_ + hash_offset_);
    }
    const int prev_length = length_;
    const int prev_offset = offset_;
    length_ = kMinMatchLength - 1;
    offset_ = 0;
    const int min_index = std::max(index_ - kWindowSize, 0);
    if (chain_head_ - hash_offset_ >= min_index && lookahead > prev_length &&
        prev_length < level_.lazy) {
      int len = 0, off = 0;
      if (FindMatch(index_, chain_head_ - hash_offset_, kMinMatchLength - 1, lookahead, &len,
                    &off)) {
        length_ = len;
        offset_ = off;
      }
    }
    if (prev_length >= kMinMatchLength && length_ <= prev_length) {
      // The previous position's match wins: emit it and hash the bytes it covers.
      tokens_.push_back({uint16_t(prev_length), uint16_t(prev_offset), true});
      const int new_index = index_ + prev_length - 1;
      int index = index_;
      for (++index; index < new_index; ++index) {
        if (index < max_insert_index_) InsertHash(index);
      }
      index_ = index;
      byte_available_ = false;
      length_ = kMinMatchLength - 1;
      if (static_cast<int>(tokens_.size()) == kMaxFlateBlockTokens) {
        FlushBlock(index_);
        tokens_.clear();
      }
    } else {
      if (byte_available_) {
        const int i = index_ - 1;
        tokens_.push_back({window_[i], 0, false});
        if (static_cast<int>(tokens_.size()) == kMaxFlateBlockTokens) {
          FlushBlock(i + 1);
          tokens_.clear();
        }
      }
      ++index_;
      byte_available_ = true;
    }
  }
}

void GoDeflater::Write(std::string_view data) {
  while (!data.empty()) {
    Step();
    data.remove_prefix(Fill(data));
  }
}

void GoDeflater::Close() {
  sync_ = true;
  Step();
  writer_.WriteStoredHeader(0, true);
  writer_.Flush();
}

GoZlibWriter::GoZlibWriter(int level, ByteSink sink)
    : level_(level), sink_(sink), deflater_(level, sink) {}

void GoZlibWriter::WriteHeader() {
  // CMF: deflate with a 32K window; FLG: the level class and the check bits.
  uint8_t header[2] = {0x78, 0};
  int lv = level_ < 0 ? 6 : level_;
  header[1] = lv <= 1 ? 0 : lv <= 5 ? 1 << 6 : lv == 6 ? 2 << 6 : 3 << 6;
  header[1] += uint8_t(31 - ((header[0] << 8) + header[1]) % 31);
  sink_(std::string_view(reinterpret_cast<const char*>(header), 2));
  wrote_header_ = true;
}

void GoZlibWriter::Write(std::string_view data) {
  if (!wrote_header_) WriteHeader();
  deflater_.Write(data);
  for (unsigned char c : data) {
    adler_a_ = (adler_a_ + c) % 65521;
    adler_b_ = (adler_b_ + adler_a_) % 65521;
  }
}

void GoZlibWriter::Close() {
  if (!wrote_header_) WriteHeader();
  deflater_.Close();
  uint32_t sum = adler_b_ << 16 | adler_a_;
  char trailer[4] = {char(sum >> 24), char(sum >> 16), char(sum >> 8), char(sum)};
  sink_(std::string_view(trailer, 4));
}

}  // namespace kiln::assets
