// ByteSet<N> finds the first byte of a small set (one to N bytes) in a buffer: 16 bytes at a
// time with SSE2 where the target has it, else byte by byte. The text passes (escaping, the
// typographer, the source scan) use it to skip the long runs of bytes they pass over. N is a
// constant so that the compares unroll; a set of fewer bytes repeats its first. Immutable after
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

template <size_t N>
class ByteSet {
 public:
  // bytes: one to N bytes.
  explicit ByteSet(std::string_view bytes) {
    for (size_t i = 0; i < N; ++i) {
      const char c = bytes[i < bytes.size() ? i : 0];
      member_[static_cast<unsigned char>(c)] = 1;
#if defined(__SSE2__)
      splat_[i] = _mm_set1_epi8(c);
#endif
    }
  }

  bool Contains(char c) const { return member_[static_cast<unsigned char>(c)] != 0; }

  // The first byte in [p, end) that is in the set, or end. `floor`, when given, is where the
  // readable buffer holding [p, end) starts: a short tail is then looked at with one 16-byte
  // load ending at end, as the text passes hand over many pieces shorter than 16 bytes.
  const char* Find(const char* p, const char* end, const char* floor = nullptr) const {
#if defined(__SSE2__)
    while (end - p >= 16) {
      if (const int mask = Mask(p); mask != 0) return p + __builtin_ctz(mask);
      p += 16;
    }
    if (p < end && floor != nullptr && end - floor >= 16) {
      // Bits for the bytes before p, which the load also covers, are shifted out.
      const int before = static_cast<int>(16 - (end - p));
      const int mask = Mask(end - 16) >> before;
      return mask != 0 ? p + __builtin_ctz(mask) : end;
    }
#else
    (void)floor;
#endif
    while (p < end && !Contains(*p)) ++p;
    return p;
  }

 private:
#if defined(__SSE2__)
  // Bit i set when p[i] is in the set, for the 16 bytes at p.
  int Mask(const char* p) const {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    __m128i hits = _mm_cmpeq_epi8(v, splat_[0]);
    for (size_t i = 1; i < N; ++i) hits = _mm_or_si128(hits, _mm_cmpeq_epi8(v, splat_[i]));
    return _mm_movemask_epi8(hits);
  }
#endif

  std::array<uint8_t, 256> member_{};
#if defined(__SSE2__)
  __m128i splat_[N];
#endif
};

}  // namespace kiln::markdown

#endif  // KILN_MARKDOWN_BYTE_SCAN_H_
