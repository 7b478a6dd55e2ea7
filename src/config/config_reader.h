// Typed reads from a merged config tree, with Hugo's loose conversions (cast.ToInt and
// friends: "5" is an int, 1 is true) and errors that name the key. Borrows the tree, which
// must outlive the reader; holds no other state, so it may be used from several threads.
#ifndef KILN_CONFIG_CONFIG_READER_H_
#define KILN_CONFIG_CONFIG_READER_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "value/value.h"

namespace kiln {

class ConfigReader {
 public:
  explicit ConfigReader(const Value& tree) : tree_(tree) {}

  // Each returns `fallback` when the key (dotted, lower-case) is unset or null.
  StatusOr<std::string> String(std::string_view key, std::string fallback) const;
  StatusOr<bool> Bool(std::string_view key, bool fallback) const;
  StatusOr<int> Int(std::string_view key, int fallback) const;
  StatusOr<double> Float(std::string_view key, double fallback) const;
  // A list of scalars, or one string split on whitespace (Hugo's cast.ToStringSlice).
  StatusOr<std::vector<std::string>> StringList(std::string_view key) const;
  // A map of scalars.
  StatusOr<std::map<std::string, std::string>> StringMap(std::string_view key) const;
  // The Map or null at `key`; anything else is an error.
  StatusOr<Value> Section(std::string_view key) const;

 private:
  const Value* Find(std::string_view key) const;
  const Value& tree_;
};

}  // namespace kiln

#endif  // KILN_CONFIG_CONFIG_READER_H_
