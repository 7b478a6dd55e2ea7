// The escapers html/template inserts into pipelines (Go's html.go, js.go, css.go, url.go,
// content.go), with Go's replacement tables.
#include "template/escape_funcs.h"

#include <cmath>
#include <map>

#include "base/strings.h"
#include "base/strip_tags.h"
#include "base/utf8.h"
#include "template/func_value.h"
#include "template/html_context.h"
#include "value/go_format.h"
#include "value/time_format.h"

namespace kiln::tmpl {

namespace {

using Args = std::span<const Value>;
constexpr std::string_view kFilterFailsafe = "ZgotmplZ";

ContentType ContentTypeOf(SafeKind k) {
  switch (k) {
    case SafeKind::kNone:
      return ContentType::kPlain;
    case SafeKind::kHTML:
      return ContentType::kHTML;
    case SafeKind::kHTMLAttr:
      return ContentType::kHTMLAttr;
    case SafeKind::kCSS:
      return ContentType::kCSS;
    case SafeKind::kJS:
      return ContentType::kJS;
    case SafeKind::kJSStr:
      return ContentType::kJSStr;
    case SafeKind::kURL:
      return ContentType::kURL;
    case SafeKind::kSrcset:
      return ContentType::kSrcset;
  }
  return ContentType::kPlain;
}

// Go's stringify: a single (safe) string as is, otherwise fmt.Sprint of the non-nil args.
std::pair<std::string, ContentType> Stringify(Args args) {
  if (args.size() == 1 && args[0].is_string()) {
    return {args[0].AsString(), ContentTypeOf(args[0].safe_kind())};
  }
  if (args.size() == 1) {
    std::string s;
    if (!args[0].is_null()) AppendGoValue(&s, args[0]);
    return {std::move(s), ContentType::kPlain};
  }
  std::vector<Value> kept;
  for (const Value& a : args) {
    if (!a.is_null()) kept.push_back(a);
  }
  std::string s;
  AppendGoSprint(&s, kept);
  return {std::move(s), ContentType::kPlain};
}

// A replacement table indexed by ASCII byte; empty entries are kept as is.
using Table = std::array<std::string_view, 128>;

Table MakeTable(std::initializer_list<std::pair<char, std::string_view>> entries) {
  Table t{};
  for (const auto& [c, r] : entries) t[static_cast<unsigned char>(c)] = r;
  return t;
}

const Table kHTMLTable = MakeTable({{'\0', "\uFFFD"},
                                    {'"', "&#34;"},
                                    {'&', "&amp;"},
                                    {'\'', "&#39;"},
                                    {'+', "&#43;"},
                                    {'<', "&lt;"},
                                    {'>', "&gt;"}});
const Table kHTMLNormTable = MakeTable({{'\0', "\uFFFD"},
                                        {'"', "&#34;"},
                                        {'\'', "&#39;"},
                                        {'+', "&#43;"},
                                        {'<', "&lt;"},
                                        {'>', "&gt;"}});
const Table kHTMLNospaceTable = MakeTable({{'\0', "&#xfffd;"},
                                           {'\t', "&#9;"},
                                           {'\n', "&#10;"},
                                           {'\v', "&#11;"},
                                           {'\f', "&#12;"},
                                           {'\r', "&#13;"},
                                           {' ', "&#32;"},
                                           {'"', "&#34;"},
                                           {'&', "&amp;"},
                                           {'\'', "&#39;"},
                                           {'+', "&#43;"},
                                           {'<', "&lt;"},
                                           {'=', "&#61;"},
                                           {'>', "&gt;"},
                                           {'`', "&#96;"}});
const Table kHTMLNospaceNormTable = MakeTable({{'\0', "&#xfffd;"},
                                               {'\t', "&#9;"},
                                               {'\n', "&#10;"},
                                               {'\v', "&#11;"},
                                               {'\f', "&#12;"},
                                               {'\r', "&#13;"},
                                               {' ', "&#32;"},
                                               {'"', "&#34;"},
                                               {'\'', "&#39;"},
                                               {'+', "&#43;"},
                                               {'<', "&lt;"},
                                               {'=', "&#61;"},
                                               {'>', "&gt;"},
                                               {'`', "&#96;"}});

void HTMLReplace(std::string* out, std::string_view s, const Table& table, bool bad_runes) {
  // Fast path: copy runs of bytes that need no replacement in one append.
  size_t run = 0;
  while (run < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[run]);
    if (c >= 0x80 || !table[c].empty()) break;
    ++run;
  }
  out->append(s.substr(0, run));
  s.remove_prefix(run);
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (!table[c].empty()) {
        out->append(table[c]);
      } else {
        out->push_back(static_cast<char>(c));
      }
      ++i;
      continue;
    }
    int w;
    char32_t r = DecodeRune(s, i, &w);
    if (!bad_runes && ((r >= 0xFDD0 && r <= 0xFDEF) || (r >= 0xFFF0 && r <= 0xFFFF))) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "&#x%x;", static_cast<unsigned>(r));
      out->append(buf);
    } else {
      out->append(s.substr(i, w));
    }
    i += w;
  }
}

StatusOr<Value> Str(std::string s) { return Value::String(std::move(s)); }

// Stringify without copying a single string argument; `storage` holds anything built.
std::pair<std::string_view, ContentType> StringifyView(Args args, std::string* storage) {
  if (args.size() == 1 && args[0].is_string()) {
    return {args[0].AsString(), ContentTypeOf(args[0].safe_kind())};
  }
  auto [s, t] = Stringify(args);
  *storage = std::move(s);
  return {*storage, t};
}

void AppendHTMLEscaper(std::string* out, Args args) {
  std::string storage;
  auto [s, t] = StringifyView(args, &storage);
  if (t == ContentType::kHTML) {
    out->append(s);
  } else {
    HTMLReplace(out, s, kHTMLTable, true);
  }
}

void AppendAttrEscaper(std::string* out, Args args) {
  std::string storage;
  auto [s, t] = StringifyView(args, &storage);
  if (t == ContentType::kHTML) {
    HTMLReplace(out, StripTags(s), kHTMLNormTable, true);
  } else {
    HTMLReplace(out, s, kHTMLTable, true);
  }
}

// The Value-returning form of an appending escaper.
template <void (*kAppend)(std::string*, Args)>
StatusOr<Value> Returning(const CallContext&, Args args) {
  std::string out;
  kAppend(&out, args);
  return Str(std::move(out));
}

// The attribute escapers: a template.HTML value loses its tags and keeps its entities.
StatusOr<Value> EscapeWithTables(Args args, const Table& plain, const Table& html, bool strip,
                                 bool bad_runes) {
  auto [s, t] = Stringify(args);
  std::string out;
  if (t == ContentType::kHTML) {
    HTMLReplace(&out, strip ? StripTags(s) : s, html, bad_runes);
  } else {
    HTMLReplace(&out, s, plain, bad_runes);
  }
  return Str(std::move(out));
}

StatusOr<Value> RCDATAEscaper(const CallContext&, Args args) {
  return EscapeWithTables(args, kHTMLTable, kHTMLNormTable, false, true);
}

StatusOr<Value> NospaceEscaper(const CallContext&, Args args) {
  return EscapeWithTables(args, kHTMLNospaceTable, kHTMLNospaceNormTable, true, false);
}

StatusOr<Value> CommentEscaper(const CallContext&, Args) { return Str(""); }

StatusOr<Value> HTMLNameFilter(const CallContext&, Args args) {
  auto [s, t] = Stringify(args);
  if (t == ContentType::kHTMLAttr) return Str(std::move(s));
  if (s.empty()) return Str(std::string(kFilterFailsafe));
  s = AsciiLower(s);
  if (AttrType(s) != ContentType::kPlain) return Str(std::string(kFilterFailsafe));
  for (char c : s) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z'))) {
      return Str(std::string(kFilterFailsafe));
    }
  }
  return Str(std::move(s));
}

// Go's replace() for the JS string and regexp escapers.
const Table kJSStrTable = MakeTable({{'\0', "\\u0000"},
                                     {'\t', "\\t"},
                                     {'\n', "\\n"},
                                     {'\v', "\\u000b"},
                                     {'\f', "\\f"},
                                     {'\r', "\\r"},
                                     {'"', "\\u0022"},
                                     {'`', "\\u0060"},
                                     {'&', "\\u0026"},
                                     {'\'', "\\u0027"},
                                     {'+', "\\u002b"},
                                     {'/', "\\/"},
                                     {'<', "\\u003c"},
                                     {'>', "\\u003e"},
                                     {'\\', "\\\\"}});
const Table kJSStrNormTable = MakeTable({{'\0', "\\u0000"},
                                         {'\t', "\\t"},
                                         {'\n', "\\n"},
                                         {'\v', "\\u000b"},
                                         {'\f', "\\f"},
                                         {'\r', "\\r"},
                                         {'"', "\\u0022"},
                                         {'&', "\\u0026"},
                                         {'\'', "\\u0027"},
                                         {'`', "\\u0060"},
                                         {'+', "\\u002b"},
                                         {'/', "\\/"},
                                         {'<', "\\u003c"},
                                         {'>', "\\u003e"}});
const Table kJSRegexpTable = MakeTable(
    {{'\0', "\\u0000"}, {'\t', "\\t"},    {'\n', "\\n"},    {'\v', "\\u000b"}, {'\f', "\\f"},
     {'\r', "\\r"},     {'"', "\\u0022"}, {'$', "\\$"},     {'&', "\\u0026"},  {'\'', "\\u0027"},
     {'(', "\\("},      {')', "\\)"},     {'*', "\\*"},     {'+', "\\u002b"},  {'-', "\\-"},
     {'.', "\\."},      {'/', "\\/"},     {'<', "\\u003c"}, {'>', "\\u003e"},  {'?', "\\?"},
     {'[', "\\["},      {'\\', "\\\\"},   {']', "\\]"},     {'^', "\\^"},      {'{', "\\{"},
     {'|', "\\|"},      {'}', "\\}"}});

void JSReplace(std::string* out, std::string_view s, const Table& table) {
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r') {
        AppendByteEscape(out, "\\u00", c, false);
      } else if (!table[c].empty()) {
        out->append(table[c]);
      } else {
        out->push_back(static_cast<char>(c));
      }
      ++i;
      continue;
    }
    int w;
    char32_t r = DecodeRune(s, i, &w);
    if (r == 0x2028) {
      out->append("\\u2028");
    } else if (r == 0x2029) {
      out->append("\\u2029");
    } else {
      out->append(s.substr(i, w));
    }
    i += w;
  }
}

StatusOr<Value> JSStrEscaper(const CallContext&, Args args) {
  auto [s, t] = Stringify(args);
  std::string out;
  JSReplace(&out, s, t == ContentType::kJSStr ? kJSStrNormTable : kJSStrTable);
  return Str(std::move(out));
}

StatusOr<Value> JSRegexpEscaper(const CallContext&, Args args) {
  auto [s, t] = Stringify(args);
  std::string out;
  JSReplace(&out, s, kJSRegexpTable);
  if (out.empty()) return Str("(?:)");
  return Str(std::move(out));
}

// encoding/json's string form, with its HTML-safe escapes.
void AppendJSONString(std::string* out, std::string_view s) {
  out->push_back('"');
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      switch (c) {
        case '"':
          out->append("\\\"");
          break;
        case '\\':
          out->append("\\\\");
          break;
        case '\n':
          out->append("\\n");
          break;
        case '\r':
          out->append("\\r");
          break;
        case '\t':
          out->append("\\t");
          break;
        default:
          if (c < 0x20 || c == '<' || c == '>' || c == '&') {
            AppendByteEscape(out, "\\u00", c, false);
          } else {
            out->push_back(static_cast<char>(c));
          }
      }
      ++i;
      continue;
    }
    int w;
    char32_t r = DecodeRune(s, i, &w);
    if (r == kRuneError && w == 1) {
      out->append("\\ufffd");
    } else if (r == 0x2028 || r == 0x2029) {
      out->append(r == 0x2028 ? "\\u2028" : "\\u2029");
    } else {
      out->append(s.substr(i, w));
    }
    i += w;
  }
  out->push_back('"');
}

// json.Marshal of a Value; false (with *err) for values JSON cannot hold.
bool AppendJSON(std::string* out, const Value& v, std::string* err) {
  switch (v.kind()) {
    case ValueKind::kNull:
      out->append("null");
      return true;
    case ValueKind::kBool:
      out->append(v.AsBool() ? "true" : "false");
      return true;
    case ValueKind::kInt:
      out->append(v.int_type() == IntType::kUint64
                      ? std::to_string(static_cast<uint64_t>(v.AsInt()))
                      : std::to_string(v.AsInt()));
      return true;
    case ValueKind::kFloat: {
      double f = v.AsFloat();
      if (std::isnan(f) || std::isinf(f)) {
        std::string num;
        AppendGoFloat(&num, f, 'g', -1);
        *err = "json: unsupported value: " + num;
        return false;
      }
      double a = std::fabs(f);
      bool e = a != 0 && (a < 1e-6 || a >= 1e21);
      std::string num;
      AppendGoFloat(&num, f, e ? 'e' : 'f', -1);
      if (e) {
        size_t n = num.size();
        if (n >= 4 && num[n - 4] == 'e' && num[n - 3] == '-' && num[n - 2] == '0') {
          num.erase(n - 2, 1);
        }
      }
      out->append(num);
      return true;
    }
    case ValueKind::kString:
      AppendJSONString(out, v.AsString());
      return true;
    case ValueKind::kTime:
      AppendJSONString(out, FormatGoTime(v.AsTime(), "2006-01-02T15:04:05.999999999Z07:00"));
      return true;
    case ValueKind::kList: {
      out->push_back('[');
      bool first = true;
      for (const Value& e : v.AsList()) {
        if (!first) out->push_back(',');
        first = false;
        if (!AppendJSON(out, e, err)) return false;
      }
      out->push_back(']');
      return true;
    }
    case ValueKind::kMap: {
      out->push_back('{');
      bool first = true;
      for (const auto& [k, e] : v.AsMap()) {
        if (!first) out->push_back(',');
        first = false;
        AppendJSONString(out, k);
        out->push_back(':');
        if (!AppendJSON(out, e, err)) return false;
      }
      out->push_back('}');
      return true;
    }
    case ValueKind::kObject:
      if (AsFuncValue(v) != nullptr) {
        *err = "json: unsupported type: " + GoTypeName(v);
        return false;
      }
      out->append("{}");
      return true;
  }
  return true;
}

StatusOr<Value> JSValEscaper(const CallContext&, Args args) {
  Value a;
  if (args.size() == 1) {
    a = args[0];
    if (a.is_string() && a.safe_kind() == SafeKind::kJS) return Str(a.AsString());
    if (a.is_string() && a.safe_kind() == SafeKind::kJSStr) {
      return Str("\"" + a.AsString() + "\"");
    }
    // Stringers (objects, time.Month, time.Weekday) enter JS as their String.
    if (a.kind() == ValueKind::kObject ||
        (a.kind() == ValueKind::kInt &&
         (a.int_type() == IntType::kMonth || a.int_type() == IntType::kWeekday))) {
      a = Value::String(GoValueString(a));
    }
  } else {
    std::string s;
    AppendGoSprint(&s, args);
    a = Value::String(std::move(s));
  }
  std::string b, err;
  if (!AppendJSON(&b, a, &err)) {
    return Str(" /* " + ReplaceAll(err, "*/", "* /") + " */null ");
  }
  if (b.empty()) return Str(" null ");
  int w;
  char32_t first = DecodeRune(b, 0, &w);
  size_t last_start = b.size() - 1;
  while (last_start > 0 && (static_cast<unsigned char>(b[last_start]) & 0xC0) == 0x80) {
    --last_start;
  }
  char32_t last = DecodeRune(b, last_start, &w);
  if (IsJSIdentPart(first) || IsJSIdentPart(last)) return Str(" " + b + " ");
  return Str(std::move(b));
}

const Table kCSSTable = MakeTable({{'\0', "\\0"},
                                   {'\t', "\\9"},
                                   {'\n', "\\a"},
                                   {'\f', "\\c"},
                                   {'\r', "\\d"},
                                   {'"', "\\22"},
                                   {'&', "\\26"},
                                   {'\'', "\\27"},
                                   {'(', "\\28"},
                                   {')', "\\29"},
                                   {'+', "\\2b"},
                                   {'/', "\\2f"},
                                   {':', "\\3a"},
                                   {';', "\\3b"},
                                   {'<', "\\3c"},
                                   {'>', "\\3e"},
                                   {'\\', "\\\\"},
                                   {'{', "\\7b"},
                                   {'}', "\\7d"}});

bool IsHexByte(char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; }
bool IsCSSSpace(char c) { return c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' '; }

StatusOr<Value> CSSEscaper(const CallContext&, Args args) {
  auto [s, t] = Stringify(args);
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80 || kCSSTable[c].empty()) {
      out.push_back(static_cast<char>(c));
      continue;
    }
    out.append(kCSSTable[c]);
    size_t next = i + 1;
    if (c != '\\' && (next == s.size() || IsHexByte(s[next]) || IsCSSSpace(s[next]))) {
      out.push_back(' ');
    }
  }
  return Str(std::move(out));
}

StatusOr<Value> CSSValueFilter(const CallContext&, Args args) {
  auto [s, t] = Stringify(args);
  if (t == ContentType::kCSS) return Str(std::move(s));
  std::string b = DecodeCSS(s);
  std::string id;
  for (size_t i = 0; i < b.size(); ++i) {
    char c = b[i];
    switch (c) {
      case '\0':
      case '"':
      case '\'':
      case '(':
      case ')':
      case '/':
      case ';':
      case '@':
      case '[':
      case '\\':
      case ']':
      case '`':
      case '{':
      case '}':
        return Str(std::string(kFilterFailsafe));
      case '-':
        if (i != 0 && b[i - 1] == '-') return Str(std::string(kFilterFailsafe));
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x80 && IsCSSNmchar(static_cast<unsigned char>(c))) {
          id.push_back(c);
        }
    }
  }
  id = AsciiLower(id);
  if (id.find("expression") != std::string::npos || id.find("mozbinding") != std::string::npos) {
    return Str(std::string(kFilterFailsafe));
  }
  return Str(std::move(b));
}

bool IsSafeURL(std::string_view s) {
  size_t colon = s.find(':');
  if (colon != std::string_view::npos) {
    std::string_view protocol = s.substr(0, colon);
    if (protocol.find('/') == std::string_view::npos) {
      return EqualsIgnoreAsciiCase(protocol, "http") || EqualsIgnoreAsciiCase(protocol, "https") ||
             EqualsIgnoreAsciiCase(protocol, "mailto");
    }
  }
  return true;
}

// Go's processURLOnto: percent-encodes what a URL part must not hold; returns whether it
// changed anything.
bool ProcessURL(std::string_view s, bool norm, std::string* b) {
  size_t written = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    switch (c) {
      case '!':
      case '#':
      case '$':
      case '&':
      case '*':
      case '+':
      case ',':
      case '/':
      case ':':
      case ';':
      case '=':
      case '?':
      case '@':
      case '[':
      case ']':
        if (norm) continue;
        break;
      case '-':
      case '.':
      case '_':
      case '~':
        continue;
      case '%':
        if (norm && i + 2 < s.size() && IsHexByte(s[i + 1]) && IsHexByte(s[i + 2])) continue;
        break;
      default:
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) continue;
    }
    b->append(s.substr(written, i - written));
    AppendByteEscape(b, "%", static_cast<unsigned char>(c), false);
    written = i + 1;
  }
  b->append(s.substr(written));
  return written != 0;
}

// Whether a call's result would be its single plain-string argument unchanged, so the
// argument can be returned without building a new string.
bool IsPlainStringArg(Args args) {
  return args.size() == 1 && args[0].is_string() && args[0].safe_kind() == SafeKind::kNone;
}

StatusOr<Value> URLFilter(const CallContext&, Args args) {
  if (IsPlainStringArg(args) && IsSafeURL(args[0].AsString())) return args[0];
  auto [s, t] = Stringify(args);
  if (t == ContentType::kURL) return Str(std::move(s));
  if (!IsSafeURL(s)) return Str("#" + std::string(kFilterFailsafe));
  return Str(std::move(s));
}

StatusOr<Value> URLProcessor(bool norm, Args args) {
  std::string storage;
  auto [s, t] = StringifyView(args, &storage);
  if (t == ContentType::kURL) norm = true;
  std::string b;
  if (!ProcessURL(s, norm, &b) && IsPlainStringArg(args)) return args[0];
  return Str(std::move(b));
}

bool IsHTMLSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

void FilterSrcsetElement(std::string_view s, size_t left, size_t right, std::string* b) {
  size_t start = left;
  while (start < right && IsHTMLSpace(s[start])) ++start;
  size_t end = right;
  for (size_t i = start; i < right; ++i) {
    if (IsHTMLSpace(s[i])) {
      end = i;
      break;
    }
  }
  std::string_view url = s.substr(start, end - start);
  if (IsSafeURL(url)) {
    bool metadata_ok = true;
    for (size_t i = end; i < right; ++i) {
      char c = s[i];
      if (!(IsHTMLSpace(c) || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
            (c >= 'A' && c <= 'Z'))) {
        metadata_ok = false;
        break;
      }
    }
    if (metadata_ok) {
      b->append(s.substr(left, start - left));
      ProcessURL(url, true, b);
      b->append(s.substr(end, right - end));
      return;
    }
  }
  b->append("#");
  b->append(kFilterFailsafe);
}

StatusOr<Value> SrcsetEscaper(const CallContext&, Args args) {
  auto [s, t] = Stringify(args);
  if (t == ContentType::kSrcset) return Str(std::move(s));
  if (t == ContentType::kURL) {
    std::string b;
    ProcessURL(s, true, &b);
    return Str(ReplaceAll(b, ",", "%2c"));
  }
  std::string b;
  size_t written = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ',') {
      FilterSrcsetElement(s, written, i, &b);
      b.push_back(',');
      written = i + 1;
    }
  }
  FilterSrcsetElement(s, written, s.size(), &b);
  return Str(std::move(b));
}

StatusOr<Value> EvalArgs(const CallContext&, Args args) { return Str(EvalArgsString(args)); }

const std::map<std::string, Function, std::less<>>& EscapeFunctions() {
  static const auto* kFuncs = [] {
    auto* m = new std::map<std::string, Function, std::less<>>;
    auto add = [&](const char* name, Function::Impl impl,
                   void (*append)(std::string*, Args) = nullptr) {
      Function f;
      f.impl = std::move(impl);
      f.variadic = true;
      f.append = append;
      (*m)[name] = std::move(f);
    };
    add("_html_template_attrescaper", Returning<AppendAttrEscaper>, AppendAttrEscaper);
    add("_html_template_commentescaper", CommentEscaper);
    add("_html_template_cssescaper", CSSEscaper);
    add("_html_template_cssvaluefilter", CSSValueFilter);
    add("_html_template_htmlnamefilter", HTMLNameFilter);
    add("_html_template_htmlescaper", Returning<AppendHTMLEscaper>, AppendHTMLEscaper);
    add("_html_template_jsregexpescaper", JSRegexpEscaper);
    add("_html_template_jsstrescaper", JSStrEscaper);
    add("_html_template_jsvalescaper", JSValEscaper);
    add("_html_template_nospaceescaper", NospaceEscaper);
    add("_html_template_rcdataescaper", RCDATAEscaper);
    add("_html_template_srcsetescaper", SrcsetEscaper);
    add("_html_template_urlescaper",
        [](const CallContext&, Args a) { return URLProcessor(false, a); });
    add("_html_template_urlfilter", URLFilter);
    add("_html_template_urlnormalizer",
        [](const CallContext&, Args a) { return URLProcessor(true, a); });
    add("_eval_args_", EvalArgs);
    return m;
  }();
  return *kFuncs;
}

}  // namespace

const Function* FindEscapeFunction(std::string_view name) {
  if (!name.starts_with("_")) return nullptr;
  const auto& funcs = EscapeFunctions();
  auto it = funcs.find(name);
  return it == funcs.end() ? nullptr : &it->second;
}

ContentType AttrType(std::string_view name) {
  static const std::map<std::string_view, ContentType> kAttrs = {
      {"accept", ContentType::kPlain},       {"accept-charset", ContentType::kUnsafe},
      {"action", ContentType::kURL},         {"alt", ContentType::kPlain},
      {"archive", ContentType::kURL},        {"async", ContentType::kUnsafe},
      {"autocomplete", ContentType::kPlain}, {"autofocus", ContentType::kPlain},
      {"autoplay", ContentType::kPlain},     {"background", ContentType::kURL},
      {"border", ContentType::kPlain},       {"checked", ContentType::kPlain},
      {"cite", ContentType::kURL},           {"challenge", ContentType::kUnsafe},
      {"charset", ContentType::kUnsafe},     {"class", ContentType::kPlain},
      {"classid", ContentType::kURL},        {"codebase", ContentType::kURL},
      {"cols", ContentType::kPlain},         {"colspan", ContentType::kPlain},
      {"content", ContentType::kUnsafe},     {"contenteditable", ContentType::kPlain},
      {"contextmenu", ContentType::kPlain},  {"controls", ContentType::kPlain},
      {"coords", ContentType::kPlain},       {"crossorigin", ContentType::kUnsafe},
      {"data", ContentType::kURL},           {"datetime", ContentType::kPlain},
      {"default", ContentType::kPlain},      {"defer", ContentType::kUnsafe},
      {"dir", ContentType::kPlain},          {"dirname", ContentType::kPlain},
      {"disabled", ContentType::kPlain},     {"draggable", ContentType::kPlain},
      {"dropzone", ContentType::kPlain},     {"enctype", ContentType::kUnsafe},
      {"for", ContentType::kPlain},          {"form", ContentType::kUnsafe},
      {"formaction", ContentType::kURL},     {"formenctype", ContentType::kUnsafe},
      {"formmethod", ContentType::kUnsafe},  {"formnovalidate", ContentType::kUnsafe},
      {"formtarget", ContentType::kPlain},   {"headers", ContentType::kPlain},
      {"height", ContentType::kPlain},       {"hidden", ContentType::kPlain},
      {"high", ContentType::kPlain},         {"href", ContentType::kURL},
      {"hreflang", ContentType::kPlain},     {"http-equiv", ContentType::kUnsafe},
      {"icon", ContentType::kURL},           {"id", ContentType::kPlain},
      {"ismap", ContentType::kPlain},        {"keytype", ContentType::kUnsafe},
      {"kind", ContentType::kPlain},         {"label", ContentType::kPlain},
      {"lang", ContentType::kPlain},         {"language", ContentType::kUnsafe},
      {"list", ContentType::kPlain},         {"longdesc", ContentType::kURL},
      {"loop", ContentType::kPlain},         {"low", ContentType::kPlain},
      {"manifest", ContentType::kURL},       {"max", ContentType::kPlain},
      {"maxlength", ContentType::kPlain},    {"media", ContentType::kPlain},
      {"mediagroup", ContentType::kPlain},   {"method", ContentType::kUnsafe},
      {"min", ContentType::kPlain},          {"multiple", ContentType::kPlain},
      {"name", ContentType::kPlain},         {"novalidate", ContentType::kUnsafe},
      {"open", ContentType::kPlain},         {"optimum", ContentType::kPlain},
      {"pattern", ContentType::kUnsafe},     {"placeholder", ContentType::kPlain},
      {"poster", ContentType::kURL},         {"profile", ContentType::kURL},
      {"preload", ContentType::kPlain},      {"pubdate", ContentType::kPlain},
      {"radiogroup", ContentType::kPlain},   {"readonly", ContentType::kPlain},
      {"rel", ContentType::kUnsafe},         {"required", ContentType::kPlain},
      {"reversed", ContentType::kPlain},     {"rows", ContentType::kPlain},
      {"rowspan", ContentType::kPlain},      {"sandbox", ContentType::kUnsafe},
      {"spellcheck", ContentType::kPlain},   {"scope", ContentType::kPlain},
      {"scoped", ContentType::kPlain},       {"seamless", ContentType::kPlain},
      {"selected", ContentType::kPlain},     {"shape", ContentType::kPlain},
      {"size", ContentType::kPlain},         {"sizes", ContentType::kPlain},
      {"span", ContentType::kPlain},         {"src", ContentType::kURL},
      {"srcdoc", ContentType::kHTML},        {"srclang", ContentType::kPlain},
      {"srcset", ContentType::kSrcset},      {"start", ContentType::kPlain},
      {"step", ContentType::kPlain},         {"style", ContentType::kCSS},
      {"tabindex", ContentType::kPlain},     {"target", ContentType::kPlain},
      {"title", ContentType::kPlain},        {"type", ContentType::kUnsafe},
      {"usemap", ContentType::kURL},         {"value", ContentType::kUnsafe},
      {"width", ContentType::kPlain},        {"wrap", ContentType::kPlain},
      {"xmlns", ContentType::kURL},
  };
  if (name.starts_with("data-")) {
    name.remove_prefix(5);
  } else if (size_t colon = name.find(':'); colon != std::string_view::npos) {
    if (name.substr(0, colon) == "xmlns") return ContentType::kURL;
    name.remove_prefix(colon + 1);
  }
  if (auto it = kAttrs.find(name); it != kAttrs.end()) return it->second;
  if (name.starts_with("on")) return ContentType::kJS;
  if (name.find("src") != std::string_view::npos || name.find("uri") != std::string_view::npos ||
      name.find("url") != std::string_view::npos) {
    return ContentType::kURL;
  }
  return ContentType::kPlain;
}

}  // namespace kiln::tmpl
