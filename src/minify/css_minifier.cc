#include "minify/css_minifier.h"

#include <cmath>
#include <cstdlib>
#include <vector>

#include "minify/ascii.h"
#include "minify/css_parser.h"
#include "minify/css_tables.h"
#include "minify/css_value.h"
#include "minify/data_uri.h"
#include "minify/number.h"

namespace kiln::minify {
namespace {

constexpr double kEpsilon = 0.00001;

// Drops backslash-newline line continuations from a string token (but never its first byte
// or its last two).
std::string RemoveMarkupNewlines(std::string_view data) {
  std::string out(data);
  for (size_t i = 1; i + 2 < out.size(); ++i) {
    if (out[i] != '\\' || (out[i + 1] != '\n' && out[i + 1] != '\r')) continue;
    size_t w = i;
    size_t j = i + 2;
    if (out[i + 1] == '\r' && j < out.size() && out[j] == '\n') ++j;
    for (; j < out.size(); ++j) {
      if (out[j] == '\\' && j + 1 < out.size() && (out[j + 1] == '\n' || out[j + 1] == '\r')) {
        if (out[j + 1] == '\r' && j + 2 < out.size() && out[j + 2] == '\n') ++j;
        ++j;
      } else {
        out[w++] = out[j];
      }
    }
    out.resize(w);
    break;
  }
  return out;
}

// Parses a number as a float32, as the color code does; false where that overflows.
bool ParseFloat32(std::string_view s, double* out) {
  std::string text(s);
  char* end = nullptr;
  float f = std::strtof(text.c_str(), &end);
  if (end != text.c_str() + text.size() || text.empty() || std::isinf(f)) return false;
  *out = f;
  return true;
}

double Clamp01(double d) {
  if (d < kEpsilon) return 0.0;
  if (1.0 - kEpsilon < d) return 1.0;
  return d;
}

double HueToRgb(double m1, double m2, double h) {
  if (h < 0.0) h += 1.0;
  if (h > 1.0) h -= 1.0;
  if (h * 6.0 < 1.0) return m1 + (m2 - m1) * h * 6.0;
  if (h * 2.0 < 1.0) return m2;
  if (h * 3.0 < 2.0) return m1 + (m2 - m1) * (2.0 / 3.0 - h) * 6.0;
  return m1;
}

// "50%" as ".5" and ".05" as "5%", whichever spelling of an alpha is shorter.
void ShortenAlpha(CssItem& value) {
  std::string& d = value.data;
  if (value.type == CssToken::kPercentage && d.size() == 3 && d[1] == '0') {
    d = std::string(".") + d[0];
    value.type = CssToken::kNumber;
  } else if (value.type == CssToken::kNumber && d.size() > 2 && d[0] == '.' && d[1] == '0') {
    if (d[2] == '0') {
      d = "." + d.substr(3) + "%";
      value.type = CssToken::kPercentage;
    } else if (d.size() == 3) {
      d = std::string(1, d[2]) + "%";
      value.type = CssToken::kPercentage;
    }
  }
}

bool IsIntegerProperty(std::string_view prop) {
  return prop == "z-index" || prop == "counter-increment" || prop == "counter-reset" ||
         prop == "orphans" || prop == "widows";
}

class CssMinifier {
 public:
  CssMinifier(std::string_view input, bool is_inline, std::string* out)
      : parser_(input, is_inline), out_(*out) {}

  void Run();

 private:
  void WriteSelectors();
  void WriteAtRule(std::string_view keyword);
  void WriteDeclaration(std::string_view property, std::vector<CssValue> components);
  void WriteValues(const std::vector<CssItem>& values, bool important);
  void WriteArgs(const std::vector<CssItem>& args);
  void MinifyTokens(std::string_view prop, std::string_view fun, std::vector<CssItem>& values);
  void MinifyColorFunction(CssItem& value);

  CssParser parser_;
  std::string& out_;
};

// Builds the value list of a function's arguments, up to its ")"; returns how many values it
// read, the function token included.
size_t ParseFunction(const std::vector<CssValue>& values, size_t at, std::vector<CssItem>* args) {
  size_t i = at + 1;
  int level = 0;
  for (; i < values.size(); ++i) {
    CssToken t = values[i].type;
    if (t == CssToken::kLeftParenthesis) {
      ++level;
    } else if (t == CssToken::kRightParenthesis) {
      if (level == 0) {
        ++i;
        break;
      }
      --level;
    }
    CssItem item = MakeCssItem(t, values[i].data);
    if (t == CssToken::kFunction) i += ParseFunction(values, i, &item.args) - 1;
    args->push_back(std::move(item));
  }
  return i - at;
}

// A value that alternates single items with separators (whitespace, commas, slashes), with
// functions taken whole; false for anything else, which is then written as it is.
bool ParseFlatValue(const std::vector<CssValue>& values, std::vector<CssItem>* items) {
  bool prev_sep = true;
  for (size_t i = 0; i < values.size(); ++i) {
    CssToken t = values[i].type;
    std::string_view data = values[i].data;
    switch (t) {
      case CssToken::kLeftParenthesis:
      case CssToken::kLeftBrace:
      case CssToken::kLeftBracket:
      case CssToken::kRightParenthesis:
      case CssToken::kRightBrace:
      case CssToken::kRightBracket:
        return false;
      default:
        break;
    }
    bool is_sep = t == CssToken::kWhitespace || t == CssToken::kComma ||
                  (t == CssToken::kDelim && data[0] == '/');
    if (!prev_sep && !is_sep) return false;
    if (is_sep) {
      if (t != CssToken::kWhitespace) items->push_back(MakeCssItem(t, data));
      prev_sep = true;
    } else if (t == CssToken::kFunction) {
      CssItem item = MakeCssItem(t, data);
      i += ParseFunction(values, i, &item.args) - 1;
      items->push_back(std::move(item));
      prev_sep = true;
    } else {
      items->push_back(MakeCssItem(t, data));
      prev_sep = t == CssToken::kUrl;
    }
  }
  return true;
}

void CssMinifier::Run() {
  bool semicolon_queued = false;
  while (true) {
    CssToken tt;
    std::string_view data;
    CssGrammar g = parser_.Next(&tt, &data);
    if (g == CssGrammar::kError) {
      if (!parser_.HasParseError()) return;
      if (semicolon_queued) out_ += ';';
      // A broken declaration is written as it came; its semicolon waits like any other.
      const std::vector<CssValue>& vals = parser_.values();
      size_t n = vals.size();
      if (n > 0 && vals[n - 1].type == CssToken::kSemicolon) {
        --n;
        semicolon_queued = true;
      }
      for (size_t i = 0; i < n; ++i) out_ += vals[i].data;
      continue;
    }
    if (g == CssGrammar::kEndAtRule || g == CssGrammar::kEndRuleset) {
      out_ += '}';
      semicolon_queued = false;
      continue;
    }
    if (semicolon_queued) {
      out_ += ';';
      semicolon_queued = false;
    }
    switch (g) {
      case CssGrammar::kAtRule:
        WriteAtRule(data);
        semicolon_queued = true;
        break;
      case CssGrammar::kBeginAtRule:
        out_ += data;
        for (const CssValue& v : parser_.values()) out_ += v.data;
        out_ += '{';
        break;
      case CssGrammar::kQualifiedRule:
        WriteSelectors();
        out_ += ',';
        break;
      case CssGrammar::kBeginRuleset:
        WriteSelectors();
        out_ += '{';
        break;
      case CssGrammar::kDeclaration:
        WriteDeclaration(data, parser_.values());
        semicolon_queued = true;
        break;
      case CssGrammar::kCustomProperty: {
        out_ += data;
        out_ += ':';
        std::string_view raw = parser_.values()[0].data;
        std::string_view value = TrimAsciiSpace(raw);
        out_ += !raw.empty() && value.empty() ? " " : value;
        semicolon_queued = true;
        break;
      }
      case CssGrammar::kComment:
        // Only "/*! ... */" survives, with its whitespace collapsed.
        if (data.size() > 5 && data[1] == '*' && data[2] == '!') {
          out_ += data.substr(0, 3);
          out_ += TrimAsciiSpace(CollapseAsciiSpace(data.substr(3, data.size() - 5)));
          out_ += data.substr(data.size() - 2);
        }
        break;
      default:
        out_ += data;
        break;
    }
  }
}

void CssMinifier::WriteAtRule(std::string_view keyword) {
  out_ += keyword;
  const std::vector<CssValue>& values = parser_.values();
  // @import url(x) becomes @import "x".
  std::string import_url;
  bool rewrite = keyword.size() > 1 && keyword.substr(1) == "import" && values.size() == 2 &&
                 values[1].type == CssToken::kUrl && values[1].data.size() > 4 &&
                 values[1].data.back() == ')';
  if (rewrite) {
    std::string_view url = values[1].data;
    if (url[4] != '"' && url[4] != '\'') {
      size_t a = 4;
      while (IsAsciiSpace(url[a])) ++a;
      size_t b = url.size() - 2;
      while (a < b && IsAsciiSpace(url[b])) --b;
      // Upstream quotes the span between the spaces; a one-character URL comes out empty.
      import_url =
          a == b ? std::string("\"\"") : "\"" + std::string(url.substr(a, b - a + 1)) + "\"";
    } else {
      import_url = std::string(url.substr(4, url.size() - 5));
    }
  }
  for (size_t i = 0; i < values.size(); ++i) {
    out_ += rewrite && i == 1 ? std::string_view(import_url) : values[i].data;
  }
}

void CssMinifier::WriteSelectors() {
  bool in_attr = false;
  bool is_class = false;
  for (const CssValue& val : parser_.values()) {
    if (!in_attr) {
      if (val.type == CssToken::kIdent) {
        // Element names and pseudo-classes are case-insensitive; class names are not.
        bool lower = !is_class;
        is_class = false;
        if (lower) {
          out_ += LowerAscii(val.data);
          continue;
        }
      } else if (val.type == CssToken::kDelim && val.data[0] == '.') {
        is_class = true;
      } else if (val.type == CssToken::kLeftBracket) {
        in_attr = true;
      }
    } else {
      if (val.type == CssToken::kString && val.data.size() > 2) {
        std::string_view inner = val.data.substr(1, val.data.size() - 2);
        if (IsCssIdent(inner)) {
          out_ += inner;
          continue;
        }
      } else if (val.type == CssToken::kRightBracket) {
        in_attr = false;
      } else if (val.type == CssToken::kIdent && val.data.size() == 1 &&
                 (val.data[0] == 'i' || val.data[0] == 'I')) {
        out_ += ' ';
      }
    }
    out_ += val.data;
  }
}

void CssMinifier::WriteDeclaration(std::string_view property, std::vector<CssValue> components) {
  out_ += property;
  out_ += ':';
  if (components.empty()) return;

  bool important = false;
  size_t n = components.size();
  if (n > 2 && components[n - 2].type == CssToken::kDelim && components[n - 2].data[0] == '!' &&
      components[n - 1].data == "important") {
    components.resize(n - 2);
    important = true;
  }

  std::vector<CssItem> values;
  values.reserve(components.size());
  if (!ParseFlatValue(components, &values)) {
    std::string lowered;
    // filter: progid:DXImageTransform.Microsoft.Alpha(Opacity=80) → alpha(opacity=80)
    if (property == "filter" && components.size() == 11 && components[0].data == "progid" &&
        components[1].type == CssToken::kColon && components[2].data == "DXImageTransform" &&
        components[3].data[0] == '.' && components[4].data == "Microsoft" &&
        components[5].data[0] == '.' && components[6].data == "Alpha(") {
      // Upstream lower-cases "Opacity" in place even when the rest does not match.
      lowered = LowerAscii(components[7].data);
      components[7].data = lowered;
      if (lowered == "opacity" && components[8].data[0] == '=' && components[10].data[0] == ')') {
        components.erase(components.begin(), components.begin() + 6);
        components[0].data = "alpha(";
      }
    }
    for (const CssValue& c : components) out_ += c.data;
    if (important) out_ += "!important";
    return;
  }
  std::string_view prop = CssKeyword(property);
  MinifyTokens(prop, {}, values);
  if (!values.empty()) MinifyCssProperty(prop, values);
  WriteValues(values, important);
}

void CssMinifier::WriteArgs(const std::vector<CssItem>& args) {
  for (const CssItem& arg : args) {
    out_ += arg.data;
    if (arg.type == CssToken::kFunction) {
      WriteArgs(arg.args);
      out_ += ')';
    }
  }
}

void CssMinifier::WriteValues(const std::vector<CssItem>& values, bool important) {
  bool prev_sep = true;
  for (const CssItem& value : values) {
    if (!prev_sep && value.type != CssToken::kComma && !value.IsDelim('/')) out_ += ' ';
    out_ += value.data;
    if (value.type == CssToken::kFunction) {
      WriteArgs(value.args);
      out_ += ')';
    }
    prev_sep = value.type == CssToken::kComma || value.IsDelim('/') ||
               value.type == CssToken::kFunction || value.type == CssToken::kUrl;
  }
  if (important) out_ += "!important";
}

void CssMinifier::MinifyTokens(std::string_view prop, std::string_view fun,
                               std::vector<CssItem>& values) {
  for (CssItem& value : values) {
    switch (value.type) {
      case CssToken::kNumber:
        if (!IsIntegerProperty(prop)) value.data = ShortDecimal(value.data);
        break;
      case CssToken::kPercentage:
        value.data =
            ShortDecimal(std::string_view(value.data).substr(0, value.data.size() - 1)) + "%";
        break;
      case CssToken::kDimension: {
        // The unit is the run of ASCII letters at the end; it is lower-cased.
        size_t n = value.data.size();
        while (n > 0) {
          char& c = value.data[n - 1];
          bool lower = c >= 'a' && c <= 'z';
          bool upper = c >= 'A' && c <= 'Z';
          if (!lower && !upper) break;
          if (upper) c = static_cast<char>(c + ('a' - 'A'));
          --n;
        }
        std::string unit = value.data.substr(n);
        size_t kept_end;
        value.data = ShortDecimal(std::string_view(value.data).substr(0, n), &kept_end) + unit;
        // Upstream appends the unit in place behind the shortened number and then reads the
        // unit back from its old position, which that move may have overwritten: "0.0rem"
        // checks "emm" and keeps its unit. Reproduce what it reads.
        std::string seen = unit;
        size_t shift = n - kept_end;
        for (size_t j = 0; j + shift < unit.size(); ++j) seen[j] = unit[j + shift];
        if (value.data.size() > 1 && value.data[0] == '0' && IsOptionalZeroUnit(seen) &&
            prop != "flex" && fun.empty()) {
          value.data.resize(1);
        }
        break;
      }
      case CssToken::kString:
        value.data = RemoveMarkupNewlines(value.data);
        break;
      case CssToken::kUrl: {
        if (value.data.size() <= 10) break;
        std::string uri(
            TrimAsciiSpace(std::string_view(value.data).substr(4, value.data.size() - 5)));
        char delim = '"';
        if (uri.size() > 1 && (uri[0] == '\'' || uri[0] == '"')) {
          delim = uri[0];
          uri = RemoveMarkupNewlines(uri);
          uri = uri.substr(1, uri.size() - 2);
        }
        if (uri.size() > 4 && StartsWithFold(uri, "data:")) {
          uri = MinifyDataUri(uri);
        }
        if (IsCssUnquotedUrl(uri)) {
          value.data = "url(" + uri + ")";
        } else {
          value.data = "url(" + std::string(1, delim) + uri + std::string(1, delim) + ")";
        }
        break;
      }
      case CssToken::kFunction:
        MinifyTokens(prop, value.fun, value.args);
        MinifyColorFunction(value);
        break;
      default:
        break;
    }
  }
}

void CssMinifier::MinifyColorFunction(CssItem& value) {
  std::string_view fun = value.fun;
  if (fun != "rgb" && fun != "rgba" && fun != "hsl" && fun != "hsla") return;
  std::vector<CssItem>& args = value.args;
  std::vector<double> vals;
  for (size_t i = 0; i < args.size(); ++i) {
    const CssItem& arg = args[i];
    bool numeric = arg.type == CssToken::kNumber || arg.type == CssToken::kPercentage;
    bool separator = arg.type == CssToken::kComma ||
                     (i != 5 && arg.type == CssToken::kWhitespace) || (i == 5 && arg.IsDelim('/'));
    if ((i % 2 == 0 && !numeric) || (i % 2 == 1 && !separator)) return;
    if (!numeric) continue;
    double d;
    if (arg.type == CssToken::kPercentage) {
      if (!ParseFloat32(std::string_view(arg.data).substr(0, arg.data.size() - 1), &d)) return;
      d = Clamp01(d / 100.0);
    } else if (!ParseFloat32(arg.data, &d)) {
      return;
    }
    vals.push_back(d);
  }

  double alpha = 1.0;
  if (vals.size() == 4) {
    if (vals[0] < kEpsilon && vals[1] < kEpsilon && vals[2] < kEpsilon && vals[3] < kEpsilon) {
      value = MakeCssItem(CssToken::kIdent, "transparent");
      return;
    }
    if (1.0 - kEpsilon < vals[3]) {
      vals.resize(3);
      args.resize(args.size() - 2);
      if (fun == "rgba" || fun == "hsla") {
        value.data.pop_back();
        value.data.back() = '(';
      }
    } else {
      alpha = vals[3];
    }
  }

  if (alpha == 1.0 && (vals.size() == 3 || vals.size() == 4)) {
    if (fun == "rgb" || fun == "rgba") {
      for (int j = 0; j < 3; ++j) {
        if (args[j * 2].type == CssToken::kNumber) vals[j] = Clamp01(vals[j] / 255.0);
      }
      value = CssColorFromRgb(vals[0], vals[1], vals[2]);
      return;
    }
    if (fun == "hsl" ||
        (args[0].type == CssToken::kNumber && args[2].type == CssToken::kPercentage &&
         args[4].type == CssToken::kPercentage)) {
      double h = std::modf(vals[0] / 360.0, &vals[0]);
      if (h < 0.0) h += 1.0;
      double s = vals[1];
      double l = vals[2];
      double m2 = l > 0.5 ? l + s - l * s : l * (s + 1);
      double m1 = l * 2 - m2;
      value = CssColorFromRgb(HueToRgb(m1, m2, h + 1.0 / 3.0), HueToRgb(m1, m2, h),
                              HueToRgb(m1, m2, h - 1.0 / 3.0));
      return;
    }
  } else if (vals.size() == 4) {
    ShortenAlpha(args[6]);
  }

  if (vals.size() >= 3 && (fun == "rgb" || fun == "rgba")) {
    // 0%, 20%, ... 100% are exactly 0, 51, ... 255.
    for (int j = 0; j < 3; ++j) {
      if (args[j * 2].type != CssToken::kPercentage ||
          2.0 * kEpsilon <= std::fmod(vals[j] + kEpsilon, 0.2)) {
        return;
      }
    }
    static constexpr const char* kSteps[] = {"0", "51", "102", "153", "204", "255"};
    for (int j = 0; j < 3; ++j) {
      args[j * 2].type = CssToken::kNumber;
      if (vals[j] < kEpsilon) {
        args[j * 2].data = kSteps[0];
        continue;
      }
      for (int k = 1; k <= 5; ++k) {
        if (std::fabs(vals[j] - 0.2 * k) < kEpsilon) args[j * 2].data = kSteps[k];
      }
    }
  }
}

}  // namespace

std::string MinifyCss(std::string_view css) {
  std::string out;
  out.reserve(css.size());
  CssMinifier(css, false, &out).Run();
  return out;
}

std::string MinifyCssInline(std::string_view declarations) {
  std::string out;
  out.reserve(declarations.size());
  CssMinifier(declarations, true, &out).Run();
  return out;
}

}  // namespace kiln::minify
