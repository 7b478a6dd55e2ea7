#include "minify/go_sort.h"

#include <bit>
#include <cstdint>

namespace kiln::minify::go_sort_internal {

void Sorter::Sort(size_t n) {
  if (n <= 1) return;
  Pdq(0, static_cast<long>(n), static_cast<int>(std::bit_width(n)));
}

void Sorter::InsertionSort(long a, long b) const {
  for (long i = a + 1; i < b; ++i) {
    for (long j = i; j > a && Less(j, j - 1); --j) Swap(j, j - 1);
  }
}

void Sorter::SiftDown(long lo, long hi, long first) const {
  long root = lo;
  for (;;) {
    long child = 2 * root + 1;
    if (child >= hi) return;
    if (child + 1 < hi && Less(first + child, first + child + 1)) ++child;
    if (!Less(first + root, first + child)) return;
    Swap(first + root, first + child);
    root = child;
  }
}

void Sorter::HeapSort(long a, long b) const {
  long hi = b - a;
  for (long i = (hi - 1) / 2; i >= 0; --i) SiftDown(i, hi, a);
  for (long i = hi - 1; i >= 0; --i) {
    Swap(a, a + i);
    SiftDown(0, i, a);
  }
}

void Sorter::Pdq(long a, long b, int limit) const {
  constexpr long kMaxInsertion = 12;
  bool balanced = true;
  bool partitioned = true;
  for (;;) {
    long length = b - a;
    if (length <= kMaxInsertion) {
      InsertionSort(a, b);
      return;
    }
    if (limit == 0) {
      HeapSort(a, b);
      return;
    }
    if (!balanced) {
      BreakPatterns(a, b);
      --limit;
    }
    Hint hint;
    long pivot = ChoosePivot(a, b, &hint);
    if (hint == Hint::kDecreasing) {
      Reverse(a, b);
      pivot = (b - 1) - (pivot - a);
      hint = Hint::kIncreasing;
    }
    if (balanced && partitioned && hint == Hint::kIncreasing && PartialInsertionSort(a, b)) {
      return;
    }
    if (a > 0 && !Less(a - 1, pivot)) {
      a = PartitionEqual(a, b, pivot);
      continue;
    }
    bool already = false;
    long mid = Partition(a, b, pivot, &already);
    partitioned = already;
    long left = mid - a, right = b - mid;
    long threshold = length / 8;
    if (left < right) {
      balanced = left >= threshold;
      Pdq(a, mid, limit);
      a = mid + 1;
    } else {
      balanced = right >= threshold;
      Pdq(mid + 1, b, limit);
      b = mid;
    }
  }
}

long Sorter::Partition(long a, long b, long pivot, bool* already) const {
  Swap(a, pivot);
  long i = a + 1, j = b - 1;
  while (i <= j && Less(i, a)) ++i;
  while (i <= j && !Less(j, a)) --j;
  if (i > j) {
    Swap(j, a);
    *already = true;
    return j;
  }
  Swap(i, j);
  ++i;
  --j;
  for (;;) {
    while (i <= j && Less(i, a)) ++i;
    while (i <= j && !Less(j, a)) --j;
    if (i > j) break;
    Swap(i, j);
    ++i;
    --j;
  }
  Swap(j, a);
  *already = false;
  return j;
}

long Sorter::PartitionEqual(long a, long b, long pivot) const {
  Swap(a, pivot);
  long i = a + 1, j = b - 1;
  for (;;) {
    while (i <= j && !Less(a, i)) ++i;
    while (i <= j && Less(a, j)) --j;
    if (i > j) break;
    Swap(i, j);
    ++i;
    --j;
  }
  return i;
}

bool Sorter::PartialInsertionSort(long a, long b) const {
  constexpr int kMaxSteps = 5;
  constexpr long kShortestShifting = 50;
  long i = a + 1;
  for (int step = 0; step < kMaxSteps; ++step) {
    while (i < b && !Less(i, i - 1)) ++i;
    if (i == b) return true;
    if (b - a < kShortestShifting) return false;
    Swap(i, i - 1);
    if (i - a >= 2) {
      for (long j = i - 1; j >= 1; --j) {
        if (!Less(j, j - 1)) break;
        Swap(j, j - 1);
      }
    }
    if (b - i >= 2) {
      for (long j = i + 1; j < b; ++j) {
        if (!Less(j, j - 1)) break;
        Swap(j, j - 1);
      }
    }
  }
  return false;
}

void Sorter::BreakPatterns(long a, long b) const {
  long length = b - a;
  if (length < 8) return;
  uint64_t random = static_cast<uint64_t>(length);
  uint64_t modulus = uint64_t{1} << std::bit_width(static_cast<uint64_t>(length));
  for (long idx = a + (length / 4) * 2 - 1; idx <= a + (length / 4) * 2 + 1; ++idx) {
    random ^= random << 13;
    random ^= random >> 17;
    random ^= random << 5;
    long other = static_cast<long>(random & (modulus - 1));
    if (other >= length) other -= length;
    Swap(idx, a + other);
  }
}

long Sorter::Median(long a, long b, long c, int* swaps) const {
  auto order = [&](long& x, long& y) {
    if (Less(y, x)) {
      ++*swaps;
      std::swap(x, y);
    }
  };
  order(a, b);
  order(b, c);
  order(a, b);
  return b;
}

long Sorter::ChoosePivot(long a, long b, Hint* hint) const {
  constexpr long kShortestNinther = 50;
  constexpr int kMaxSwaps = 4 * 3;
  long l = b - a;
  int swaps = 0;
  long i = a + l / 4 * 1, j = a + l / 4 * 2, k = a + l / 4 * 3;
  if (l >= 8) {
    if (l >= kShortestNinther) {
      i = Median(i - 1, i, i + 1, &swaps);
      j = Median(j - 1, j, j + 1, &swaps);
      k = Median(k - 1, k, k + 1, &swaps);
    }
    j = Median(i, j, k, &swaps);
  }
  *hint = swaps == 0 ? Hint::kIncreasing : swaps == kMaxSwaps ? Hint::kDecreasing : Hint::kUnknown;
  return j;
}

void Sorter::Reverse(long a, long b) const {
  for (long i = a, j = b - 1; i < j; ++i, --j) Swap(i, j);
}

}  // namespace kiln::minify::go_sort_internal
