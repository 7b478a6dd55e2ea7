// ListObject: an Object that is a typed collection (Hugo's page.Pages) rather than a plain
// slice. The collection functions (where, first, sort, union, …) build their result through
// ListLike, so a typed collection stays one and keeps its methods
// (`(where .Pages "Section" "posts").ByDate`). Implementations are immutable and thread-safe.
#ifndef KILN_HUGO_FUNCS_LIST_OBJECT_H_
#define KILN_HUGO_FUNCS_LIST_OBJECT_H_

#include "value/value.h"

namespace kiln::funcs {

class ListObject : public Object {
 public:
  // A collection of the same type holding `items` (drawn from this or another collection
  // of the same type).
  virtual Value WithItems(ValueList items) const = 0;
};

// `items` as a collection of the type of `like` when that is a ListObject, else a List.
inline Value ListLike(const Value& like, ValueList items) {
  if (like.kind() == ValueKind::kObject) {
    if (const auto* list = dynamic_cast<const ListObject*>(&like.AsObject())) {
      return list->WithItems(std::move(items));
    }
  }
  return Value::List(std::move(items));
}

}  // namespace kiln::funcs

#endif  // KILN_HUGO_FUNCS_LIST_OBJECT_H_
