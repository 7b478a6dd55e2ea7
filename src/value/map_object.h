// MapObject: an Object that behaves as a map in range, len and index (a keyed collection
// such as a taxonomy or the site's menus) while also answering methods. The template
// engine and the function library find the entries through AsMap. Implementations are
// immutable and thread-safe.
#ifndef KILN_VALUE_MAP_OBJECT_H_
#define KILN_VALUE_MAP_OBJECT_H_

#include "value/value.h"

namespace kiln {

class MapObject : public Object {
 public:
  virtual const ValueMap& Entries() const = 0;
  // What `index` gives for a missing key: Go's zero value of the map's element type, which
  // may have methods of its own (an empty page.WeightedPages). Null by default.
  virtual Value MissingEntry() const { return Value(); }
  bool IsTruthy() const override { return !Entries().empty(); }
};

// MissingEntry() of `v` when it is a MapObject, else null.
inline Value MissingEntryOf(const Value& v) {
  if (v.kind() != ValueKind::kObject) return Value();
  const auto* m = dynamic_cast<const MapObject*>(&v.AsObject());
  return m == nullptr ? Value() : m->MissingEntry();
}

// The entries of `v` when it is a MapObject, else nullptr.
inline const ValueMap* AsMapObject(const Value& v) {
  if (v.kind() != ValueKind::kObject) return nullptr;
  const auto* m = dynamic_cast<const MapObject*>(&v.AsObject());
  return m == nullptr ? nullptr : &m->Entries();
}

}  // namespace kiln

#endif  // KILN_VALUE_MAP_OBJECT_H_
