// libFuzzer entry point for the template parser, escaper and executor. Not part of the
// CMake build (it needs clang's -fsanitize=fuzzer); tools/gotemplate/fuzz_parser.sh builds
// and runs it. Each input is parsed as a template; a template that parses is then escaped
// for HTML and executed (text and HTML) against a small fixed data value, so crashes,
// sanitizer reports and unbounded recursion anywhere on that path are found.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "template/template_set.h"

namespace {

const kiln::Value& Data() {
  static const kiln::Value* data = new kiln::Value(kiln::Value::Map(
      {{"s", kiln::Value::String("<a href=\"x\">&'</a>")},
       {"n", kiln::Value::Int(3)},
       {"f", kiln::Value::Float(2.5)},
       {"l", kiln::Value::List({kiln::Value::Int(1), kiln::Value::String("x"), kiln::Value()})},
       {"m", kiln::Value::Map({{"k", kiln::Value::String("v")}})}}));
  return *data;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  static const kiln::tmpl::FuncMap* funcs =
      new kiln::tmpl::FuncMap(kiln::tmpl::NewBuiltinFuncMap());
  std::string_view text(reinterpret_cast<const char*>(bytes), size);
  kiln::tmpl::TemplateSet set(funcs);
  if (!set.Parse("fuzz", text).ok()) return 0;
  std::string out;
  set.Execute("fuzz", Data(), &out).IgnoreError();
  if (out.size() > (1 << 20)) return 0;
  if (set.EscapeHTML("fuzz").ok()) {
    out.clear();
    set.Execute("fuzz", Data(), &out).IgnoreError();
  }
  return 0;
}
