// Value: the dynamic value that flows from config, front matter and data files into
// templates. It mirrors the Go values Hugo's templates see: nil, bool, int, float, string,
// time, slices, maps, the html/template safe-string types, and Objects (pages, sites,
// namespaces) whose fields and methods are resolved lazily.
//
// A Value is immutable and cheap to copy: strings, times, lists and maps are held by
// shared_ptr to const data, so copies share storage and may be read from many threads.
// Code that needs mutation (Scratch, Store) does it behind an Object with its own locking.
#ifndef KILN_VALUE_VALUE_H_
#define KILN_VALUE_VALUE_H_

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "base/status.h"

namespace kiln {

class Value;
class Object;

using ValueList = std::vector<Value>;
// Maps keep keys sorted, as Go's templates range over map keys in sorted order.
using ValueMap = std::map<std::string, Value, std::less<>>;

// A point in time with its zone, as Go's time.Time prints it.
struct Time {
  int64_t unix_seconds = 0;
  int32_t nanos = 0;
  int32_t utc_offset_seconds = 0;  // east of UTC
  std::string zone_name = "UTC";   // "UTC", "CET", or "" for a bare numeric offset

  bool operator==(const Time& o) const {
    return unix_seconds == o.unix_seconds && nanos == o.nanos;
  }
  auto operator<=>(const Time& o) const {
    if (unix_seconds != o.unix_seconds) return unix_seconds <=> o.unix_seconds;
    return nanos <=> o.nanos;
  }
  bool IsZero() const;  // Go's zero time: January 1, year 1, 00:00:00 UTC
  static Time Zero();
};

enum class ValueKind : uint8_t { kNull, kBool, kInt, kFloat, kString, kTime, kList, kMap, kObject };

// The html/template content types a string may carry. kNone is a plain string.
enum class SafeKind : uint8_t { kNone, kHTML, kHTMLAttr, kCSS, kJS, kJSStr, kURL, kSrcset };

const char* ValueKindName(ValueKind kind);

// The Go integer type an int value stands for. Hugo's math results are int64, a Time's
// Month and Weekday are named types that print their names under %v and %s but are numbers
// to arithmetic, comparison and %d; math.Counter's results are uint64 (held in the same
// int64, as counters never pass 2^63); the rest are plain int.
enum class IntType : uint8_t { kInt, kInt64, kMonth, kWeekday, kUint64 };

class Value {
 public:
  Value() = default;  // null
  static Value Bool(bool b);
  static Value Int(int64_t i, IntType type = IntType::kInt);
  static Value Float(double f);
  static Value String(std::string s, SafeKind safe = SafeKind::kNone);
  static Value FromTime(Time t);
  static Value List(ValueList items);
  static Value Map(ValueMap entries);
  // A Hugo params map (maps.Params: page and site params, menu and resource params): its
  // keys are stored lower-cased and Find answers any spelling of them.
  static Value Params(ValueMap entries);
  static Value FromObject(std::shared_ptr<const Object> object);

  ValueKind kind() const { return static_cast<ValueKind>(data_.index()); }
  SafeKind safe_kind() const { return safe_; }
  IntType int_type() const { return int_type_; }
  bool is_null() const { return kind() == ValueKind::kNull; }
  bool is_string() const { return kind() == ValueKind::kString; }
  bool is_number() const { return kind() == ValueKind::kInt || kind() == ValueKind::kFloat; }
  bool is_params() const { return params_; }

  // Accessors; each requires the matching kind.
  bool AsBool() const { return std::get<bool>(data_); }
  int64_t AsInt() const { return std::get<int64_t>(data_); }
  double AsFloat() const { return std::get<double>(data_); }
  const std::string& AsString() const { return *std::get<StringPtr>(data_); }
  const Time& AsTime() const { return *std::get<TimePtr>(data_); }
  const ValueList& AsList() const { return *std::get<ListPtr>(data_); }
  const ValueMap& AsMap() const { return *std::get<MapPtr>(data_); }
  const Object& AsObject() const { return *std::get<ObjPtr>(data_); }
  std::shared_ptr<const Object> object_ptr() const { return std::get<ObjPtr>(data_); }

  // Go template truthiness: false, 0, "", nil, and empty lists and maps are false.
  bool IsTruthy() const;
  // For maps: the entry for `key`, or nullptr. For anything else: nullptr. A params map
  // answers `key` in any case, as field access, index and where do in Hugo.
  const Value* Find(std::string_view key) const;

  // Structural equality (numbers compare by value across int and float; objects by
  // Object::Identity, so a page compares equal to the wrappers that render it).
  bool operator==(const Value& other) const;

 private:
  using StringPtr = std::shared_ptr<const std::string>;
  using TimePtr = std::shared_ptr<const Time>;
  using ListPtr = std::shared_ptr<const ValueList>;
  using MapPtr = std::shared_ptr<const ValueMap>;
  using ObjPtr = std::shared_ptr<const Object>;

  std::variant<std::monostate, bool, int64_t, double, StringPtr, TimePtr, ListPtr, MapPtr, ObjPtr>
      data_;
  SafeKind safe_ = SafeKind::kNone;
  IntType int_type_ = IntType::kInt;
  bool params_ = false;  // a map made by Params(); fits in the padding after int_type_
};

// An object exposed to templates by reference (a page, a site, a function namespace).
// Implementations must be safe to call from many threads at once.
class Object {
 public:
  virtual ~Object() = default;

  // The Go type name for messages and %T, e.g. "*hugolib.pageState".
  virtual std::string_view TypeName() const = 0;

  // Resolves the field or method `name` called with `args` (empty for a field access).
  // Returns a kNotFound status when there is no such member, so the engine can say
  // "can't evaluate field X in type Y"; other errors are reported as "error calling X".
  virtual StatusOr<Value> Member(std::string_view name, std::span<const Value> args) const = 0;

  // Objects that behave as collections in range/len/index return their items here.
  virtual const ValueList* AsList() const { return nullptr; }
  virtual bool IsTruthy() const { return true; }

  // What equality, membership (`in`, `where ... "in"`, `uniq`) and cache keys compare: by
  // default the object's own address. A wrapper that stands for another object (the page a
  // layout renders for one output format and pager, a shortcode's `.Page`) returns the
  // identity of what it wraps, as Hugo unwraps such pages before comparing them.
  virtual const void* Identity() const { return this; }
};

}  // namespace kiln

#endif  // KILN_VALUE_VALUE_H_
