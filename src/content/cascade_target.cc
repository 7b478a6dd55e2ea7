#include "content/cascade_target.h"

#include <algorithm>

#include "base/path.h"
#include "base/strings.h"

namespace kiln {

namespace {

std::string TargetField(const Value& target, const char* key) {
  const Value* v = target.Find(key);
  return v != nullptr && v->is_string() ? AsciiLower(v->AsString()) : std::string();
}

// The map form of `cascade` reaches every page: Hugo reads `_target` only in the list form.
// Either way `_target` stays among the values, so pages show it in their params as in hugo.
CascadeEntry EntryOf(const ValueMap& map, bool targeted) {
  CascadeEntry entry;
  for (const auto& [k, v] : map) {
    // The list form's maps sit in a list, which front-matter loading leaves as written;
    // Hugo lower-cases their keys but not those of maps nested in them.
    entry.values.emplace(AsciiLower(k), v);
    entry.written.emplace(k, v);
    if (k == "_target" && targeted && v.kind() == ValueKind::kMap) {
      entry.target = {TargetField(v, "kind"), TargetField(v, "path"), TargetField(v, "lang"),
                      TargetField(v, "environment")};
    }
  }
  return entry;
}

// The end of the `{…}` group opening at `open`, or npos when it is not closed.
size_t GroupEnd(std::string_view p, size_t open) {
  int depth = 0;
  for (size_t i = open; i < p.size(); ++i) {
    if (p[i] == '{') ++depth;
    if (p[i] == '}' && --depth == 0) return i;
  }
  return std::string_view::npos;
}

// Matches `c` against the class starting after '[' at p[i]; sets `end` past the ']'.
bool ClassMatch(std::string_view p, size_t i, char c, size_t* end) {
  bool negate = i < p.size() && p[i] == '!';
  if (negate) ++i;
  bool hit = false;
  for (; i < p.size() && p[i] != ']'; ++i) {
    if (i + 2 < p.size() && p[i + 1] == '-' && p[i + 2] != ']') {
      hit = hit || (p[i] <= c && c <= p[i + 2]);
      i += 2;
    } else {
      hit = hit || p[i] == c;
    }
  }
  *end = i + 1;
  return hit != negate;
}

bool Matches(std::string_view p, std::string_view t) {
  for (size_t i = 0; i < p.size(); ++i) {
    char c = p[i];
    if (c == '*') {
      bool any = i + 1 < p.size() && p[i + 1] == '*';
      std::string_view rest = p.substr(any ? i + 2 : i + 1);
      for (size_t n = 0;; ++n) {
        if (Matches(rest, t.substr(n))) return true;
        if (n == t.size() || (!any && t[n] == '/')) return false;
      }
    }
    if (c == '{') {
      size_t close = GroupEnd(p, i);
      if (close == std::string_view::npos) return false;
      std::string_view rest = p.substr(close + 1);
      size_t start = i + 1;
      int depth = 0;
      for (size_t j = start; j <= close; ++j) {
        if (p[j] == '{') ++depth;
        if (p[j] == '}' && j != close) --depth;
        if ((p[j] == ',' && depth == 0) || j == close) {
          std::string alt(p.substr(start, j - start));
          if (Matches(alt + std::string(rest), t)) return true;
          start = j + 1;
        }
      }
      return false;
    }
    if (t.empty() || (t[0] == '/' && (c == '?' || c == '['))) return false;
    if (c == '[') {
      size_t end = 0;
      if (!ClassMatch(p, i + 1, t[0], &end)) return false;
      i = end - 1;
    } else if (c != '?') {
      if (c == '\\' && i + 1 < p.size()) c = p[++i];
      if (c != t[0]) return false;
    }
    t.remove_prefix(1);
  }
  return t.empty();
}

bool SameTarget(const CascadeTarget& a, const CascadeTarget& b) {
  return a.kind == b.kind && a.path == b.path && a.lang == b.lang && a.environment == b.environment;
}

// Adds the keys of `from` that `to` lacks.
void AddMissing(const CascadeEntry& from, CascadeEntry* to) {
  for (const auto& [k, v] : from.values) to->values.emplace(k, v);
  for (const auto& [k, v] : from.written) to->written.emplace(k, v);
}

bool FieldMatches(const std::string& glob, std::string_view value) {
  return glob.empty() || SlashGlobMatch(glob, AsciiLower(value));
}

}  // namespace

std::vector<CascadeEntry> ParseCascade(const Value& cascade) {
  std::vector<CascadeEntry> entries;
  if (cascade.kind() == ValueKind::kMap) entries.push_back(EntryOf(cascade.AsMap(), false));
  if (cascade.kind() == ValueKind::kList) {
    for (const Value& item : cascade.AsList()) {
      if (item.kind() == ValueKind::kMap) entries.push_back(EntryOf(item.AsMap(), true));
    }
  }
  return entries;
}

std::vector<CascadeEntry> MergeCascade(const Value& cascade,
                                       const std::vector<CascadeEntry>& inherited, Value* shown) {
  *shown = cascade;
  std::vector<CascadeEntry> merged;
  // Where each map of the front matter's value went in `merged`; npos when it merged into an
  // earlier one.
  std::vector<size_t> slots;
  for (CascadeEntry& entry : ParseCascade(cascade)) {
    auto same = [&](const CascadeEntry& e) { return SameTarget(e.target, entry.target); };
    auto it = std::find_if(merged.begin(), merged.end(), same);
    if (it == merged.end()) {
      slots.push_back(merged.size());
      merged.push_back(std::move(entry));
    } else {
      slots.push_back(std::string::npos);
      AddMissing(entry, &*it);
    }
  }
  const size_t own = merged.size();
  for (const CascadeEntry& entry : inherited) {
    auto same = [&](const CascadeEntry& e) { return SameTarget(e.target, entry.target); };
    auto it = std::find_if(merged.begin(), merged.begin() + own, same);
    if (it == merged.begin() + own) {
      merged.push_back(entry);
    } else {
      AddMissing(entry, &*it);
    }
  }
  auto written = [&](const Value& as_written, size_t slot) {
    if (slot == std::string::npos) return as_written;
    ValueMap map = merged[slot].written;
    return as_written.is_params() ? Value::Params(std::move(map)) : Value::Map(std::move(map));
  };
  if (cascade.kind() == ValueKind::kMap && own == 1) *shown = written(cascade, 0);
  if (cascade.kind() == ValueKind::kList) {
    ValueList items;
    size_t next = 0;
    for (const Value& item : cascade.AsList()) {
      items.push_back(item.kind() == ValueKind::kMap ? written(item, slots[next++]) : item);
    }
    *shown = Value::List(std::move(items));
  }
  return merged;
}

Value ApplyCascade(const Value& fm, const std::vector<CascadeEntry>& cascade,
                   const CascadeSubject& subject) {
  if (cascade.empty() || fm.kind() != ValueKind::kMap) return fm;
  ValueMap merged = fm.AsMap();
  for (const CascadeEntry& entry : cascade) {
    if (!CascadeTargetMatches(entry.target, subject)) continue;
    for (const auto& [k, v] : entry.values) merged.emplace(k, v);
  }
  return Value::Params(std::move(merged));
}

const std::vector<CascadeEntry>& InheritedCascade(const CascadeMap& cascades,
                                                  std::string_view dir) {
  static const std::vector<CascadeEntry> kNone;
  for (std::string_view d = dir;; d = PathDir(d)) {
    auto it = cascades.find(std::string(d));
    if (it != cascades.end()) return it->second;
    if (d.empty()) return kNone;
  }
}

bool CascadeTargetMatches(const CascadeTarget& target, const CascadeSubject& subject) {
  return FieldMatches(target.kind, subject.kind) &&
         FieldMatches(target.path, "/" + std::string(subject.file_path)) &&
         FieldMatches(target.lang, subject.lang) &&
         FieldMatches(target.environment, subject.environment);
}

bool SlashGlobMatch(std::string_view pattern, std::string_view text) {
  return Matches(pattern, text);
}

}  // namespace kiln
