#include "minify/number.h"

#include <algorithm>
#include <climits>
#include <cstring>

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

namespace kiln::minify {
namespace {

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

int DecimalLength(long long i) {
  if (i < 0) i = i == LLONG_MIN ? LLONG_MAX : -i;
  int n = 1;
  while (i >= 10) {
    i /= 10;
    ++n;
  }
  return n;
}

// Go's copy(dst[to:], src[from:until]) within one buffer of logical length `len`.
void CopyWithin(std::string& buf, long len, long to, long from, long until) {
  long n = std::min(len - to, until - from);
  if (n > 0) std::memmove(&buf[to], &buf[from], n);
}

}  // namespace

std::string ShortNumber(std::string_view input, std::string* in_place, size_t* start_in_input,
                        int precision) {
  if (in_place != nullptr) in_place->assign(input);
  if (start_in_input != nullptr) *start_in_input = 0;
  if (input.size() <= 1) return std::string(input);
  // Works in place like upstream, whose choices it mirrors; the slack only keeps writes that
  // would overrun upstream's buffer inside ours.
  const long len = static_cast<long>(input.size());
  std::string num(input);
  num.append(32, '\0');
  bool neg = false;
  long start = 0;
  long dot = -1;
  long end = len;
  long long orig_exp = 0;
  if (num[0] == '+' || num[0] == '-') {
    neg = num[0] == '-';
    start = 1;
  }
  for (long i = start; i < len; ++i) {
    char c = num[i];
    if (c == '.') {
      dot = i;
    } else if (c == 'e' || c == 'E') {
      end = i;
      long k = i + 1;
      if (k < len && num[k] == '+') ++k;
      // The exponent must be an integer that fits; otherwise the number stays as it is.
      long digits_from = k + (k < len && num[k] == '-' ? 1 : 0);
      long j = digits_from;
      unsigned long long magnitude = 0;
      bool overflow = false;
      for (; j < len && num[j] >= '0' && num[j] <= '9'; ++j) {
        if (magnitude > ULLONG_MAX / 10) {
          overflow = true;
          break;
        }
        magnitude = magnitude * 10 + (num[j] - '0');
      }
      if (overflow || j == digits_from || magnitude > static_cast<unsigned long long>(LLONG_MAX)) {
        return std::string(input);
      }
      orig_exp =
          num[k] == '-' ? -static_cast<long long>(magnitude) : static_cast<long long>(magnitude);
      break;
    }
  }
  if (dot == -1) dot = end;

  while (start < end - 1 && num[start] == '0') ++start;
  long i = end - 1;
  for (; dot < i; --i) {
    if (num[i] != '0') {
      end = i + 1;
      break;
    }
  }
  auto finish = [&](long from, long to) {
    if (in_place != nullptr) in_place->assign(num, 0, len);
    if (start_in_input != nullptr) *start_in_input = static_cast<size_t>(from);
    return num.substr(from, to - from);
  };
  if (i == dot) {
    end = dot;
    if (start == end) {
      num[start] = '0';
      return finish(start, start + 1);
    }
  } else if (start == end - 1 && num[start] == '0') {
    return finish(start, end);
  }

  if (precision > 0) {
    // Rounds to `precision` significant digits (but leaves 9 → 10 and 99 → 100 alone).
    long prec_end = start + precision;
    if (dot == start) {
      long digit = start + 1;
      while (digit < end && num[digit] == '0') ++digit;
      prec_end = digit + precision;
    } else if (dot < prec_end) {
      ++prec_end;
    }
    if (prec_end < end && (dot < end || 1 < dot - prec_end + orig_exp)) {
      end = prec_end;
      bool inc = '5' <= num[end];
      if (dot == end) inc = end + 1 < len && '5' <= num[end + 1];
      if (prec_end < dot) {
        orig_exp += dot - prec_end;
        dot = prec_end;
      }
      long k = end - 1;
      for (; start < k; --k) {
        if (k == dot) continue;
        if (inc && num[k] != '9') {
          ++num[k];
          inc = false;
          break;
        }
        if (!inc && num[k] != '0') break;
      }
      end = k + 1;
      if (end < dot) {
        orig_exp += dot - end;
        dot = end;
      }
      if (inc) {  // a single digit is left
        if (dot == start) {
          num[start] = '1';
          dot = start + 1;
        } else if (num[start] == '9') {
          num[start] = '1';
          ++orig_exp;
        } else {
          ++num[start];
        }
      }
    }
  }

  long n = 0;
  long long norm_exp = 0;
  if (dot == start) {
    for (i = dot + 1; i < end; ++i) {
      if (num[i] != '0') {
        n = end - i;
        norm_exp = dot - i + 1;
        break;
      }
    }
  } else if (dot == end) {
    norm_exp = end - start;
    for (i = end - 1; start <= i; --i) {
      if (num[i] != '0') {
        n = i + 1 - start;
        end = i + 1;
        break;
      }
    }
  } else {
    n = end - start - 1;
    norm_exp = dot - start;
  }
  if ((orig_exp < 0 && (norm_exp < LLONG_MIN - orig_exp || norm_exp - n < LLONG_MIN - orig_exp)) ||
      (orig_exp > 0 && (LLONG_MAX - orig_exp < norm_exp || LLONG_MAX - orig_exp < norm_exp - n))) {
    return std::string(input);  // the exponent would overflow
  }
  norm_exp += orig_exp;
  long long int_exp = norm_exp - n;
  int len_int_exp = DecimalLength(int_exp);
  int len_norm_exp = DecimalLength(norm_exp);

  auto write_exponent = [&](long long exp, int digits) {
    for (long k = end + digits - 1; end <= k; --k) {
      long long d = exp % 10;
      num[k] = static_cast<char>('0' + (d < 0 ? -d : d));
      exp /= 10;
    }
    end += digits;
  };

  if (n <= norm_exp) {
    // An integer: trailing zeros become an exponent when that is shorter.
    if (dot < end) {
      if (dot == start) {
        start = end - n;
      } else if (dot - start < end - dot - 1) {
        CopyWithin(num, len, start + 1, start, dot);
        ++start;
      } else {
        CopyWithin(num, len, dot, dot + 1, end);
        --end;
      }
    }
    if (n + 3 <= norm_exp) {
      num[end++] = 'e';
      write_exponent(int_exp, len_int_exp);
    } else if (n + 2 == norm_exp) {
      num[end] = '0';
      num[end + 1] = '0';
      end += 2;
    } else if (n + 1 == norm_exp) {
      num[end++] = '0';
    }
  } else if (norm_exp < -3 && len_norm_exp < len_int_exp && dot < end) {
    // A small fraction: ".0001" → "1e-4" style with the digits kept after a dot.
    long long zeroes = -norm_exp + orig_exp;
    if (zeroes > 0) {
      CopyWithin(num, len, start + 1, start + 1 + static_cast<long>(zeroes), end);
      end -= static_cast<long>(zeroes);
    } else if (zeroes < 0) {
      CopyWithin(num, len, start + 1, start, dot);
      num[start] = '.';
    }
    num[end] = 'e';
    num[end + 1] = '-';
    end += 2;
    write_exponent(norm_exp, len_norm_exp);
  } else if (-len_int_exp - 1 <= norm_exp) {
    // A plain decimal: the dot moves to where the exponent puts it.
    long long zeroes = -norm_exp;
    if (zeroes > 0) {
      long new_dot = end - n - static_cast<long>(zeroes) - 1;
      if (new_dot != dot) {
        long d = start - new_dot;
        if (d > 0) {
          if (dot < end) {
            CopyWithin(num, len, dot + 1 + d, dot + 1, end);
            if (start < dot) CopyWithin(num, len, start + d + 1, start, dot);
          } else if (start < dot) {
            CopyWithin(num, len, start + d, start, dot);
          }
          new_dot = start;
          end += d;
        } else {
          start += -d;
        }
        num[new_dot] = '.';
        for (long k = 0; k < zeroes; ++k) num[new_dot + 1 + k] = '0';
      }
    } else {
      if (dot == start) {
        dot = end - n - 1;
        start = dot;
      } else if (end <= dot) {
        dot = end;
        ++end;
      }
      long new_dot = start + static_cast<long>(norm_exp);
      if (dot < new_dot) {
        CopyWithin(num, len, dot, dot + 1, new_dot + 1);
      } else if (new_dot < dot) {
        CopyWithin(num, len, new_dot + 1, new_dot, dot);
      }
      num[new_dot] = '.';
    }
  } else {
    // A fraction written with a negative exponent on its significant digits.
    long new_end = end;
    if (dot == start) {
      new_end = start + n;
    } else {
      --new_end;
    }
    new_end += 2 + len_int_exp;
    long long exp = int_exp;
    int len_exp = len_int_exp;
    if (new_end < len) {
      if (dot < end) {
        if (dot == start) {
          CopyWithin(num, len, start, end - n, end);
          end = start + n;
        } else {
          CopyWithin(num, len, dot, dot + 1, end);
          --end;
        }
      }
    } else {
      exp = orig_exp;
      len_exp = orig_exp <= -10 || orig_exp >= 10 ? DecimalLength(orig_exp) : 1;
    }
    num[end] = 'e';
    num[end + 1] = '-';
    end += 2;
    write_exponent(exp, len_exp);
  }

  if (neg) num[--start] = '-';
  return finish(start, end);
}

size_t NumberPrefixLength(std::string_view s) {
  size_t i = 0;
  if (s.empty()) return 0;
  if (s[0] == '+' || s[0] == '-') {
    if (++i >= s.size()) return 0;
  }
  bool first_digit = IsAsciiDigit(s[i]);
  while (i < s.size() && IsAsciiDigit(s[i])) ++i;
  if (i < s.size() && s[i] == '.') {
    ++i;
    if (i < s.size() && IsAsciiDigit(s[i])) {
      while (i < s.size() && IsAsciiDigit(s[i])) ++i;
    } else if (first_digit) {
      return i - 1;  // the dot starts the next number
    } else {
      return 0;
    }
  } else if (!first_digit) {
    return 0;
  }
  size_t before_exponent = i;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    if (i >= s.size() || !IsAsciiDigit(s[i])) return before_exponent;
    while (i < s.size() && IsAsciiDigit(s[i])) ++i;
  }
  return i;
}

}  // namespace kiln::minify
