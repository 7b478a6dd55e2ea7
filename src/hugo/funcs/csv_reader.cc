#include "hugo/funcs/csv_reader.h"

namespace kiln::funcs {

StatusOr<Value> DecodeCsv(std::string_view s, const CsvOptions& o) {
  ValueList records;
  size_t i = 0;
  int line = 1;
  size_t want_fields = 0;
  while (i < s.size()) {
    if ((o.comment && s[i] == o.comment) || s[i] == '\n' || s.substr(i, 2) == "\r\n") {
      size_t nl = s.find('\n', i);
      i = nl == std::string_view::npos ? s.size() : nl + 1;
      ++line;
      continue;
    }
    int record_line = line;
    ValueList fields;
    std::string field;
    bool end_of_record = false;
    while (!end_of_record) {
      field.clear();
      if (i < s.size() && s[i] == '"') {
        ++i;
        while (true) {
          if (i >= s.size()) {
            return InvalidArgumentError("record on line " + std::to_string(record_line) +
                                        "; parse error on line " + std::to_string(line + 1) +
                                        ", column 0: extraneous or missing \" in quoted-field");
          }
          char c = s[i++];
          if (c == '"') {
            if (i < s.size() && s[i] == '"') {
              field.push_back('"');
              ++i;
              continue;
            }
            if (i < s.size() && s[i] != o.delimiter && s[i] != '\n' && s.substr(i) != "\r" &&
                s.substr(i, 2) != "\r\n") {
              // The closing quote's column (from 1) on its line.
              size_t bol = s.rfind('\n', i - 1);
              bol = bol == std::string_view::npos ? 0 : bol + 1;
              return InvalidArgumentError(
                  (line == record_line ? std::string()
                                       : "record on line " + std::to_string(record_line) + "; ") +
                  "parse error on line " + std::to_string(line) + ", column " +
                  std::to_string(i - bol) + ": extraneous or missing \" in quoted-field");
            }
            break;
          }
          if (c == '\n') ++line;
          if (c == '\r' && i < s.size() && s[i] == '\n') continue;
          field.push_back(c);
        }
      }
      size_t line_start = s.rfind('\n', i == 0 ? 0 : i - 1);
      line_start = line_start == std::string_view::npos || i == 0 ? 0 : line_start + 1;
      for (; i < s.size() && s[i] != o.delimiter && s[i] != '\n'; ++i) {
        if (s[i] == '"') {
          return InvalidArgumentError("parse error on line " + std::to_string(line) + ", column " +
                                      std::to_string(i - line_start + 1) +
                                      ": bare \" in non-quoted-field");
        }
        field.push_back(s[i]);
      }
      if (!field.empty() && field.back() == '\r' && (i >= s.size() || s[i] == '\n')) {
        field.pop_back();
      }
      fields.push_back(Value::String(field));
      if (i < s.size() && s[i] == o.delimiter) {
        ++i;
      } else {
        end_of_record = true;
        if (i < s.size()) ++i;
        ++line;
      }
    }
    if (records.empty()) want_fields = fields.size();
    if (fields.size() != want_fields) {
      return InvalidArgumentError("record on line " + std::to_string(record_line) +
                                  ": wrong number of fields");
    }
    records.push_back(Value::List(std::move(fields)));
  }
  return Value::List(std::move(records));
}

}  // namespace kiln::funcs
