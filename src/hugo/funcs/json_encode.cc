#include "hugo/funcs/json_encode.h"

#include <cmath>

#include "base/utf8.h"
#include "value/go_format.h"
#include "value/time_format.h"

namespace kiln::funcs {
namespace {

class Encoder {
 public:
  Encoder(const JsonOptions& o, std::string* out) : o_(o), out_(out) {}

  Status Encode(const Value& v, int depth) {
    switch (v.kind()) {
      case ValueKind::kNull:
        *out_ += "null";
        return Status::Ok();
      case ValueKind::kBool:
        *out_ += v.AsBool() ? "true" : "false";
        return Status::Ok();
      case ValueKind::kInt:
        *out_ += v.int_type() == IntType::kUint64 ? std::to_string(static_cast<uint64_t>(v.AsInt()))
                                                  : std::to_string(v.AsInt());
        return Status::Ok();
      case ValueKind::kFloat:
        return Float(v.AsFloat());
      case ValueKind::kString:
        String(v.AsString());
        return Status::Ok();
      case ValueKind::kTime:
        String(FormatGoTime(v.AsTime(), "2006-01-02T15:04:05.999999999Z07:00"));
        return Status::Ok();
      case ValueKind::kList: {
        const ValueList& items = v.AsList();
        *out_ += '[';
        for (size_t i = 0; i < items.size(); ++i) {
          if (i) *out_ += ',';
          Newline(depth + 1);
          RETURN_IF_ERROR(Encode(items[i], depth + 1));
        }
        if (!items.empty()) Newline(depth);
        *out_ += ']';
        return Status::Ok();
      }
      case ValueKind::kMap: {
        const ValueMap& m = v.AsMap();
        *out_ += '{';
        bool first = true;
        for (const auto& [k, item] : m) {
          if (!first) *out_ += ',';
          first = false;
          Newline(depth + 1);
          String(k);
          *out_ += o_.indent.empty() && o_.prefix.empty() ? ":" : ": ";
          RETURN_IF_ERROR(Encode(item, depth + 1));
        }
        if (!m.empty()) Newline(depth);
        *out_ += '}';
        return Status::Ok();
      }
      case ValueKind::kObject:
        if (const ValueList* list = v.AsObject().AsList()) return Encode(Value::List(*list), depth);
        break;
    }
    return InvalidArgumentError("json: unsupported type: " + GoTypeName(v));
  }

 private:
  void Newline(int depth) {
    if (o_.indent.empty() && o_.prefix.empty()) return;
    *out_ += '\n';
    *out_ += o_.prefix;
    for (int i = 0; i < depth; ++i) *out_ += o_.indent;
  }

  Status Float(double f) {
    if (std::isnan(f) || std::isinf(f)) {
      return InvalidArgumentError("json: unsupported value: " + GoValueString(Value::Float(f)));
    }
    double a = std::fabs(f);
    if (a != 0 && (a < 1e-6 || a >= 1e21)) {
      std::string e;
      AppendGoFloat(&e, f, 'e', -1);
      // Go's encoder writes e-07 as e-7.
      size_t n = e.size();
      if (n >= 4 && e[n - 4] == 'e' && e[n - 3] == '-' && e[n - 2] == '0') e.erase(n - 2, 1);
      *out_ += e;
    } else {
      AppendGoFloat(out_, f, 'f', -1);
    }
    return Status::Ok();
  }

  void String(std::string_view s) {
    static constexpr char kHex[] = "0123456789abcdef";
    *out_ += '"';
    for (size_t i = 0; i < s.size();) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      if (c < 0x80) {
        ++i;
        bool html = c == '<' || c == '>' || c == '&';
        if (c == '"' || c == '\\') {
          *out_ += '\\';
          *out_ += static_cast<char>(c);
        } else if (c == '\n') {
          *out_ += "\\n";
        } else if (c == '\r') {
          *out_ += "\\r";
        } else if (c == '\t') {
          *out_ += "\\t";
        } else if (c < 0x20 || (html && o_.escape_html)) {
          *out_ += "\\u00";
          *out_ += kHex[c >> 4];
          *out_ += kHex[c & 15];
        } else {
          *out_ += static_cast<char>(c);
        }
        continue;
      }
      int width = 0;
      char32_t r = DecodeRune(s, i, &width);
      if (r == 0xFFFD && width == 1) {
        *out_ += "\\ufffd";
      } else if (r == 0x2028 || r == 0x2029) {
        *out_ += r == 0x2028 ? "\\u2028" : "\\u2029";
      } else {
        out_->append(s.substr(i, width));
      }
      i += width;
    }
    *out_ += '"';
  }

  const JsonOptions& o_;
  std::string* out_;
};

}  // namespace

StatusOr<std::string> EncodeJson(const Value& v, const JsonOptions& options) {
  std::string out;
  Encoder e(options, &out);
  RETURN_IF_ERROR(e.Encode(v, 0));
  return out;
}

}  // namespace kiln::funcs
