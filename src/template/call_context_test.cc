// CallContext as functions see it: running another template of the set, and `return`
// handing a value back to the function that ran the template.
#include <gtest/gtest.h>

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
  Function ret;
  ret.params = {ParamKind::kAny};
  ret.impl = [](const CallContext& ctx, std::span<const Value> args) -> StatusOr<Value> {
    RETURN_IF_ERROR(ctx.SetReturnValue(args[0]));
    return Value::String("");
  };
  funcs.Register("return", ret);
  return funcs;
}

TEST(CallContext, ReturnHandsBackAValue) {
  FuncMap funcs = ReturnFuncs();
  TemplateSet set(&funcs);
  ASSERT_TRUE(set.Parse("double", "ignored {{ return (printf \"%d%d\" . .) }} text").ok());
  ASSERT_TRUE(set.Parse("text", "plain {{ . }}").ok());
  ASSERT_TRUE(set.Parse("main", "{{ printf \"%v %T\" (run \"double\" 2) (run \"double\" 2) }}|"
                                "{{ run \"text\" 3 }}")
                  .ok());
  std::string got;
  Status s = set.Execute("main", Value(), &got);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(got, "22 string|plain 3");
}

TEST(CallContext, ReturnOutsideACallIsAnError) {
  FuncMap funcs = ReturnFuncs();
  TemplateSet set(&funcs);
  ASSERT_TRUE(set.Parse("main", "{{ return 1 }}").ok());
  std::string got;
  EXPECT_EQ(set.Execute("main", Value(), &got).message(),
            "template: main:1:3: executing \"main\" at <return 1>: error calling return: "
            "return outside a partial");
}

}  // namespace
}  // namespace kiln::tmpl
