// ByteSet finds the first byte of a small set (up to eight bytes) in a buffer: 16 bytes at a
// time with SSE2 where the target has it, else byte by byte. The text passes (escaping, the
// typographer) use it to skip the long runs of bytes they copy unchanged. Immutable after
// construction; thread-safe.
#ifndef KILN_MARKDOWN_BYTE_SCAN_H_
#define KILN_MARKDOWN_BYTE_SCAN_H_

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <array>
#include <cstdint>
#include <string_view>

namespace kiln::markdown {

class ByteSet {
 public:
  static constexpr size_t kMaxBytes = 8;

  // bytes: at most kMaxBytes distinct bytes.
  explicit ByteSet(std::string_view bytes) : count_(bytes.size()) {
    for (size_t i = 0; i < kMaxBytes; ++i) {
      const char c = bytes[i < bytes.size() ? i : 0];
      member_[static_cast<unsigned char>(c)] = 1;
#if defined(__SSE2__)
      splat_[i] = _mm_set1_epi8(c);
#endif
    }
  }

  bool Contains(char c) const { return member_[static_cast<unsigned char>(c)] != 0; }

  // The first byte in [p, end) that is in the set, or end.
  const char* Find(const char* p, const char* end) const {
#if defined(__SSE2__)
    while (end - p >= 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
      __m128i hits = _mm_cmpeq_epi8(v, splat_[0]);
      for (size_t i = 1; i < count_; ++i) hits = _mm_or_si128(hits, _mm_cmpeq_epi8(v, splat_[i]));
      if (const int mask = _mm_movemask_epi8(hits); mask != 0) return p + __builtin_ctz(mask);
      p += 16;
    }
#endif
    while (p < end && !Contains(*p)) ++p;
    return p;
  }

 private:
  size_t count_;
  std::array<uint8_t, 256> member_{};
#if defined(__SSE2__)
  __m128i splat_[kMaxBytes];
#endif
};

}  // namespace kiln::markdown

#endif  // KILN_MARKDOWN_BYTE_SCAN_H_
