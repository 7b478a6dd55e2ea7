// ParallelFor: the deploy module's one way of running independent requests at once (listing
// key ranges, uploads, HEADs). It starts its own threads and joins them before returning, so
// `fn` may borrow anything from the caller's stack; `fn` must be safe to call concurrently.
#ifndef KILN_DEPLOY_PARALLEL_H_
#define KILN_DEPLOY_PARALLEL_H_

#include <cstddef>
#include <functional>

#include "base/status.h"

namespace kiln::deploy {

// Runs fn(i) for i in [0, n) on up to `workers` threads (the calling thread is one of them).
// After the first failure no new item starts; that first error is returned.
Status ParallelFor(size_t n, int workers, const std::function<Status(size_t)>& fn);

}  // namespace kiln::deploy

#endif  // KILN_DEPLOY_PARALLEL_H_
