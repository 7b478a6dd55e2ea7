// Listing a whole bucket (or target prefix) fast: ListObjectsV2 returns at most 1,000 keys a
// request, so a large bucket listed page after page costs one round trip per thousand objects.
// kiln splits the key space into ranges at the keys it expects (the local files' keys, which
// a deploy's bucket mostly mirrors), lists the ranges at once with `start-after`, and sizes
// each range's first page to the keys expected in it, so the server reads hardly a key more
// than a sequential listing would. The result is exactly a sequential listing's, whatever the
// bucket holds: the ranges cover the whole key space, and a range with more keys than
// expected simply pages on.
//
// Pure functions over an S3Client (thread-safe), which must outlive the call.
#ifndef KILN_DEPLOY_BUCKET_LISTING_H_
#define KILN_DEPLOY_BUCKET_LISTING_H_

#include <string>
#include <vector>

#include "base/status.h"
#include "deploy/s3_client.h"

namespace kiln::deploy {

// Ranges that together cover every key, split at `expected` (sorted, unique keys) so that
// each range expects at most a page of keys with room to spare.
std::vector<KeyRange> SplitKeyRanges(const std::vector<std::string>& expected, int page_size);

// Every object under `prefix`, in key order, listing the ranges of SplitKeyRanges(expected)
// on up to `workers` threads (with one worker, page after page from the first key).
StatusOr<std::vector<RemoteObject>> ListBucket(S3Client& s3, const std::string& prefix,
                                               std::vector<std::string> expected, int page_size,
                                               int workers);

// How many key ranges to list at once when the user does not say: `workers`, except against
// a plain-HTTP endpoint on this machine (127.0.0.1, ::1, localhost), where there is no network
// latency for parallel requests to hide, and the single-threaded S3-compatible servers used
// for testing (s3rver) answer concurrent ranges no faster than pages one after another.
int DefaultListWorkers(const std::string& endpoint, int workers);

}  // namespace kiln::deploy

#endif  // KILN_DEPLOY_BUCKET_LISTING_H_
