#include "deploy/bucket_listing.h"

#include <algorithm>
#include <iterator>
#include <string_view>

#include "deploy/parallel.h"

namespace kiln::deploy {

std::vector<KeyRange> SplitKeyRanges(const std::vector<std::string>& expected, int page_size) {
  // Keys per range: a page less 1/16 for keys only the bucket has (ListObjects asks for that
  // much more), so a range whose keys are as expected takes one request.
  const size_t page = static_cast<size_t>(std::max(page_size, 2));
  const size_t fill = page - std::max<size_t>(1, page / 16);
  const size_t n = expected.size();
  const size_t ranges = std::max<size_t>(1, (n + fill - 1) / fill);
  std::vector<KeyRange> out;
  for (size_t r = 0; r < ranges; ++r) {
    const size_t begin = r * n / ranges, end = (r + 1) * n / ranges;
    KeyRange range;
    if (r > 0) range.start_after = expected[begin - 1];
    if (r + 1 < ranges) range.last = expected[end - 1];
    range.expected_keys = end - begin;
    out.push_back(std::move(range));
  }
  return out;
}

StatusOr<std::vector<RemoteObject>> ListBucket(S3Client& s3, const std::string& prefix,
                                               std::vector<std::string> expected, int page_size,
                                               int workers) {
  std::sort(expected.begin(), expected.end());
  expected.erase(std::unique(expected.begin(), expected.end()), expected.end());
  // One worker gains nothing from ranges, and plain paging keeps keys out of the query string
  // (where some S3-compatible servers check signatures of characters such as "(" wrongly).
  std::vector<KeyRange> ranges =
      workers > 1 ? SplitKeyRanges(expected, page_size) : std::vector<KeyRange>(1);
  std::vector<std::vector<RemoteObject>> per_range(ranges.size());
  RETURN_IF_ERROR(ParallelFor(ranges.size(), workers, [&](size_t i) -> Status {
    ASSIGN_OR_RETURN(per_range[i], s3.ListObjects(prefix, page_size, ranges[i]));
    return Status::Ok();
  }));
  std::vector<RemoteObject> listed;
  for (std::vector<RemoteObject>& objects : per_range) {
    listed.insert(listed.end(), std::make_move_iterator(objects.begin()),
                  std::make_move_iterator(objects.end()));
  }
  return listed;
}

int DefaultListWorkers(const std::string& endpoint, int workers) {
  constexpr std::string_view kScheme = "http://";
  if (!endpoint.starts_with(kScheme)) return workers;
  std::string_view host = std::string_view(endpoint).substr(kScheme.size());
  host = host.substr(0, host.find('/'));
  if (host.starts_with('[')) {
    host = host.substr(0, host.find(']') + 1);
  } else {
    host = host.substr(0, host.find(':'));
  }
  const bool loopback =
      host == "localhost" || host == "[::1]" ||
      (host.starts_with("127.") && host.find_first_not_of("0123456789.") == std::string_view::npos);
  return loopback ? 1 : workers;
}

}  // namespace kiln::deploy
