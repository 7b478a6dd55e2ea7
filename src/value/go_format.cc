#include "value/go_format.h"

#include <charconv>
#include <cmath>
#include <cstring>

#include "base/utf8.h"
#include "value/time_format.h"

namespace kiln {

namespace {

constexpr std::string_view kLowerHex = "0123456789abcdefx";
constexpr std::string_view kUpperHex = "0123456789ABCDEFX";

// The flags, width and precision of one verb.
struct Spec {
  bool plus = false, minus = false, sharp = false, space = false, zero = false;
  bool plus_v = false, sharp_v = false;  // %+v and %#v
  bool wid_present = false, prec_present = false;
  int wid = 0, prec = 0;
};

bool IsStringValue(const Value& v) { return v.kind() == ValueKind::kString; }

// The name a time.Month or time.Weekday prints as through its String method; false for
// other ints.
bool NamedIntString(const Value& v, std::string* s) {
  if (v.kind() != ValueKind::kInt) return false;
  switch (v.int_type()) {
    case IntType::kMonth:
      *s = GoMonthString(v.AsInt());
      return true;
    case IntType::kWeekday:
      *s = GoWeekdayString(v.AsInt());
      return true;
    case IntType::kInt:
    case IntType::kInt64:
    case IntType::kUint64:
      break;
  }
  return false;
}

// Objects print through their String method when they have one, as Go's Stringer.
bool ObjectString(const Value& v, std::string* s) {
  if (v.kind() != ValueKind::kObject) return false;
  StatusOr<Value> r = v.AsObject().Member("String", {});
  if (!r.ok() || !r->is_string()) return false;
  *s = r->AsString();
  return true;
}

class Printer {
 public:
  explicit Printer(std::string* out) : out_(out) {}

  Spec& spec() { return f_; }
  void Reset() { f_ = Spec(); }

  void PrintArg(const Value& v, char32_t verb, int depth) {
    if (v.is_null()) {
      if (depth > 0) {
        Pad(f_.sharp_v ? "interface {}(nil)" : "<nil>");
      } else if (verb == 'T' || verb == 'v') {
        Pad("<nil>");
      } else {
        BadVerb(v, verb);
      }
      return;
    }
    if (verb == 'T') {
      FmtS(GoTypeName(v));
      return;
    }
    switch (v.kind()) {
      case ValueKind::kBool:
        if (verb == 't' || verb == 'v') {
          Pad(v.AsBool() ? "true" : "false");
        } else {
          BadVerb(v, verb);
        }
        return;
      case ValueKind::kInt: {
        // Go consults a Stringer for these verbs only; %d and the rest see the number.
        std::string s;
        bool stringer_verb =
            verb == 'v' || verb == 's' || verb == 'x' || verb == 'X' || verb == 'q';
        if (!f_.sharp_v && stringer_verb && NamedIntString(v, &s)) {
          FmtString(v, s, verb);
        } else {
          FmtInteger(v, verb);
        }
        return;
      }
      case ValueKind::kFloat:
        FmtFloatVerb(v, verb);
        return;
      case ValueKind::kString:
        FmtString(v, v.AsString(), verb);
        return;
      case ValueKind::kTime: {
        if (f_.sharp_v) break;
        std::string s = GoTimeString(v.AsTime());
        if (verb == 'v' || verb == 's' || verb == 'x' || verb == 'X' || verb == 'q') {
          FmtString(v, s, verb);
        } else {
          BadVerb(v, verb);
        }
        return;
      }
      case ValueKind::kList:
        PrintList(v.AsList(), verb, depth);
        return;
      case ValueKind::kMap:
        PrintMap(v, verb, depth);
        return;
      case ValueKind::kObject: {
        std::string s;
        if (!f_.sharp_v && ObjectString(v, &s)) {
          FmtString(v, s, verb);
        } else {
          Pad("&{" + std::string(v.AsObject().TypeName()) + "}");
        }
        return;
      }
      case ValueKind::kNull:
        break;
    }
    Pad(GoTypeName(v) + "{}");
  }

  void BadVerb(const Value& v, char32_t verb) {
    out_->append("%!");
    AppendRune(out_, verb);
    out_->push_back('(');
    if (v.is_null()) {
      out_->append("<nil>");
    } else {
      out_->append(GoTypeName(v));
      out_->push_back('=');
      PrintArg(v, 'v', 0);
    }
    out_->push_back(')');
  }

  void FmtS(std::string_view s) { Pad(Truncate(s)); }

 private:
  void PrintList(const ValueList& list, char32_t verb, int depth) {
    if (f_.sharp_v) {
      out_->append("[]interface {}{");
      for (size_t i = 0; i < list.size(); ++i) {
        if (i > 0) out_->append(", ");
        PrintArg(list[i], verb, depth + 1);
      }
      out_->push_back('}');
      return;
    }
    out_->push_back('[');
    for (size_t i = 0; i < list.size(); ++i) {
      if (i > 0) out_->push_back(' ');
      PrintArg(list[i], verb, depth + 1);
    }
    out_->push_back(']');
  }

  void PrintMap(const Value& v, char32_t verb, int depth) {
    const ValueMap& map = v.AsMap();
    if (f_.sharp_v) {
      out_->append(GoTypeName(v)).push_back('{');
    } else {
      out_->append("map[");
    }
    bool first = true;
    for (const auto& [k, val] : map) {
      if (!first) out_->append(f_.sharp_v ? ", " : " ");
      first = false;
      PrintArg(Value::String(k), verb, depth + 1);
      out_->push_back(':');
      PrintArg(val, verb, depth + 1);
    }
    out_->push_back(f_.sharp_v ? '}' : ']');
  }

  std::string_view Truncate(std::string_view s) {
    if (!f_.prec_present) return s;
    size_t i = 0;
    for (int n = 0; i < s.size() && n < f_.prec; ++n) {
      int w;
      DecodeRune(s, i, &w);
      i += w;
    }
    return s.substr(0, i);
  }

  void WritePadding(int n) {
    if (n <= 0) return;
    out_->append(static_cast<size_t>(n), f_.zero ? '0' : ' ');
  }

  void Pad(std::string_view s) {
    if (!f_.wid_present || f_.wid == 0) {
      out_->append(s);
      return;
    }
    int width = f_.wid - static_cast<int>(RuneCount(s));
    if (!f_.minus) {
      WritePadding(width);
      out_->append(s);
    } else {
      out_->append(s);
      bool zero = f_.zero;
      f_.zero = false;
      WritePadding(width);
      f_.zero = zero;
    }
  }

  void FmtString(const Value& v, std::string_view s, char32_t verb) {
    switch (verb) {
      case 'v':
        if (f_.sharp_v) {
          FmtQ(s);
        } else {
          FmtS(s);
        }
        return;
      case 's':
        FmtS(s);
        return;
      case 'x':
        FmtSx(s, kLowerHex);
        return;
      case 'X':
        FmtSx(s, kUpperHex);
        return;
      case 'q':
        FmtQ(s);
        return;
      default:
        BadVerb(v, verb);
    }
  }

  void FmtSx(std::string_view s, std::string_view digits) {
    size_t length = s.size();
    if (f_.prec_present && static_cast<size_t>(f_.prec) < length) length = f_.prec;
    std::string buf;
    for (size_t i = 0; i < length; ++i) {
      if (f_.space && i > 0) buf.push_back(' ');
      if (f_.sharp && (f_.space || i == 0)) {
        buf.push_back('0');
        buf.push_back(digits[16]);
      }
      unsigned char c = static_cast<unsigned char>(s[i]);
      buf.push_back(digits[c >> 4]);
      buf.push_back(digits[c & 0xF]);
    }
    bool zero = f_.zero;
    f_.zero = false;
    Pad(buf);
    f_.zero = zero;
  }

  void FmtQ(std::string_view s) {
    s = Truncate(s);
    if (f_.sharp && s.find('`') == std::string_view::npos) {
      bool can = true;
      for (size_t i = 0; i < s.size();) {
        int w;
        char32_t r = DecodeRune(s, i, &w);
        if ((r == kRuneError && w == 1) || (r < 0x20 && r != '\t') || r == 0x7F || r == 0xFEFF) {
          can = false;
        }
        i += w;
      }
      if (can) {
        Pad("`" + std::string(s) + "`");
        return;
      }
    }
    std::string q;
    AppendGoQuote(&q, s, f_.plus);
    Pad(q);
  }

  void FmtInteger(const Value& v, char32_t verb) {
    int64_t i = v.AsInt();
    // A uint64 (math.Counter and arithmetic on it) wraps instead of going negative.
    const bool is_signed = v.int_type() != IntType::kUint64;
    switch (verb) {
      case 'v':
      case 'd':
        Integer(static_cast<uint64_t>(i), is_signed, 10, verb, kLowerHex);
        return;
      case 'b':
        Integer(static_cast<uint64_t>(i), is_signed, 2, verb, kLowerHex);
        return;
      case 'o':
      case 'O':
        Integer(static_cast<uint64_t>(i), is_signed, 8, verb, kLowerHex);
        return;
      case 'x':
        Integer(static_cast<uint64_t>(i), is_signed, 16, verb, kLowerHex);
        return;
      case 'X':
        Integer(static_cast<uint64_t>(i), is_signed, 16, verb, kUpperHex);
        return;
      case 'c': {
        std::string s;
        AppendRune(&s, ToRune(i));
        Pad(s);
        return;
      }
      case 'q': {
        std::string s;
        AppendQuotedRune(&s, ToRune(i), f_.plus);
        Pad(s);
        return;
      }
      case 'U': {
        char buf[32];
        std::snprintf(buf, sizeof buf, "U+%04llX", static_cast<unsigned long long>(i));
        std::string s = buf;
        if (f_.sharp && i >= 0 && i <= 0x10FFFF && IsPrintRune(static_cast<char32_t>(i))) {
          s += " '";
          AppendRune(&s, static_cast<char32_t>(i));
          s += "'";
        }
        bool zero = f_.zero;
        f_.zero = false;
        Pad(s);
        f_.zero = zero;
        return;
      }
      default:
        BadVerb(v, verb);
    }
  }

  static char32_t ToRune(int64_t i) {
    if (i < 0 || i > 0x10FFFF) return kRuneError;
    return static_cast<char32_t>(i);
  }

  void Integer(uint64_t u, bool is_signed, int base, char32_t verb, std::string_view digits) {
    bool negative = is_signed && static_cast<int64_t>(u) < 0;
    if (negative) u = -u;
    int prec = 0;
    if (f_.prec_present) {
      prec = f_.prec;
      if (prec == 0 && u == 0) {
        bool zero = f_.zero;
        f_.zero = false;
        WritePadding(f_.wid);
        f_.zero = zero;
        return;
      }
    } else if (f_.zero && f_.wid_present) {
      prec = f_.wid;
      if (negative || f_.plus || f_.space) --prec;
    }
    std::string rev;
    do {
      rev.push_back(digits[u % base]);
      u /= base;
    } while (u > 0);
    while (static_cast<int>(rev.size()) < prec) rev.push_back('0');
    if (f_.sharp) {
      if (base == 2) rev += "b0";
      if (base == 8 && rev.back() != '0') rev.push_back('0');
      if (base == 16) {
        rev.push_back(digits[16]);
        rev.push_back('0');
      }
    }
    if (verb == 'O') rev += "o0";
    if (negative) {
      rev.push_back('-');
    } else if (f_.plus) {
      rev.push_back('+');
    } else if (f_.space) {
      rev.push_back(' ');
    }
    std::string s(rev.rbegin(), rev.rend());
    bool zero = f_.zero;
    f_.zero = false;
    Pad(s);
    f_.zero = zero;
  }

  void FmtFloatVerb(const Value& v, char32_t verb) {
    double d = v.AsFloat();
    switch (verb) {
      case 'v':
        FmtFloat(d, 'g', -1);
        return;
      case 'b':
      case 'g':
      case 'G':
      case 'x':
      case 'X':
        FmtFloat(d, static_cast<char>(verb), -1);
        return;
      case 'f':
      case 'e':
      case 'E':
        FmtFloat(d, static_cast<char>(verb), 6);
        return;
      case 'F':
        FmtFloat(d, 'f', 6);
        return;
      default:
        BadVerb(v, verb);
    }
  }

  void FmtFloat(double v, char verb, int prec) {
    if (f_.prec_present) prec = f_.prec;
    std::string num = "+";
    AppendGoFloat(&num, v, verb, prec);
    if (num[1] == '-' || num[1] == '+') num.erase(0, 1);
    if (f_.space && num[0] == '+' && !f_.plus) num[0] = ' ';
    if (num[1] == 'I' || num[1] == 'N') {
      bool zero = f_.zero;
      f_.zero = false;
      if (num[1] == 'N' && !f_.space && !f_.plus) num.erase(0, 1);
      Pad(num);
      f_.zero = zero;
      return;
    }
    if (f_.sharp) {
      int digits = 0;
      if (verb == 'g' || verb == 'G' || verb == 'x') digits = prec == -1 ? 6 : prec;
      std::string tail;
      bool has_point = false, nonzero = false;
      for (size_t i = 1; i < num.size(); ++i) {
        char c = num[i];
        if (c == '.') {
          has_point = true;
        } else if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x')) {
          tail = num.substr(i);
          num.resize(i);
          break;
        } else {
          if (c != '0') nonzero = true;
          if (nonzero) --digits;
        }
      }
      if (!has_point) {
        if (num.size() == 2 && num[1] == '0') --digits;
        num.push_back('.');
      }
      for (; digits > 0; --digits) num.push_back('0');
      num += tail;
    }
    if (f_.plus || num[0] != '+') {
      if (f_.zero && f_.wid_present && f_.wid > static_cast<int>(num.size())) {
        out_->push_back(num[0]);
        WritePadding(f_.wid - static_cast<int>(num.size()));
        out_->append(num, 1);
        return;
      }
      Pad(num);
      return;
    }
    Pad(std::string_view(num).substr(1));
  }

  static void AppendQuotedRune(std::string* out, char32_t r, bool ascii_only);

  std::string* out_;
  Spec f_;
};

void AppendEscapedRune(std::string* out, char32_t r, char quote, bool ascii_only) {
  static constexpr char kHex[] = "0123456789abcdef";
  if (r == static_cast<char32_t>(quote) || r == '\\') {
    out->push_back('\\');
    out->push_back(static_cast<char>(r));
    return;
  }
  if (ascii_only ? (r < 0x7F && IsPrintRune(r)) : IsPrintRune(r)) {
    AppendRune(out, r);
    return;
  }
  switch (r) {
    case '\a':
      out->append("\\a");
      return;
    case '\b':
      out->append("\\b");
      return;
    case '\f':
      out->append("\\f");
      return;
    case '\n':
      out->append("\\n");
      return;
    case '\r':
      out->append("\\r");
      return;
    case '\t':
      out->append("\\t");
      return;
    case '\v':
      out->append("\\v");
      return;
  }
  if (r < ' ' || r == 0x7F) {
    out->append("\\x");
    out->push_back(kHex[r >> 4]);
    out->push_back(kHex[r & 0xF]);
  } else if (r < 0x10000) {
    out->append("\\u");
    for (int s = 12; s >= 0; s -= 4) out->push_back(kHex[(r >> s) & 0xF]);
  } else {
    out->append("\\U");
    for (int s = 28; s >= 0; s -= 4) out->push_back(kHex[(r >> s) & 0xF]);
  }
}

void Printer::AppendQuotedRune(std::string* out, char32_t r, bool ascii_only) {
  out->push_back('\'');
  AppendEscapedRune(out, r, '\'', ascii_only);
  out->push_back('\'');
}

// Splits the shortest round-trip digits of |f| (> 0) into digits and a decimal exponent
// such that f = 0.d1d2... * 10^dp.
void ShortestDigits(double f, std::string* digits, int* dp) {
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, f, std::chars_format::scientific);
  std::string_view s(buf, res.ptr - buf);
  size_t e = s.find('e');
  digits->clear();
  for (char c : s.substr(0, e)) {
    if (c != '.') digits->push_back(c);
  }
  int exp = 0;
  std::from_chars(s.data() + e + (s[e + 1] == '+' ? 2 : 1), s.data() + s.size(), exp);
  *dp = exp + 1;
  while (digits->size() > 1 && digits->back() == '0') digits->pop_back();
}

void AppendExp(std::string* out, char e, int exp) {
  out->push_back(e);
  out->push_back(exp < 0 ? '-' : '+');
  if (exp < 0) exp = -exp;
  if (exp < 10) out->push_back('0');
  out->append(std::to_string(exp));
}

}  // namespace

void AppendGoFloat(std::string* out, double f, char fmt, int prec) {
  if (std::isnan(f)) {
    out->append("NaN");
    return;
  }
  if (std::isinf(f)) {
    out->append(f > 0 ? "+Inf" : "-Inf");
    return;
  }
  if (std::signbit(f)) out->push_back('-');
  f = std::fabs(f);
  if (fmt == 'b') {
    // Go's %b: the binary mantissa as an integer and a power-of-two exponent.
    uint64_t bits;
    std::memcpy(&bits, &f, sizeof bits);
    uint64_t mant = bits & ((uint64_t{1} << 52) - 1);
    int exp = static_cast<int>((bits >> 52) & 0x7FF);
    if (exp == 0) {
      exp = -1074;
    } else {
      mant |= uint64_t{1} << 52;
      exp -= 1075;
    }
    out->append(std::to_string(mant));
    out->push_back('p');
    if (exp >= 0) out->push_back('+');
    out->append(std::to_string(exp));
    return;
  }
  char buf[400];
  if (fmt == 'x' || fmt == 'X') {
    auto res = prec < 0 ? std::to_chars(buf, buf + sizeof buf, f, std::chars_format::hex)
                        : std::to_chars(buf, buf + sizeof buf, f, std::chars_format::hex, prec);
    std::string_view s(buf, res.ptr - buf);
    size_t p = s.find('p');
    std::string mant(s.substr(0, p));
    int exp = 0;
    std::from_chars(s.data() + p + (s[p + 1] == '+' ? 2 : 1), s.data() + s.size(), exp);
    if (f == 0) exp = 0;
    std::string r = "0x" + mant;
    AppendExp(&r, 'p', exp);
    if (fmt == 'X') {
      for (char& c : r) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    out->append(r);
    return;
  }
  if (prec >= 0) {
    std::chars_format cf = fmt == 'f'                   ? std::chars_format::fixed
                           : (fmt == 'e' || fmt == 'E') ? std::chars_format::scientific
                                                        : std::chars_format::general;
    auto res = std::to_chars(buf, buf + sizeof buf, f, cf, prec);
    std::string s(buf, res.ptr - buf);
    if (fmt == 'E' || fmt == 'G') {
      for (char& c : s) c = c == 'e' ? 'E' : c;
    }
    out->append(s);
    return;
  }
  std::string digits;
  int dp = 1;
  if (f == 0) {
    digits = "0";
  } else {
    ShortestDigits(f, &digits, &dp);
  }
  int nd = static_cast<int>(digits.size());
  int exp = dp - 1;
  bool use_e = fmt == 'e' || fmt == 'E';
  // Go decides between the forms as if the precision were 6.
  if (fmt == 'g' || fmt == 'G') use_e = exp < -4 || exp >= 6;
  if (use_e) {
    out->push_back(digits[0]);
    if (nd > 1) {
      out->push_back('.');
      out->append(digits, 1);
    }
    AppendExp(out, (fmt == 'E' || fmt == 'G') ? 'E' : 'e', exp);
    return;
  }
  if (dp <= 0) {
    out->append("0.");
    out->append(static_cast<size_t>(-dp), '0');
    out->append(digits);
  } else if (dp >= nd) {
    out->append(digits);
    out->append(static_cast<size_t>(dp - nd), '0');
  } else {
    out->append(digits, 0, dp);
    out->push_back('.');
    out->append(digits, dp);
  }
}

void AppendGoQuote(std::string* out, std::string_view s, bool ascii_only) {
  out->push_back('"');
  for (size_t i = 0; i < s.size();) {
    int w;
    char32_t r = DecodeRune(s, i, &w);
    if (r == kRuneError && w == 1) {
      static constexpr char kHex[] = "0123456789abcdef";
      unsigned char c = static_cast<unsigned char>(s[i]);
      out->append("\\x");
      out->push_back(kHex[c >> 4]);
      out->push_back(kHex[c & 0xF]);
    } else {
      AppendEscapedRune(out, r, '"', ascii_only);
    }
    i += w;
  }
  out->push_back('"');
}

std::string GoTypeName(const Value& v) {
  switch (v.kind()) {
    case ValueKind::kNull:
      return "<nil>";
    case ValueKind::kString:
      switch (v.safe_kind()) {
        case SafeKind::kNone:
          return "string";
        case SafeKind::kHTML:
          return "template.HTML";
        case SafeKind::kHTMLAttr:
          return "template.HTMLAttr";
        case SafeKind::kCSS:
          return "template.CSS";
        case SafeKind::kJS:
          return "template.JS";
        case SafeKind::kJSStr:
          return "template.JSStr";
        case SafeKind::kURL:
          return "template.URL";
        case SafeKind::kSrcset:
          return "template.Srcset";
      }
      return "string";
    case ValueKind::kObject:
      return std::string(v.AsObject().TypeName());
    case ValueKind::kInt:
      switch (v.int_type()) {
        case IntType::kInt:
          return "int";
        case IntType::kInt64:
          return "int64";
        case IntType::kMonth:
          return "time.Month";
        case IntType::kWeekday:
          return "time.Weekday";
        case IntType::kUint64:
          return "uint64";
      }
      return "int";
    case ValueKind::kMap:
      return v.is_params() ? "maps.Params" : "map[string]interface {}";
    default:
      return ValueKindName(v.kind());
  }
}

void AppendGoValue(std::string* out, const Value& v) {
  switch (v.kind()) {
    case ValueKind::kString:
      out->append(v.AsString());
      return;
    case ValueKind::kInt: {
      if (std::string s; NamedIntString(v, &s)) {
        out->append(s);
        return;
      }
      char buf[24];
      auto res = v.int_type() == IntType::kUint64
                     ? std::to_chars(buf, buf + sizeof buf, static_cast<uint64_t>(v.AsInt()))
                     : std::to_chars(buf, buf + sizeof buf, v.AsInt());
      out->append(buf, res.ptr);
      return;
    }
    default: {
      Printer p(out);
      p.PrintArg(v, 'v', 0);
    }
  }
}

std::string GoValueString(const Value& v) {
  std::string s;
  AppendGoValue(&s, v);
  return s;
}

void AppendGoSprint(std::string* out, std::span<const Value> args) {
  bool prev_string = false;
  for (size_t i = 0; i < args.size(); ++i) {
    bool is_string = IsStringValue(args[i]);
    if (i > 0 && !is_string && !prev_string) out->push_back(' ');
    AppendGoValue(out, args[i]);
    prev_string = is_string;
  }
}

void AppendGoSprintln(std::string* out, std::span<const Value> args) {
  for (size_t i = 0; i < args.size(); ++i) {
    if (i > 0) out->push_back(' ');
    AppendGoValue(out, args[i]);
  }
  out->push_back('\n');
}

namespace {

// Parses a decimal number at format[*i]; Go caps widths and precisions at 1e6.
bool ParseNum(std::string_view format, size_t* i, int* num) {
  bool found = false;
  *num = 0;
  while (*i < format.size() && format[*i] >= '0' && format[*i] <= '9') {
    if (*num > 1000000) return false;
    *num = *num * 10 + (format[*i] - '0');
    found = true;
    ++*i;
  }
  return found;
}

}  // namespace

void AppendGoSprintf(std::string* out, std::string_view format, std::span<const Value> args) {
  Printer p(out);
  size_t argn = 0;
  bool reordered = false, good_argn = true;
  // Reads an explicit argument index "[n]" at format[*i], as Go's argNumber.
  auto arg_number = [&](size_t* i) {
    if (*i >= format.size() || format[*i] != '[') return;
    reordered = true;
    size_t close = format.find(']', *i);
    int n = 0;
    size_t j = *i + 1;
    if (close == std::string_view::npos || !ParseNum(format, &j, &n) || j != close) {
      good_argn = false;
      *i = close == std::string_view::npos ? format.size() : close + 1;
      return;
    }
    *i = close + 1;
    if (n >= 1 && static_cast<size_t>(n) <= args.size()) {
      argn = n - 1;
    } else {
      good_argn = false;
    }
  };
  size_t i = 0;
  while (i < format.size()) {
    size_t start = i;
    while (i < format.size() && format[i] != '%') ++i;
    out->append(format.substr(start, i - start));
    if (i >= format.size()) break;
    ++i;  // skip %
    p.Reset();
    Spec& f = p.spec();
    good_argn = true;
    for (; i < format.size(); ++i) {
      char c = format[i];
      if (c == '#') {
        f.sharp = true;
      } else if (c == '0') {
        f.zero = !f.minus;
      } else if (c == '+') {
        f.plus = true;
      } else if (c == '-') {
        f.minus = true;
        f.zero = false;
      } else if (c == ' ') {
        f.space = true;
      } else {
        break;
      }
    }
    arg_number(&i);
    if (i < format.size() && format[i] == '*') {
      ++i;
      if (argn < args.size() && args[argn].kind() == ValueKind::kInt &&
          std::llabs(args[argn].AsInt()) <= 1000000) {
        f.wid = static_cast<int>(args[argn].AsInt());
        f.wid_present = true;
        if (f.wid < 0) {
          f.minus = true;
          f.zero = false;
          f.wid = -f.wid;
        }
      } else {
        out->append("%!(BADWIDTH)");
      }
      ++argn;
    } else {
      size_t before = i;
      f.wid_present = ParseNum(format, &i, &f.wid);
      if (f.wid_present && reordered && before != i) good_argn = false;
    }
    if (i + 1 <= format.size() && i < format.size() && format[i] == '.') {
      ++i;
      arg_number(&i);
      if (i < format.size() && format[i] == '*') {
        ++i;
        if (argn < args.size() && args[argn].kind() == ValueKind::kInt &&
            std::llabs(args[argn].AsInt()) <= 1000000) {
          f.prec = static_cast<int>(args[argn].AsInt());
          f.prec_present = f.prec >= 0;
          if (f.prec < 0) f.prec = 0;
        } else {
          out->append("%!(BADPREC)");
        }
        ++argn;
      } else {
        ParseNum(format, &i, &f.prec);
        f.prec_present = true;
      }
    }
    arg_number(&i);
    if (i >= format.size()) {
      out->append("%!(NOVERB)");
      break;
    }
    int w;
    char32_t verb = DecodeRune(format, i, &w);
    i += w;
    if (verb == '%') {
      out->push_back('%');
      continue;
    }
    if (!good_argn) {
      out->append("%!");
      AppendRune(out, verb);
      out->append("(BADINDEX)");
      continue;
    }
    if (argn >= args.size()) {
      out->append("%!");
      AppendRune(out, verb);
      out->append("(MISSING)");
      continue;
    }
    if (verb == 'v') {
      if (f.sharp) {
        f.sharp = false;
        f.sharp_v = true;
      }
      if (f.plus) {
        f.plus = false;
        f.plus_v = true;
      }
    }
    p.PrintArg(args[argn++], verb, 0);
  }
  if (!reordered && argn < args.size()) {
    p.Reset();
    out->append("%!(EXTRA ");
    for (size_t k = argn; k < args.size(); ++k) {
      if (k > argn) out->append(", ");
      if (args[k].is_null()) {
        out->append("<nil>");
      } else {
        out->append(GoTypeName(args[k]));
        out->push_back('=');
        p.PrintArg(args[k], 'v', 0);
      }
    }
    out->push_back(')');
  }
}

std::string GoSprintf(std::string_view format, std::span<const Value> args) {
  std::string s;
  AppendGoSprintf(&s, format, args);
  return s;
}

}  // namespace kiln
