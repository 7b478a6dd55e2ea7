// A CSV reader that follows Go's encoding/csv as hugo configures it (transform.Unmarshal,
// getCSV): quoted fields with "" for a quote, an optional comment character, blank lines
// skipped, every record as long as the first, and Go's error messages. Pure; thread-safe.
#ifndef KILN_HUGO_FUNCS_CSV_READER_H_
#define KILN_HUGO_FUNCS_CSV_READER_H_

#include <string_view>

#include "base/status.h"
#include "value/value.h"

namespace kiln::funcs {

struct CsvOptions {
  char delimiter = ',';
  char comment = 0;  // 0: none
};

// The records of `s`: a list of lists of strings.
StatusOr<Value> DecodeCsv(std::string_view s, const CsvOptions& o);

}  // namespace kiln::funcs

#endif  // KILN_HUGO_FUNCS_CSV_READER_H_
