#include "minify/html_viewport.h"

#include <cstdint>
#include <cstdlib>

namespace kiln::minify {
namespace {

std::string Digits(int64_t v) { return std::to_string(v < 0 ? -v : v); }

}  // namespace

std::string ShortestNumber(std::string_view num) {
  if (num.size() <= 1) return std::string(num);
  bool neg = num[0] == '-';
  size_t start = (num[0] == '+' || num[0] == '-') ? 1 : 0;
  size_t end = num.size();
  int64_t exp = 0;
  size_t e = num.find_first_of("eE", start);
  if (e != std::string_view::npos) {
    std::string_view digits = num.substr(e + 1);
    if (!digits.empty() && digits[0] == '+') digits.remove_prefix(1);
    if (digits.empty() || digits.size() > 18) return std::string(num);
    exp = std::strtoll(std::string(digits).c_str(), nullptr, 10);
    end = e;
  }
  std::string_view mantissa = num.substr(start, end - start);
  size_t dot = mantissa.find('.');
  std::string int_part(mantissa.substr(0, dot));
  std::string frac_part(dot == std::string_view::npos ? "" : mantissa.substr(dot + 1));
  // All digits, and the exponent that makes them 0.DIGITS × 10^norm_exp.
  std::string all = int_part + frac_part;
  int64_t norm_exp = static_cast<int64_t>(int_part.size()) + exp;
  size_t first = all.find_first_not_of('0');
  if (first == std::string::npos) return "0";
  norm_exp -= static_cast<int64_t>(first);
  all.erase(0, first);
  all.erase(all.find_last_not_of('0') + 1);
  const int64_t n = static_cast<int64_t>(all.size());
  const int64_t int_exp = norm_exp - n;
  const int64_t len_int_exp = static_cast<int64_t>(Digits(int_exp).size());
  const int64_t len_norm_exp = static_cast<int64_t>(Digits(norm_exp).size());
  bool has_fraction = !frac_part.empty() && frac_part.find_first_not_of('0') != std::string::npos;

  std::string out;
  if (n <= norm_exp) {
    out = all;
    if (n + 3 <= norm_exp) {
      out += "e" + std::to_string(int_exp);
    } else {
      out.append(static_cast<size_t>(norm_exp - n), '0');
    }
  } else if (norm_exp < -3 && len_norm_exp < len_int_exp && has_fraction) {
    out = "." + all + "e-" + Digits(norm_exp);
  } else if (-len_int_exp - 1 <= norm_exp) {
    if (norm_exp <= 0) {
      out = "." + std::string(static_cast<size_t>(-norm_exp), '0') + all;
    } else {
      out = all.substr(0, static_cast<size_t>(norm_exp)) + "." +
            all.substr(static_cast<size_t>(norm_exp));
    }
  } else {
    out = all + "e-" + Digits(int_exp);
  }
  return neg ? "-" + out : out;
}

std::string MinifyViewport(std::string_view content) {
  std::string v;
  for (char c : content) {
    if (c != ' ') v.push_back(c);
  }
  for (size_t i = 0; i < v.size(); ++i) {
    if (v[i] != '=' || i + 2 >= v.size()) continue;
    ++i;
    size_t n = NumberPrefixLength(std::string_view(v).substr(i));
    if (n > 0) {
      std::string shortest = ShortestNumber(std::string_view(v).substr(i, n));
      if (shortest.size() < n) v.replace(i, n, shortest);
      i += shortest.size();
    }
    --i;
  }
  return v;
}

}  // namespace kiln::minify
