#include "minify/number.h"

namespace kiln::minify {

std::string ShortDecimal(std::string_view num, size_t* end_in_input) {
  size_t ignored;
  size_t& kept_end = end_in_input != nullptr ? *end_in_input : ignored;
  kept_end = num.size();
  if (num.size() <= 1) return std::string(num);
  bool neg = false;
  size_t start = 0;
  size_t end = num.size();
  if (num[0] == '+' || num[0] == '-') {
    neg = num[0] == '-';
    start = 1;
  }
  size_t dot = num.find('.', start);
  if (dot == std::string_view::npos) dot = end;

  while (start + 1 < end && num[start] == '0') ++start;
  // Trailing zeros of the fraction go, and so does a dot left with nothing after it.
  size_t i = end - 1;
  for (; dot < i; --i) {
    if (num[i] != '0') {
      end = i + 1;
      break;
    }
  }
  if (i == dot) {
    end = dot;
    if (start == end) {
      kept_end = start + 1;
      return "0";  // ".0", "-.00"
    }
  } else if (start + 1 == end && num[start] == '0') {
    kept_end = end;
    return "0";  // "-0", "00"
  }
  kept_end = end;
  std::string out;
  out.reserve(end - start + 1);
  if (neg) out += '-';
  out.append(num.substr(start, end - start));
  return out;
}

}  // namespace kiln::minify
