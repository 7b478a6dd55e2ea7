#include "hugo/funcs/scratch.h"

#include "hugo/funcs/convert.h"
#include "value/go_format.h"

namespace kiln::funcs {
namespace {

// What `Add` makes of an existing value and an addend: lists are appended to (a list
// addend element by element), numbers summed, strings joined.
StatusOr<Value> Sum(const Value& a, const Value& b) {
  if (const ValueList* list = funcs::AsList(a)) {
    ValueList out = *list;
    if (const ValueList* more = funcs::AsList(b)) {
      out.insert(out.end(), more->begin(), more->end());
    } else {
      out.push_back(b);
    }
    return Value::List(std::move(out));
  }
  if (a.kind() == ValueKind::kInt && b.kind() == ValueKind::kInt) {
    return Value::Int(a.AsInt() + b.AsInt());
  }
  if (a.is_number() && b.is_number()) {
    auto d = [](const Value& v) {
      return v.kind() == ValueKind::kInt ? static_cast<double>(v.AsInt()) : v.AsFloat();
    };
    return Value::Float(d(a) + d(b));
  }
  if (a.is_string() && b.is_string()) return Value::String(a.AsString() + b.AsString());
  return InvalidArgumentError("can't apply the operator to the values");
}

}  // namespace

StatusOr<Value> Scratch::Add(const std::string& key, const Value& addend) const {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = values_.find(key);
  if (it == values_.end()) {
    values_.emplace(key, addend);
  } else {
    ASSIGN_OR_RETURN(it->second, Sum(it->second, addend));
  }
  return Value::String("");
}

StatusOr<Value> Scratch::Member(std::string_view name, std::span<const Value> args) const {
  auto want = [&](size_t n) -> Status {
    if (args.size() == n) return Status::Ok();
    return InvalidArgumentError("wrong number of args for " + std::string(name) + ": want " +
                                std::to_string(n) + " got " + std::to_string(args.size()));
  };
  if (name == "Values") {
    std::lock_guard<std::mutex> lock(mu_);
    return Value::Map(values_);
  }
  if (name != "Set" && name != "Get" && name != "Add" && name != "Delete" && name != "SetInMap" &&
      name != "DeleteInMap" && name != "GetSortedMapValues") {
    return NotFoundError(std::string(name));
  }
  if (args.empty()) return want(1);
  ASSIGN_OR_RETURN(std::string key, funcs::ToString(args[0]));
  if (name == "Add") {
    RETURN_IF_ERROR(want(2));
    return Add(key, args[1]);
  }
  std::lock_guard<std::mutex> lock(mu_);
  auto it = values_.find(key);
  if (name == "Get") return it == values_.end() ? Value() : it->second;
  if (name == "Delete") {
    if (it != values_.end()) values_.erase(it);
    return Value::String("");
  }
  if (name == "Set") {
    RETURN_IF_ERROR(want(2));
    values_[key] = args[1];
    return Value::String("");
  }
  if (name == "GetSortedMapValues") {
    // A map's values in key order (maps keep their keys sorted).
    if (it == values_.end() || it->second.kind() != ValueKind::kMap) return Value();
    ValueList out;
    for (const auto& [k, v] : it->second.AsMap()) out.push_back(v);
    return Value::List(std::move(out));
  }
  RETURN_IF_ERROR(want(name == "SetInMap" ? 3 : 2));
  ASSIGN_OR_RETURN(std::string map_key, funcs::ToString(args[1]));
  ValueMap map;
  if (it != values_.end() && it->second.kind() == ValueKind::kMap) map = it->second.AsMap();
  if (name == "SetInMap") {
    map[map_key] = args[2];
  } else {
    map.erase(map_key);
  }
  values_[key] = Value::Map(std::move(map));
  return Value::String("");
}

}  // namespace kiln::funcs
