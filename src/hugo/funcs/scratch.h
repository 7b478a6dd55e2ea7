// Scratch: the writable key/value store templates reach through a page's `.Scratch` and
// `.Store` (Set, Get, Add, SetInMap, DeleteInMap, GetSortedMapValues, Delete, Values).
// One lives per page for the whole build, shared by every template and output format
// rendering that page, so it is guarded by a mutex and may be used from many threads.
#ifndef KILN_HUGO_FUNCS_SCRATCH_H_
#define KILN_HUGO_FUNCS_SCRATCH_H_

#include <mutex>

#include "value/value.h"

namespace kiln::funcs {

class Scratch final : public Object {
 public:
  std::string_view TypeName() const override { return "*maps.Scratch"; }
  StatusOr<Value> Member(std::string_view name, std::span<const Value> args) const override;

 private:
  StatusOr<Value> Add(const std::string& key, const Value& addend) const;

  mutable std::mutex mu_;
  mutable ValueMap values_;
};

}  // namespace kiln::funcs

#endif  // KILN_HUGO_FUNCS_SCRATCH_H_
