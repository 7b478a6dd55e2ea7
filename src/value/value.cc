#include "value/value.h"

#include <algorithm>

#include "base/strings.h"

namespace kiln {

namespace {
// Seconds from January 1, year 1 to the Unix epoch, as in Go's time package.
constexpr int64_t kZeroTimeUnix = -62135596800;
}  // namespace

bool Time::IsZero() const { return unix_seconds == kZeroTimeUnix && nanos == 0; }

Time Time::Zero() {
  Time t;
  t.unix_seconds = kZeroTimeUnix;
  return t;
}

const char* ValueKindName(ValueKind kind) {
  switch (kind) {
    case ValueKind::kNull: return "nil";
    case ValueKind::kBool: return "bool";
    case ValueKind::kInt: return "int";
    case ValueKind::kFloat: return "float64";
    case ValueKind::kString: return "string";
    case ValueKind::kTime: return "time.Time";
    case ValueKind::kList: return "[]interface {}";
    case ValueKind::kMap: return "map[string]interface {}";
    case ValueKind::kObject: return "object";
  }
  return "?";
}

Value Value::Bool(bool b) {
  Value v;
  v.data_ = b;
  return v;
}
Value Value::Int(int64_t i, IntType type) {
  Value v;
  v.data_ = i;
  v.int_type_ = type;
  return v;
}
Value Value::Float(double f) {
  Value v;
  v.data_ = f;
  return v;
}
Value Value::String(std::string s, SafeKind safe) {
  Value v;
  v.data_ = std::make_shared<const std::string>(std::move(s));
  v.safe_ = safe;
  return v;
}
Value Value::FromTime(Time t) {
  Value v;
  v.data_ = std::make_shared<const Time>(std::move(t));
  return v;
}
Value Value::List(ValueList items) {
  Value v;
  v.data_ = std::make_shared<const ValueList>(std::move(items));
  return v;
}
Value Value::Map(ValueMap entries) {
  Value v;
  v.data_ = std::make_shared<const ValueMap>(std::move(entries));
  return v;
}
Value Value::Params(ValueMap entries) {
  Value v = Map(std::move(entries));
  v.params_ = true;
  return v;
}
Value Value::FromObject(std::shared_ptr<const Object> object) {
  Value v;
  if (object) v.data_ = std::move(object);
  return v;
}

bool Value::IsTruthy() const {
  switch (kind()) {
    case ValueKind::kNull: return false;
    case ValueKind::kBool: return AsBool();
    case ValueKind::kInt: return AsInt() != 0;
    case ValueKind::kFloat: return AsFloat() != 0;
    case ValueKind::kString: return !AsString().empty();
    // Hugo's template fork treats values with a true IsZero() as false.
    case ValueKind::kTime: return !AsTime().IsZero();
    case ValueKind::kList: return !AsList().empty();
    case ValueKind::kMap: return !AsMap().empty();
    case ValueKind::kObject: return AsObject().IsTruthy();
  }
  return false;
}

const Value* Value::Find(std::string_view key) const {
  if (kind() != ValueKind::kMap) return nullptr;
  const ValueMap& m = AsMap();
  auto it = m.find(key);
  if (it != m.end()) return &it->second;
  // Params keys are stored lower-cased, so a key without upper-case bytes already missed.
  if (!params_ ||
      std::none_of(key.begin(), key.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
    return nullptr;
  }
  it = m.find(AsciiLower(key));
  return it == m.end() ? nullptr : &it->second;
}

bool Value::operator==(const Value& other) const {
  if (is_number() && other.is_number()) {
    if (kind() == ValueKind::kInt && other.kind() == ValueKind::kInt) {
      return AsInt() == other.AsInt();
    }
    double a = kind() == ValueKind::kInt ? static_cast<double>(AsInt()) : AsFloat();
    double b = other.kind() == ValueKind::kInt ? static_cast<double>(other.AsInt()) : other.AsFloat();
    return a == b;
  }
  if (kind() != other.kind()) return false;
  switch (kind()) {
    case ValueKind::kNull: return true;
    case ValueKind::kBool: return AsBool() == other.AsBool();
    case ValueKind::kString: return AsString() == other.AsString();
    case ValueKind::kTime: return AsTime() == other.AsTime();
    case ValueKind::kList: return AsList() == other.AsList();
    case ValueKind::kMap: return AsMap() == other.AsMap();
    case ValueKind::kObject: return AsObject().Identity() == other.AsObject().Identity();
    default: return false;
  }
}

}  // namespace kiln
