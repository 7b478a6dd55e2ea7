// The collections namespace: building (dict, slice, seq, querify, append, merge),
// selecting (first, last, after, index, where, sort, uniq) and set operations (in,
// intersect, union, complement, symdiff) over lists and maps.
#include <algorithm>
#include <random>

#include "base/strings.h"
#include "hugo/funcs/collections_where.h"
#include "hugo/funcs/convert.h"
#include "hugo/funcs/funcs.h"
#include "hugo/funcs/list_object.h"
#include "hugo/funcs/namespace.h"
#include "hugo/funcs/scratch.h"
#include "template/functions.h"
#include "value/go_format.h"
#include "value/map_object.h"

namespace kiln::funcs {
namespace {

StatusOr<ValueList> Items(const Value& v, std::string_view fn) {
  if (const ValueList* list = AsList(v)) return *list;
  if (v.kind() == ValueKind::kMap) {
    ValueList out;
    for (const auto& [k, item] : v.AsMap()) out.push_back(item);
    return out;
  }
  if (v.is_null()) return ValueList{};
  return InvalidArgumentError("can't iterate over " + GoTypeName(v));
}

bool Contains(const ValueList& list, const Value& v) {
  for (const Value& item : list) {
    if (LooseEqual(item, v)) return true;
  }
  return false;
}

StatusOr<Value> Dict(Args a) {
  if (a.size() % 2 != 0) return InvalidArgumentError("invalid dictionary call");
  ValueMap m;
  for (size_t i = 0; i < a.size(); i += 2) {
    if (!a[i].is_string()) return InvalidArgumentError("invalid dictionary key");
    m[a[i].AsString()] = a[i + 1];
  }
  return Value::Map(std::move(m));
}

StatusOr<Value> Seq(Args a) {
  if (a.empty() || a.size() > 3) return InvalidArgumentError("invalid number of arguments to Seq");
  std::vector<int64_t> n;
  for (const Value& v : a) {
    ASSIGN_OR_RETURN(int64_t x, ToInt(v));
    n.push_back(x);
  }
  int64_t first = 1, inc = 1, last = n[0];
  if (n.size() == 1) {
    if (last == 0) return Value::List({});
    if (last < 0) first = -1, inc = -1;
  } else if (n.size() == 2) {
    first = n[0], last = n[1];
    inc = last < first ? -1 : 1;
  } else {
    first = n[0], inc = n[1], last = n[2];
  }
  if (inc == 0) return InvalidArgumentError("'increment' must not be 0");
  if ((inc > 0 && last < first) || (inc < 0 && last > first)) {
    return InvalidArgumentError("'increment' must move towards 'last'");
  }
  if ((last - first) / inc > 2000) return InvalidArgumentError("size of result exceeds limit");
  ValueList out;
  for (int64_t x = first; inc > 0 ? x <= last : x >= last; x += inc) out.push_back(Value::Int(x));
  return Value::List(std::move(out));
}

// first, last and after, on lists and strings. `which` is 'f', 'l' or 'a'.
Fn Take(char which) {
  return [which](Args a) -> StatusOr<Value> {
    ASSIGN_OR_RETURN(int64_t n, ToInt(a[0]));
    if (n < 0) {
      if (which == 'a') {
        return InvalidArgumentError("sequence bounds out of range [" + std::to_string(n) + ":]");
      }
      return InvalidArgumentError("sequence length must be non-negative");
    }
    auto range = [&](size_t size) -> std::pair<size_t, size_t> {
      size_t k = std::min<size_t>(static_cast<size_t>(n), size);
      if (which == 'f') return {0, k};
      if (which == 'l') return {size - k, size};
      return {k, size};
    };
    if (a[1].is_string()) {
      std::vector<size_t> starts;  // rune boundaries
      const std::string& s = a[1].AsString();
      for (size_t i = 0; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) starts.push_back(i);
      }
      auto [b, e] = range(starts.size());
      size_t from = b < starts.size() ? starts[b] : s.size();
      size_t to = e < starts.size() ? starts[e] : s.size();
      return Value::String(s.substr(from, to - from));
    }
    if (a[1].is_null()) return InvalidArgumentError("can't iterate over <nil>");
    const ValueList* list = AsList(a[1]);
    if (!list) return InvalidArgumentError("can't iterate over " + GoTypeName(a[1]));
    auto [b, e] = range(list->size());
    return ListLike(a[1], ValueList(list->begin() + b, list->begin() + e));
  };
}

StatusOr<Value> In(Args a) {
  if (a[0].is_string()) {
    ASSIGN_OR_RETURN(std::string needle, ToString(a[1]));
    return Value::Bool(a[0].AsString().find(needle) != std::string::npos);
  }
  const ValueList* list = AsList(a[0]);
  return Value::Bool(list && Contains(*list, a[1]));
}

StatusOr<Value> IsSet(Args a) {
  if (a[0].kind() == ValueKind::kMap) {
    ASSIGN_OR_RETURN(std::string key, ToString(a[1]));
    // Unlike field access and index, Hugo's isset matches a params map's (lower-case) keys
    // exactly.
    return Value::Bool(a[0].AsMap().contains(key));
  }
  if (const ValueList* list = AsList(a[0])) {
    ASSIGN_OR_RETURN(int64_t i, ToInt(a[1]));
    return Value::Bool(i >= 0 && static_cast<size_t>(i) < list->size());
  }
  return Value::Bool(false);
}

StatusOr<Value> Delimit(Args a) {
  RETURN_IF_ERROR(WantArgs("delimit", a, 2, 3));
  ASSIGN_OR_RETURN(ValueList items, Items(a[0], "delimit"));
  ASSIGN_OR_RETURN(std::string sep, ToString(a[1]));
  std::string last = sep;
  if (a.size() == 3) {
    ASSIGN_OR_RETURN(last, ToString(a[2]));
  }
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? last : sep;
    ASSIGN_OR_RETURN(std::string s, ToString(items[i]));
    out += s;
  }
  return Value::String(std::move(out), SafeKind::kHTML);
}

StatusOr<Value> Uniq(Args a) {
  ASSIGN_OR_RETURN(ValueList items, Items(a[0], "uniq"));
  ValueList out;
  for (const Value& v : items) {
    if (!Contains(out, v)) out.push_back(v);
  }
  return ListLike(a[0], std::move(out));
}

// Set operations; `op` is 'u' (union), 'i' (intersect), 's' (symdiff).
Fn SetOp(char op) {
  return [op](Args a) -> StatusOr<Value> {
    ASSIGN_OR_RETURN(ValueList x, Items(a[0], "set"));
    ASSIGN_OR_RETURN(ValueList y, Items(a[1], "set"));
    ValueList out;
    auto add = [&](const Value& v) {
      if (!Contains(out, v)) out.push_back(v);
    };
    if (op == 'u') {
      for (const Value& v : x) add(v);
      for (const Value& v : y) add(v);
    } else if (op == 'i') {
      for (const Value& v : x) {
        if (Contains(y, v)) add(v);
      }
    } else {
      for (const Value& v : y) {
        if (!Contains(x, v)) add(v);
      }
      for (const Value& v : x) {
        if (!Contains(y, v)) add(v);
      }
    }
    // A nil or plain first operand takes the type of the second, as in Hugo.
    return ListLike(AsList(a[0]) != nullptr && !AsList(a[0])->empty() ? a[0] : a[1],
                    std::move(out));
  };
}

StatusOr<Value> Complement(Args a) {
  if (a.size() < 2) return InvalidArgumentError("complement needs at least two arguments");
  ASSIGN_OR_RETURN(ValueList items, Items(a.back(), "complement"));
  ValueList out;
  for (const Value& v : items) {
    bool excluded = false;
    for (size_t i = 0; i + 1 < a.size() && !excluded; ++i) {
      ASSIGN_OR_RETURN(ValueList ex, Items(a[i], "complement"));
      excluded = Contains(ex, v);
    }
    if (!excluded) out.push_back(v);
  }
  return ListLike(a.back(), std::move(out));
}

StatusOr<Value> Append(Args a) {
  if (a.size() < 2) return InvalidArgumentError("expected at least 2 arguments to append");
  ASSIGN_OR_RETURN(ValueList out, Items(a.back(), "append"));
  if (a.size() == 2 && AsList(a[0])) {
    for (const Value& v : *AsList(a[0])) out.push_back(v);
  } else {
    for (size_t i = 0; i + 1 < a.size(); ++i) out.push_back(a[i]);
  }
  return Value::List(std::move(out));
}

StatusOr<Value> Index(Args a) {
  Value cur = a[0];
  std::vector<Value> keys(a.begin() + 1, a.end());
  if (keys.size() == 1 && AsList(keys[0])) keys = *AsList(keys[0]);
  for (const Value& k : keys) {
    if (const ValueMap* map = AsMap(cur)) {
      ASSIGN_OR_RETURN(std::string key, ToString(k));
      auto found = map->find(key);
      // A params map answers any spelling of its (lower-case) keys.
      if (found == map->end() && cur.is_params()) found = map->find(AsciiLower(key));
      cur = found != map->end() ? found->second : MissingEntryOf(cur);
    } else if (const ValueList* list = AsList(cur)) {
      ASSIGN_OR_RETURN(int64_t i, ToInt(k));
      if (i < 0 || static_cast<size_t>(i) >= list->size()) return Value();
      cur = (*list)[i];
    } else if (cur.is_null()) {
      return Value();
    } else {
      return InvalidArgumentError("can't index item of type " + GoTypeName(cur));
    }
  }
  return cur;
}

// Adds the keys of `src` that `dst` lacks, merging nested maps the same way.
Value Merge(const Value& dst, const Value& src) {
  ValueMap out = dst.AsMap();
  for (const auto& [k, v] : src.AsMap()) {
    auto it = out.find(k);
    if (it == out.end()) {
      out[k] = v;
    } else if (it->second.kind() == ValueKind::kMap && v.kind() == ValueKind::kMap) {
      it->second = Merge(it->second, v);
    }
  }
  return Value::Map(std::move(out));
}

StatusOr<Value> Querify(Args a) {
  std::vector<Value> pairs(a.begin(), a.end());
  if (pairs.size() == 1 && AsList(pairs[0])) pairs = *AsList(pairs[0]);
  if (pairs.size() % 2 != 0) return InvalidArgumentError("invalid number of parameters");
  std::map<std::string, std::vector<std::string>> values;
  for (size_t i = 0; i < pairs.size(); i += 2) {
    ASSIGN_OR_RETURN(std::string k, ToString(pairs[i]));
    ASSIGN_OR_RETURN(std::string v, ToString(pairs[i + 1]));
    values[k].push_back(v);
  }
  std::string out;
  for (const auto& [k, vs] : values) {
    for (const std::string& v : vs) {
      if (!out.empty()) out += '&';
      tmpl::AppendQueryEscaped(&out, k);
      out += '=';
      tmpl::AppendQueryEscaped(&out, v);
    }
  }
  return Value::String(std::move(out));
}

StatusOr<Value> Shuffle(Args a) {
  ASSIGN_OR_RETURN(ValueList items, Items(a[0], "shuffle"));
  std::mt19937 rng(std::random_device{}());
  std::shuffle(items.begin(), items.end(), rng);
  return ListLike(a[0], std::move(items));
}

}  // namespace

void RegisterCollectionsFuncs(FuncMap* funcs) {
  using enum ParamKind;
  Namespace ns("collections");
  ns.Add("Dictionary", {}, true, Dict, {"dict"});
  ns.Add("Slice", {}, true,
         [](Args a) -> StatusOr<Value> { return Value::List(ValueList(a.begin(), a.end())); },
         {"slice"});
  ns.Add("Seq", {}, true, Seq, {"seq"});
  ns.Add("NewScratch", {}, false,
         [](Args) -> StatusOr<Value> { return Value::FromObject(std::make_shared<Scratch>()); },
         {"newScratch"});
  ns.Add("First", {kAny, kAny}, false, Take('f'), {"first"});
  ns.Add("Last", {kAny, kAny}, false, Take('l'), {"last"});
  ns.Add("After", {kAny, kAny}, false, Take('a'), {"after"});
  ns.Add("In", {kAny, kAny}, false, In, {"in"});
  ns.Add("IsSet", {kAny, kAny}, false, IsSet, {"isset"});
  ns.Add("Delimit", {}, true, Delimit, {"delimit"});
  ns.Add("Uniq", {kAny}, false, Uniq, {"uniq"});
  ns.Add("Union", {kAny, kAny}, false, SetOp('u'), {"union"});
  ns.Add("Intersect", {kAny, kAny}, false, SetOp('i'), {"intersect"});
  ns.Add("SymDiff", {kAny, kAny}, false, SetOp('s'), {"symdiff"});
  ns.Add("Complement", {}, true, Complement, {"complement"});
  ns.Add("Append", {}, true, Append, {"append"});
  ns.Add("Index", {kAny}, true, Index, {"index"});
  ns.Add("Merge", {}, true,
         [](Args a) -> StatusOr<Value> {
           if (a.size() < 2) return InvalidArgumentError("merge requires at least two parameters");
           Value out = a.back();
           for (size_t i = a.size() - 1; i-- > 0;) {
             if (a[i].kind() != ValueKind::kMap || out.kind() != ValueKind::kMap) {
               return InvalidArgumentError("merge: can't merge " + GoTypeName(a[i]));
             }
             out = Merge(out, a[i]);
           }
           return out;
         },
         {"merge"});
  ns.Add("Querify", {}, true, Querify, {"querify"});
  ns.Add("Shuffle", {kAny}, false, Shuffle, {"shuffle"});
  ns.Add("Where", {kAny, kAny}, true, Where, {"where"});
  ns.Add("Sort", {kAny}, true, Sort, {"sort"});
  ns.Add("EchoParam", {kAny, kAny}, false,
         [](Args a) -> StatusOr<Value> {
           ASSIGN_OR_RETURN(std::string key, ToString(a[1]));
           const Value* v = a[0].Find(key);
           return v ? *v : Value::String("");
         },
         {"echoParam"});
  ns.Install(funcs);
}

}  // namespace kiln::funcs
