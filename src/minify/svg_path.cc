#include "minify/svg_path.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>

#include "minify/number.h"

namespace kiln::minify {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool IsPathCommand(char c) {
  switch (c) {
    case 'M':
    case 'm':
    case 'L':
    case 'l':
    case 'H':
    case 'h':
    case 'V':
    case 'v':
    case 'Q':
    case 'q':
    case 'T':
    case 't':
    case 'C':
    case 'c':
    case 'S':
    case 's':
    case 'A':
    case 'a':
    case 'Z':
    case 'z':
      return true;
    default:
      return false;
  }
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// 10^n as Go's math.Pow10 computes it (from two table entries, so not always correctly
// rounded).
double Pow10(long n) {
  static const double kSmall[32] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                    1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                    1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23,
                                    1e24, 1e25, 1e26, 1e27, 1e28, 1e29, 1e30, 1e31};
  static const double kPos32[10] = {1e0,   1e32,  1e64,  1e96,  1e128,
                                    1e160, 1e192, 1e224, 1e256, 1e288};
  static const double kNeg32[11] = {1e-0,   1e-32,  1e-64,  1e-96,  1e-128, 1e-160,
                                    1e-192, 1e-224, 1e-256, 1e-288, 1e-320};
  if (0 <= n && n <= 308) return kPos32[n / 32] * kSmall[n % 32];
  if (-323 <= n && n <= 0) return kNeg32[-n / 32] / kSmall[-n % 32];
  return n > 0 ? std::numeric_limits<double>::infinity() : 0.0;
}

// The fast, not always correctly rounded float parser path data numbers go through upstream.
double ParseCoordinate(std::string_view b) {
  size_t i = 0;
  bool neg = false;
  if (i < b.size() && (b[i] == '+' || b[i] == '-')) {
    neg = b[i] == '-';
    ++i;
  }
  size_t start = i;
  long dot = -1;
  long trunk = -1;
  uint64_t n = 0;
  for (; i < b.size(); ++i) {
    char c = b[i];
    if (IsDigit(c)) {
      if (trunk == -1) {
        if (n > UINT64_MAX / 10) {
          trunk = static_cast<long>(i);
        } else {
          n = n * 10 + static_cast<uint64_t>(c - '0');
        }
      }
    } else if (dot == -1 && c == '.') {
      dot = static_cast<long>(i);
    } else {
      break;
    }
  }
  if (i == start || (i == start + 1 && dot == static_cast<long>(start))) return 0.0;
  double f = static_cast<double>(n);
  if (neg) f = -f;
  long long mant_exp = 0;
  if (dot != -1) {
    if (trunk == -1) trunk = static_cast<long>(i);
    mant_exp = trunk - dot - 1;
  } else if (trunk != -1) {
    mant_exp = trunk - static_cast<long>(i);
  }
  long long exp_exp = 0;
  if (i < b.size() && (b[i] == 'e' || b[i] == 'E')) {
    size_t k = i + 1;
    bool exp_neg = false;
    if (k < b.size() && (b[k] == '+' || b[k] == '-')) {
      exp_neg = b[k] == '-';
      ++k;
    }
    size_t digits = k;
    uint64_t e = 0;
    while (k < b.size() && IsDigit(b[k]) && e <= UINT64_MAX / 10) e = e * 10 + (b[k++] - '0');
    if (k > digits && e <= static_cast<uint64_t>(INT64_MAX)) {
      exp_exp = exp_neg ? -static_cast<long long>(e) : static_cast<long long>(e);
    }
  }
  long long exp = exp_exp - mant_exp;
  static const double kPow10[23] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                    1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                    1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  if (exp == 0) return f;
  if (exp > 0 && exp <= 15 + 22) {
    if (exp > 22) {
      f *= kPow10[exp - 22];
      exp = 22;
    }
    if (f <= 1e15 && f >= -1e15) return f * kPow10[exp];
  } else if (exp < 0 && exp >= -22) {
    return f / kPow10[-exp];
  }
  f *= Pow10(static_cast<long>(-mant_exp));
  return f * Pow10(static_cast<long>(exp_exp));
}

// Go's strconv.FormatFloat(f, 'g', -1, 64): the shortest digits that round-trip, in exponent
// form when the exponent is below -4 or at least 6.
std::string FormatShortest(double f) {
  if (std::isnan(f)) return "NaN";
  if (std::isinf(f)) return f > 0 ? "+Inf" : "-Inf";
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, f, std::chars_format::scientific);
  std::string_view sci(buf, res.ptr - buf);
  bool neg = sci[0] == '-';
  if (neg) sci.remove_prefix(1);
  size_t e = sci.find('e');
  std::string digits;
  for (char c : sci.substr(0, e)) {
    if (c != '.') digits += c;
  }
  int exp = std::atoi(std::string(sci.substr(e + 1)).c_str());
  std::string out = neg ? "-" : "";
  if (f == 0) {
    out += "0";
    return out;
  }
  if (exp < -4 || exp >= 6) {
    out += digits[0];
    if (digits.size() > 1) out += "." + digits.substr(1);
    out += exp < 0 ? "e-" : "e+";
    int a = exp < 0 ? -exp : exp;
    if (a < 10) out += '0';
    out += std::to_string(a);
    return out;
  }
  long dp = exp + 1;  // digits before the dot
  long nd = static_cast<long>(digits.size());
  if (dp <= 0) {
    out += "0." + std::string(-dp, '0') + digits;
  } else if (dp >= nd) {
    out += digits + std::string(dp - nd, '0');
  } else {
    out += digits.substr(0, dp) + "." + digits.substr(dp);
  }
  return out;
}

struct PathState {
  char cmd = 0;
  bool prev_digit = false;
  bool prev_digit_is_int = false;
  bool prev_flag = false;

  // Appends a number, with a separator only where the previous one would absorb it.
  // `coord` may be rewritten ("100" → "1e2") as upstream does in its buffer.
  void CopyNumber(std::string* out, std::string& coord) {
    if (prev_digit && (IsDigit(coord[0]) || (coord[0] == '.' && prev_digit_is_int))) {
      if (coord[0] == '0' && !prev_digit_is_int) {
        *out += ".0";  // upstream's shortcut, which lets the next number drop its space
        return;
      }
      *out += ' ';
    }
    prev_digit = true;
    prev_digit_is_int = true;
    size_t n = coord.size();
    if (n > 2 && coord[n - 2] == '0' && coord[n - 1] == '0') {
      coord[n - 2] = 'e';
      coord[n - 1] = '2';
      prev_digit_is_int = false;
    } else if (coord.find_first_of(".eE") != std::string::npos) {
      prev_digit_is_int = false;
    }
    *out += coord;
    prev_flag = false;
  }

  void CopyFlag(std::string* out, bool flag) {
    if (!prev_flag) *out += ' ';
    *out += flag ? '1' : '0';
    prev_flag = true;
    prev_digit = false;
    prev_digit_is_int = false;
  }
};

class PathShortener {
 public:
  explicit PathShortener(std::string* b) : b_(*b) {}
  size_t Run();

 private:
  struct Coord {
    size_t pos;
    size_t len;
  };

  size_t CopyInstruction(size_t j, char cmd);
  PathState CurrentForm(char cmd, const Coord* coords, size_t count);
  PathState AlternateForm(char cmd, const double* floats, size_t count, double x, double y);
  // Starts a segment's text in *out: the command letter unless the previous one carries over
  // (an implicit lineto after a moveto counts as the same command).
  PathState Begin(char cmd, std::string* out) const {
    PathState state = state_;
    out->clear();
    if (cmd != state.cmd &&
        !((state.cmd == 'M' && cmd == 'L') || (state.cmd == 'm' && cmd == 'l'))) {
      *out += cmd;
      state.cmd = cmd;
      state.prev_digit = false;
      state.prev_digit_is_int = false;
    }
    return state;
  }

  std::string& b_;
  double x_ = 0, y_ = 0, x0_ = 0, y0_ = 0;
  double cx_ = kNaN, cy_ = kNaN, qx_ = kNaN, qy_ = kNaN;
  std::vector<Coord> coords_;
  std::vector<double> floats_;
  PathState state_;
  std::string cur_;
  std::string alt_;
};

size_t PathShortener::Run() {
  char cmd = 0;
  size_t j = 0;
  for (size_t i = 0; i < b_.size(); ++i) {
    char c = b_[i];
    if (c == ' ' || c == ',' || c == '\n' || c == '\r' || c == '\t') continue;
    if (IsPathCommand(c) && (cmd == 0 || cmd != c || c == 'M' || c == 'm')) {
      if (cmd != 0) j += CopyInstruction(j, cmd);
      cmd = c;
      coords_.clear();
      floats_.clear();
    } else if ((cmd == 'A' || cmd == 'a') && (floats_.size() % 7 == 3 || floats_.size() % 7 == 4)) {
      if (c == '1' || c == '0') {
        coords_.push_back({i, 1});
        floats_.push_back(c == '1' ? 1.0 : 0.0);
      } else {
        cmd = 0;  // a malformed arc flag: the path is left alone
      }
    } else if (size_t n = NumberPrefixLength(std::string_view(b_).substr(i)); n > 0) {
      coords_.push_back({i, n});
      floats_.push_back(ParseCoordinate(std::string_view(b_).substr(i, n)));
      i += n - 1;
    }
  }
  if (cmd == 0) return std::string::npos;
  j += CopyInstruction(j, cmd);
  return j;
}

size_t PathShortener::CopyInstruction(size_t j0, char cmd) {
  size_t n = coords_.size();
  if (n == 0) {
    if (cmd == 'Z' || cmd == 'z') {
      x_ = x0_;
      y_ = y0_;
      b_[j0] = 'z';
      return 1;
    }
    return 0;
  }
  bool rel = cmd >= 'a';
  char upper = rel ? static_cast<char>(cmd - 'a' + 'A') : cmd;
  size_t di;
  if ((upper == 'M' || upper == 'L' || upper == 'T') && n % 2 == 0) {
    di = 2;
    if (upper == 'M') state_.cmd = 0;
  } else if (upper == 'H' || upper == 'V') {
    di = 1;
  } else if ((upper == 'S' || upper == 'Q') && n % 4 == 0) {
    di = 4;
  } else if (upper == 'C' && n % 6 == 0) {
    di = 6;
  } else if (upper == 'A' && n % 7 == 0) {
    di = 7;
  } else {
    return 0;
  }
  size_t j = 0;
  char orig = cmd;
  for (size_t i = 0; i < n; i += di) {
    if (i > 0 && (orig == 'M' || orig == 'm')) orig = static_cast<char>('L' + (orig - 'M'));
    cmd = orig;
    const Coord* coords = &coords_[i];
    const double* fl = &floats_[i];
    size_t count = di;
    double ax, ay;
    if (cmd == 'H' || cmd == 'h') {
      ax = fl[di - 1] + (rel ? x_ : 0);
      ay = y_;
    } else if (cmd == 'V' || cmd == 'v') {
      ax = x_;
      ay = fl[di - 1] + (rel ? y_ : 0);
    } else {
      ax = fl[di - 2];
      ay = fl[di - 1];
      if (rel) {
        ax += x_;
        ay += y_;
      }
    }
    auto keep_last = [&](size_t k) {
      coords += count - k;
      fl += count - k;
      count = k;
    };
    if (cmd == 'C' || cmd == 'c' || cmd == 'S' || cmd == 's') {
      if (std::isnan(cx_)) {
        cx_ = x_;
        cy_ = y_;
      } else {
        cx_ = 2 * x_ - cx_;
        cy_ = 2 * y_ - cy_;
      }
      double cp1x, cp1y;
      double cp2x = fl[count - 4], cp2y = fl[count - 3];
      if (rel) {
        cp2x += x_;
        cp2y += y_;
      }
      if (cmd == 'C' || cmd == 'c') {
        cp1x = fl[count - 6];
        cp1y = fl[count - 5];
        if (rel) {
          cp1x += x_;
          cp1y += y_;
        }
        if (cp1x == cx_ && cp1y == cy_) {
          cmd = rel ? 's' : 'S';
          keep_last(count - 2);
        }
      } else {
        cp1x = cx_;
        cp1y = cy_;
      }
      if ((cmd == 'C' || cmd == 'c' || (i == 0 && i + di >= n)) &&
          ((cp1x == x_ && cp1y == y_) || (cp1x == ax && cp1y == ay)) &&
          ((cp2x == x_ && cp2y == y_) || (cp2x == ax && cp2y == ay))) {
        cmd = rel ? 'l' : 'L';
        keep_last(2);
        cp2x = kNaN;
        cp2y = kNaN;
      }
      cx_ = cp2x;
      cy_ = cp2y;
    } else {
      cx_ = kNaN;
      cy_ = kNaN;
    }
    if (cmd == 'Q' || cmd == 'q' || cmd == 'T' || cmd == 't') {
      if (std::isnan(qx_)) {
        qx_ = x_;
        qy_ = y_;
      } else {
        qx_ = 2 * x_ - qx_;
        qy_ = 2 * y_ - qy_;
      }
      double cpx, cpy;
      if (cmd == 'Q' || cmd == 'q') {
        cpx = fl[count - 4];
        cpy = fl[count - 3];
        if (rel) {
          cpx += x_;
          cpy += y_;
        }
        if (cpx == qx_ && cpy == qy_) {
          cmd = rel ? 't' : 'T';
          keep_last(count - 2);
        }
      } else {
        cpx = qx_;
        cpy = qy_;
      }
      if ((cmd == 'Q' || cmd == 'q' || (i == 0 && i + di >= n)) &&
          ((cpx == x_ && cpy == y_) || (cpx == ax && cpy == ay))) {
        cmd = rel ? 'l' : 'L';
        keep_last(2);
        cpx = kNaN;
        cpy = kNaN;
      }
      qx_ = cpx;
      qy_ = cpy;
    } else {
      qx_ = kNaN;
      qy_ = kNaN;
    }
    if (cmd == 'L' || cmd == 'l') {
      if (ax == x_ && ay == y_) continue;
      if (ax == x_) {
        cmd = rel ? 'v' : 'V';
        keep_last(count - 1);
      } else if (ay == y_) {
        cmd = rel ? 'h' : 'H';
        count = 1;
      }
    }
    PathState cur = CurrentForm(cmd, coords, count);
    PathState alt = rel ? AlternateForm(static_cast<char>(cmd - 'a' + 'A'), fl, count, x_, y_)
                        : AlternateForm(static_cast<char>(cmd - 'A' + 'a'), fl, count, -x_, -y_);
    const std::string& chosen = alt_.size() < cur_.size() ? alt_ : cur_;
    state_ = alt_.size() < cur_.size() ? alt : cur;
    // Written over the input as upstream does, never past its end.
    size_t at = j0 + j;
    size_t w = at < b_.size() ? std::min(chosen.size(), b_.size() - at) : 0;
    std::memcpy(&b_[0] + at, chosen.data(), w);
    j += w;
    x_ = ax;
    y_ = ay;
    if (i == 0 && (orig == 'M' || orig == 'm')) {
      x0_ = x_;
      y0_ = y_;
    }
  }
  return j;
}

PathState PathShortener::CurrentForm(char cmd, const Coord* coords, size_t count) {
  PathState state = Begin(cmd, &cur_);
  for (size_t i = 0; i < count; ++i) {
    const Coord& c = coords[i];
    if ((cmd == 'A' || cmd == 'a') && (i % 7 == 3 || i % 7 == 4)) {
      state.CopyFlag(&cur_, b_[c.pos] == '1');
      continue;
    }
    // The number is shortened inside the path text itself, as upstream does.
    std::string in_place;
    size_t start;
    std::string coord = ShortNumber(std::string_view(b_).substr(c.pos, c.len), &in_place, &start);
    b_.replace(c.pos, c.len, in_place);
    state.CopyNumber(&cur_, coord);
    if (coord.size() > 2 && start + coord.size() <= c.len) {
      b_.replace(c.pos + start + coord.size() - 2, 2, coord.substr(coord.size() - 2));
    }
  }
  return state;
}

PathState PathShortener::AlternateForm(char cmd, const double* floats, size_t count, double x,
                                       double y) {
  PathState state = Begin(cmd, &alt_);
  char upper = cmd >= 'a' ? static_cast<char>(cmd - 'a' + 'A') : cmd;
  for (size_t i = 0; i < count; ++i) {
    double f = floats[i];
    if (upper == 'L' || upper == 'C' || upper == 'S' || upper == 'Q' || upper == 'T' ||
        upper == 'M') {
      f += i % 2 == 0 ? x : y;
    } else if (upper == 'H') {
      f += x;
    } else if (upper == 'V') {
      f += y;
    } else if (upper == 'A') {
      if (i % 7 == 5) {
        f += x;
      } else if (i % 7 == 6) {
        f += y;
      } else if (i % 7 == 3 || i % 7 == 4) {
        state.CopyFlag(&alt_, f == 1.0);
        continue;
      }
    }
    std::string coord = ShortNumber(FormatShortest(f), nullptr, nullptr, 15);
    state.CopyNumber(&alt_, coord);
  }
  return state;
}

}  // namespace

std::string ShortenSvgPath(std::string* path) {
  if (path->size() > 100000) return *path;
  size_t end = PathShortener(path).Run();
  if (end == std::string::npos) return *path;
  return path->substr(0, end);
}

}  // namespace kiln::minify
