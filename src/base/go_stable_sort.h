// GoStableSort: the steps of Go 1.19's sort.Stable (insertion sort over blocks of 20 items,
// then in-place SymMerge passes of doubling width), so a comparator that is not a strict
// weak order (Hugo's default page order says "less" both ways for two pages without files
// that tie on everything else) leaves items in the order hugo leaves them. For a strict
// weak order the result equals std::stable_sort's.
//
// Header-only; sorts the caller's range in place and keeps no state, so it is thread-safe
// for distinct ranges. O(n log² n) comparisons at worst, like Go's.
#ifndef KILN_BASE_GO_STABLE_SORT_H_
#define KILN_BASE_GO_STABLE_SORT_H_

#include <algorithm>
#include <cstddef>
#include <iterator>

namespace kiln {
namespace go_sort_internal {

// Every step below asks `less` the same questions, in the same order and about the same
// positions, as Go does: with an inconsistent comparator the answers decide the result.
// Go moves items by swaps; the rotations here make the same permutations.

template <typename It, typename Less>
void InsertionSort(It data, std::ptrdiff_t a, std::ptrdiff_t b, Less& less) {
  for (std::ptrdiff_t i = a + 1; i < b; ++i) {
    for (std::ptrdiff_t j = i; j > a && less(data[j], data[j - 1]); --j) {
      std::iter_swap(data + j, data + j - 1);
    }
  }
}

// Merges the sorted runs [a, m) and [m, b).
template <typename It, typename Less>
void SymMerge(It data, std::ptrdiff_t a, std::ptrdiff_t m, std::ptrdiff_t b, Less& less) {
  if (m - a == 1) {
    // One item on the left: it moves just before the first right item not less than it.
    std::ptrdiff_t lo = m, hi = b;
    while (lo < hi) {
      std::ptrdiff_t h = (lo + hi) / 2;
      if (less(data[h], data[a])) {
        lo = h + 1;
      } else {
        hi = h;
      }
    }
    std::rotate(data + a, data + a + 1, data + lo);
    return;
  }
  if (b - m == 1) {
    // One item on the right: it moves just after the last left item not greater than it.
    std::ptrdiff_t lo = a, hi = m;
    while (lo < hi) {
      std::ptrdiff_t h = (lo + hi) / 2;
      if (!less(data[m], data[h])) {
        lo = h + 1;
      } else {
        hi = h;
      }
    }
    std::rotate(data + lo, data + m, data + m + 1);
    return;
  }
  // Find the cut around the middle of [a, b) that swaps a suffix of the left run with a
  // prefix of the right one, then merge each half.
  std::ptrdiff_t mid = (a + b) / 2;
  std::ptrdiff_t n = mid + m;
  std::ptrdiff_t start = m > mid ? n - b : a;
  std::ptrdiff_t r = m > mid ? mid : m;
  std::ptrdiff_t p = n - 1;
  while (start < r) {
    std::ptrdiff_t c = (start + r) / 2;
    if (!less(data[p - c], data[c])) {
      start = c + 1;
    } else {
      r = c;
    }
  }
  std::ptrdiff_t end = n - start;
  if (start < m && m < end) std::rotate(data + start, data + m, data + end);
  if (a < start && start < mid) SymMerge(data, a, start, mid, less);
  if (mid < end && end < b) SymMerge(data, mid, end, b, less);
}

}  // namespace go_sort_internal

// Sorts [first, last) as Go's sort.Stable would with `less(x, y)` as its Less.
template <typename It, typename Less>
void GoStableSort(It first, It last, Less less) {
  constexpr std::ptrdiff_t kBlock = 20;
  std::ptrdiff_t n = std::distance(first, last);
  std::ptrdiff_t a = 0;
  for (; a + kBlock <= n; a += kBlock) {
    go_sort_internal::InsertionSort(first, a, a + kBlock, less);
  }
  go_sort_internal::InsertionSort(first, a, n, less);
  for (std::ptrdiff_t block = kBlock; block < n; block *= 2) {
    a = 0;
    for (; a + 2 * block <= n; a += 2 * block) {
      go_sort_internal::SymMerge(first, a, a + block, a + 2 * block, less);
    }
    if (a + block < n) go_sort_internal::SymMerge(first, a, a + block, n, less);
  }
}

}  // namespace kiln

#endif  // KILN_BASE_GO_STABLE_SORT_H_
