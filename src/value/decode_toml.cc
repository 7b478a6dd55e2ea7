// TOML → Value with toml++; its parse_error stops here.
#include <toml++/toml.h>

#include <cstdio>
#include <string>

#include "value/decode.h"

namespace kiln {

namespace {

// Days from 1970-01-01 to the given proleptic Gregorian date.
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

std::string DateText(const toml::date& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

// As TOML writes it: fractional seconds only when present, trailing zeros dropped.
std::string TimeText(const toml::time& t) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%02d:%02d:%02d", t.hour, t.minute, t.second);
  std::string out = buf;
  if (t.nanosecond != 0) {
    std::snprintf(buf, sizeof buf, ".%09u", t.nanosecond);
    std::string frac = buf;
    while (frac.back() == '0') frac.pop_back();
    out += frac;
  }
  return out;
}

Value FromDateTime(const toml::date_time& dt) {
  if (!dt.offset) return Value::String(DateText(dt.date) + "T" + TimeText(dt.time));
  Time t;
  const int offset = dt.offset->minutes * 60;
  t.unix_seconds = DaysFromCivil(dt.date.year, dt.date.month, dt.date.day) * 86400 +
                   dt.time.hour * 3600 + dt.time.minute * 60 + dt.time.second - offset;
  t.nanos = static_cast<int32_t>(dt.time.nanosecond);
  t.utc_offset_seconds = offset;
  // Go's TOML decoder gives time.UTC for a zero offset and an unnamed fixed zone otherwise.
  t.zone_name = offset == 0 ? "UTC" : "";
  return Value::FromTime(std::move(t));
}

Value FromNode(const toml::node& node) {
  switch (node.type()) {
    case toml::node_type::table: {
      ValueMap entries;
      for (const auto& [key, child] : *node.as_table()) {
        entries.insert_or_assign(std::string(key.str()), FromNode(child));
      }
      return Value::Map(std::move(entries));
    }
    case toml::node_type::array: {
      ValueList items;
      const toml::array& array = *node.as_array();
      items.reserve(array.size());
      for (const toml::node& child : array) items.push_back(FromNode(child));
      return Value::List(std::move(items));
    }
    case toml::node_type::string:
      return Value::String(node.as_string()->get());
    case toml::node_type::integer:
      return Value::Int(node.as_integer()->get(), IntType::kInt64);
    case toml::node_type::floating_point:
      return Value::Float(node.as_floating_point()->get());
    case toml::node_type::boolean:
      return Value::Bool(node.as_boolean()->get());
    case toml::node_type::date:
      return Value::String(DateText(node.as_date()->get()));
    case toml::node_type::time:
      return Value::String(TimeText(node.as_time()->get()));
    case toml::node_type::date_time:
      return FromDateTime(node.as_date_time()->get());
    case toml::node_type::none:
      break;
  }
  return Value();
}

}  // namespace

StatusOr<Value> DecodeToml(std::string_view text, std::string_view file, int first_line) {
  try {
    toml::table table = toml::parse(text);
    return FromNode(table);
  } catch (const toml::parse_error& e) {
    const toml::source_position begin = e.source().begin;
    return DecodeError(DataFormat::kToml, e.description(), text, file, first_line,
                       static_cast<int>(begin.line), static_cast<int>(begin.column));
  }
}

}  // namespace kiln
