// GoSortOrder: sorts a vector into exactly the order Go 1.19's sort.Sort (pattern-defeating
// quicksort, not stable) leaves it in, which hugo's minifier relies on when it orders
// variables by use count before renaming them: equal elements must end up where Go puts them
// for the names to match.
//
// Pure function over its arguments; thread-safe.
#ifndef KILN_MINIFY_GO_SORT_H_
#define KILN_MINIFY_GO_SORT_H_

#include <cstddef>
#include <functional>
#include <vector>

namespace kiln::minify {

template <typename T>
void GoSortOrder(std::vector<T>& v, size_t from,
                 const std::function<bool(const T&, const T&)>& less);

namespace go_sort_internal {

// The algorithm over index comparisons and swaps, as Go's sort.Interface sees a slice.
class Sorter {
 public:
  Sorter(std::function<bool(size_t, size_t)> less, std::function<void(size_t, size_t)> swap)
      : less_(std::move(less)), swap_(std::move(swap)) {}
  void Sort(size_t n);

 private:
  enum class Hint { kUnknown, kIncreasing, kDecreasing };
  bool Less(long i, long j) const { return less_(static_cast<size_t>(i), static_cast<size_t>(j)); }
  void Swap(long i, long j) const { swap_(static_cast<size_t>(i), static_cast<size_t>(j)); }
  void InsertionSort(long a, long b) const;
  void SiftDown(long lo, long hi, long first) const;
  void HeapSort(long a, long b) const;
  void Pdq(long a, long b, int limit) const;
  long Partition(long a, long b, long pivot, bool* already) const;
  long PartitionEqual(long a, long b, long pivot) const;
  bool PartialInsertionSort(long a, long b) const;
  void BreakPatterns(long a, long b) const;
  long ChoosePivot(long a, long b, Hint* hint) const;
  long Median(long a, long b, long c, int* swaps) const;
  void Reverse(long a, long b) const;

  std::function<bool(size_t, size_t)> less_;
  std::function<void(size_t, size_t)> swap_;
};

}  // namespace go_sort_internal

template <typename T>
void GoSortOrder(std::vector<T>& v, size_t from,
                 const std::function<bool(const T&, const T&)>& less) {
  go_sort_internal::Sorter sorter(
      [&](size_t i, size_t j) { return less(v[from + i], v[from + j]); },
      [&](size_t i, size_t j) { std::swap(v[from + i], v[from + j]); });
  sorter.Sort(v.size() - from);
}

}  // namespace kiln::minify

#endif  // KILN_MINIFY_GO_SORT_H_
