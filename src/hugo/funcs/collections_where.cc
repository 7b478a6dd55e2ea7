#include "hugo/funcs/collections_where.h"

#include <algorithm>
#include <optional>

#include "hugo/funcs/collate.h"
#include "hugo/funcs/convert.h"
#include "hugo/funcs/list_object.h"
#include "value/go_format.h"

namespace kiln::funcs {
namespace {

// The value at the dotted `path` ("Params.x", ".n") inside `item`, or nullopt when an
// element of the path does not exist.
std::optional<Value> Lookup(const Value& item, std::string_view path) {
  if (path.starts_with('.')) path.remove_prefix(1);
  if (path.empty()) return std::nullopt;  // hugo matches no element against "."
  Value cur = item;
  while (!path.empty()) {
    size_t dot = path.find('.');
    std::string_view part = path.substr(0, dot);
    path = dot == std::string_view::npos ? std::string_view() : path.substr(dot + 1);
    if (cur.kind() == ValueKind::kMap) {
      const Value* found = cur.Find(part);
      if (!found) return Value();
      cur = *found;
    } else if (cur.kind() == ValueKind::kObject) {
      StatusOr<Value> v = cur.AsObject().Member(part, {});
      if (!v.ok()) return std::nullopt;
      cur = *v;
    } else {
      return std::nullopt;
    }
  }
  return cur;
}

std::optional<double> Number(const Value& v) {
  if (v.kind() == ValueKind::kInt) return static_cast<double>(v.AsInt());
  if (v.kind() == ValueKind::kFloat) return v.AsFloat();
  if (v.kind() == ValueKind::kTime) {
    return static_cast<double>(v.AsTime().unix_seconds) * 1e9 + v.AsTime().nanos;
  }
  return std::nullopt;
}

// -1, 0, 1, or nullopt when the values are not ordered against each other.
std::optional<int> Order(const Value& a, const Value& b) {
  if (a.is_string() && b.is_string()) {
    int c = a.AsString().compare(b.AsString());
    return (c > 0) - (c < 0);
  }
  std::optional<double> x = Number(a), y = Number(b);
  if (!x || !y) return std::nullopt;
  return (*x > *y) - (*x < *y);
}

bool InList(const Value& list, const Value& v) {
  const ValueList* items = AsList(list);
  if (!items) return false;
  for (const Value& item : *items) {
    if (LooseEqual(item, v)) return true;
  }
  return false;
}

// Hugo's where compares scalars only: a list, a map or an object (a page) is neither equal
// nor unequal to anything but nil, and neither in nor not in a list.
bool IsScalar(const Value& v) {
  return v.kind() != ValueKind::kList && v.kind() != ValueKind::kMap &&
         v.kind() != ValueKind::kObject;
}

StatusOr<bool> Matches(const Value& v, std::string_view op, const Value& match) {
  const bool scalars = IsScalar(v) && IsScalar(match);
  if (op == "=" || op == "==" || op == "eq") {
    if (match.is_null() || v.is_null()) return match.is_null() == v.is_null();
    return scalars && LooseEqual(v, match);
  }
  if (op == "!=" || op == "<>" || op == "ne") {
    if (match.is_null() || v.is_null()) return match.is_null() != v.is_null();
    return scalars && !LooseEqual(v, match);
  }
  if ((op == "in" || op == "not in") && !IsScalar(v)) return false;
  if (op == "in" || op == "not in") {
    // Against a string, hugo's `in` asks for a substring: `where .Site.RegularPages "Section"
    // "in" "posts"` keeps the pages at the root too, whose section is "". A value that is
    // not a string matches neither `in` nor `not in` a string.
    if (match.is_string()) {
      if (!v.is_string()) return false;
      return (match.AsString().find(v.AsString()) != std::string::npos) == (op == "in");
    }
    return InList(match, v) == (op == "in");
  }
  if (op == "intersect") {
    const ValueList* items = AsList(v);
    if (!items) return false;
    for (const Value& item : *items) {
      if (InList(match, item)) return true;
    }
    return false;
  }
  std::optional<int> c = Order(v, match);
  if (op == ">=" || op == "ge") return c && *c >= 0;
  if (op == ">" || op == "gt") return c && *c > 0;
  if (op == "<=" || op == "le") return c && *c <= 0;
  if (op == "<" || op == "lt") return c && *c < 0;
  return InvalidArgumentError("no such operator");
}

}  // namespace

bool LooseEqual(const Value& a, const Value& b) { return a == b; }

StatusOr<Value> Where(Args a) {
  if (a.size() > 4) return InvalidArgumentError("can't evaluate where: too many arguments");
  ASSIGN_OR_RETURN(std::string path, ToString(a[1]));
  std::string op = "=";
  Value match;
  if (a.size() == 4) {
    ASSIGN_OR_RETURN(op, ToString(a[2]));
    match = a[3];
  } else if (a.size() == 3) {
    match = a[2];
  }
  const ValueList* items = AsList(a[0]);
  if (!items) {
    if (a[0].is_null()) return Value::List({});
    return InvalidArgumentError("can't iterate over " + GoTypeName(a[0]));
  }
  ValueList out;
  for (const Value& item : *items) {
    std::optional<Value> v = Lookup(item, path);
    if (!v) continue;
    ASSIGN_OR_RETURN(bool keep, Matches(*v, op, match));
    if (keep) out.push_back(item);
  }
  return ListLike(a[0], std::move(out));
}

StatusOr<Value> Sort(Args a) {
  if (a.size() > 3) return InvalidArgumentError("wrong number of args for Sort");
  ValueList items;
  if (const ValueList* list = AsList(a[0])) {
    items = *list;
  } else if (a[0].kind() == ValueKind::kMap) {
    for (const auto& [k, v] : a[0].AsMap()) items.push_back(v);
  } else if (a[0].is_null()) {
    return InvalidArgumentError("sequence must be provided");
  } else {
    return InvalidArgumentError("can't sort " + GoTypeName(a[0]));
  }
  std::string key = "value", order = "asc";
  if (a.size() >= 2) {
    ASSIGN_OR_RETURN(key, ToString(a[1]));
  }
  if (a.size() == 3) {
    ASSIGN_OR_RETURN(order, ToString(a[2]));
  }
  bool desc = order == "desc";
  std::vector<std::pair<Value, Value>> keyed;  // sort key, item
  if (a[0].kind() == ValueKind::kMap && a.size() == 1) {
    // A map without a key sorts by its keys.
    for (const auto& [k, v] : a[0].AsMap()) keyed.emplace_back(Value::String(k), v);
  } else {
    for (const Value& item : items) {
      std::optional<Value> k = key == "value" ? item : Lookup(item, key);
      keyed.emplace_back(k.value_or(Value()), item);
    }
  }
  // Strings sort by the language's collation, as Hugo's sort does.
  auto compare = [](const Value& x, const Value& y) -> std::optional<int> {
    if (x.is_string() && y.is_string()) return CollateCompare(x.AsString(), y.AsString());
    return Order(x, y);
  };
  std::stable_sort(keyed.begin(), keyed.end(), [desc, compare](const auto& x, const auto& y) {
    std::optional<int> c = desc ? compare(y.first, x.first) : compare(x.first, y.first);
    return c && *c < 0;
  });
  ValueList out;
  for (auto& [k, item] : keyed) out.push_back(std::move(item));
  return ListLike(a[0], std::move(out));
}

}  // namespace kiln::funcs
