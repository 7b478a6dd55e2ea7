// CallContext as functions see it: running another template of the set, and a hoisted
// `return` handing a value back to the function that ran the template.
#include <gtest/gtest.h>

#include "template/hoist_return.h"
#include "template/template_set.h"

namespace kiln::tmpl {
namespace {

// "run NAME DATA" executes NAME and yields its returned value, or its text.
FuncMap ReturnFuncs() {
  FuncMap funcs = NewBuiltinFuncMap();
  Function run;
  run.params = {ParamKind::kString, ParamKind::kAny};
  run.impl = [](const CallContext& ctx, std::span<const Value> args) -> StatusOr<Value> {
    std::string out;
    std::optional<Value> returned;
    RETURN_IF_ERROR(ctx.ExecuteTemplate(args[0].AsString(), args[1], &out, &returned));
    return returned ? *returned : Value::String(out);
  };
  funcs.Register("run", run);
  Function ret;  // the `return` left in place: no argument, no output
  ret.impl = [](const CallContext&, std::span<const Value>) -> StatusOr<Value> {
    return Value::String("");
  };
  funcs.Register("return", ret);
  return funcs;
}

// Parses `text` as `name` into `set` and hoists its return, as Hugo's partials are loaded.
void ParseHoisted(TemplateSet* set, const std::string& name, const std::string& text) {
  ASSERT_TRUE(set->Parse(name, text).ok());
  std::unique_ptr<Tree> tree = set->Lookup(name)->Clone();
  ASSERT_TRUE(HoistReturn(tree.get(), "return"));
  set->AddTree(std::move(tree));
}

TEST(CallContext, ReturnHandsBackAValue) {
  FuncMap funcs = ReturnFuncs();
  TemplateSet set(&funcs);
  ParseHoisted(&set, "double", "ignored {{ return (printf \"%d%d\" . .) }} text");
  ASSERT_TRUE(set.Parse("text", "plain {{ . }}").ok());
  ASSERT_TRUE(set.Parse("main",
                        "{{ printf \"%v %T\" (run \"double\" 2) (run \"double\" 2) }}|"
                        "{{ run \"text\" 3 }}")
                  .ok());
  std::string got;
  Status s = set.Execute("main", Value(), &got);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(got, "22 string|plain 3");
}

TEST(CallContext, TheResultIsEvaluatedOnlyWhenAskedFor) {
  FuncMap funcs = ReturnFuncs();
  TemplateSet set(&funcs);
  ParseHoisted(&set, "main", "a{{ return (index . 9) }}b");
  std::string got;
  ASSERT_TRUE(set.Execute("main", Value(), &got).ok());
  EXPECT_EQ(got, "ab");
}

// Each case: template text, then the body and the result pipeline once hoisted.
TEST(HoistReturn, TakesTheFirstReturnWithArguments) {
  struct Case {
    const char* text;
    const char* body;
    const char* result;
  };
  const Case kCases[] = {
      {"a{{ return 1 }}b", "ab", "1"},
      {"{{ return }}{{ return print 1 2 }}{{ return 3 }}", "{{return}}{{return 3}}", "print 1 2"},
      {"{{ if . }}{{ range . }}{{ return . }}{{ end }}{{ end }}x",
       "{{if .}}{{range .}}{{end}}{{end}}x", "."},
      {"{{ with . }}{{ else }}{{ return $ }}{{ end }}", "{{with .}}{{else}}{{end}}", "$"},
      {"{{ return 1 | print }}", "{{print}}", "1"},
  };
  FuncMap funcs = ReturnFuncs();
  for (const Case& c : kCases) {
    TemplateSet set(&funcs);
    ASSERT_TRUE(set.Parse("t", c.text).ok()) << c.text;
    std::unique_ptr<Tree> tree = set.Lookup("t")->Clone();
    ASSERT_TRUE(HoistReturn(tree.get(), "return")) << c.text;
    EXPECT_EQ(tree->root->String(), c.body) << c.text;
    EXPECT_EQ(tree->result->String(), c.result) << c.text;
  }
  TemplateSet set(&funcs);
  ASSERT_TRUE(set.Parse("t", "{{ return }}").ok());
  EXPECT_FALSE(HoistReturn(set.Lookup("t")->Clone().get(), "return"));
}

}  // namespace
}  // namespace kiln::tmpl
