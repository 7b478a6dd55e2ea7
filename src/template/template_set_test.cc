// Engine behaviour the Go-generated conformance suite cannot cover: Hugo's {{else with}},
// template set overlays, concurrent execution, nesting limits, and the function hooks
// (overriding built-ins, calling back into the set).
#include "template/template_set.h"

#include <gtest/gtest.h>

#include <thread>

#include "template/test_object.h"
#include "value/go_format.h"

namespace kiln::tmpl {
namespace {

class TemplateSetTest : public testing::Test {
 protected:
  std::string Run(TemplateSet& set, std::string_view name, const Value& data) {
    std::string out;
    Status s = set.Execute(name, data, &out);
    return s.ok() ? out : "ERROR: " + s.message();
  }
  std::string Render(std::string_view text, const Value& data) {
    TemplateSet set(&funcs_);
    Status s = set.Parse("t", text);
    if (!s.ok()) return "ERROR: " + s.message();
    return Run(set, "t", data);
  }

  FuncMap funcs_ = NewBuiltinFuncMap();
};

TEST_F(TemplateSetTest, ElseWithAsInHugo) {
  const char* text = "{{with .a}}A{{.}}{{else with .b}}B{{.}}{{else}}C{{end}}";
  EXPECT_EQ(Render(text, Value::Map({{"a", Value::Int(1)}})), "A1");
  EXPECT_EQ(Render(text, Value::Map({{"b", Value::Int(2)}})), "B2");
  EXPECT_EQ(Render(text, Value::Map({})), "C");
}

TEST_F(TemplateSetTest, NodeStringsRoundTrip) {
  auto resolve = [this](std::string_view n) { return funcs_.Find(n); };
  const std::string text =
      "{{if .x}}a{{else}}b{{end}}{{range $i, $e := .l}}{{$e.f | printf \"%d\"}}{{end}}"
      "{{with (index .m \"k\").v}}{{.}}{{end}}{{template \"x\" .}}";
  auto trees = ParseTemplate("t", text, resolve);
  ASSERT_TRUE(trees.ok()) << trees.status().message();
  EXPECT_EQ((*trees)[0]->root->String(), text);
}

TEST_F(TemplateSetTest, CloneOverlaysDefinitionsWithoutTouchingTheBase) {
  TemplateSet base(&funcs_);
  ASSERT_TRUE(base.Parse("baseof", "<main>{{block \"main\" .}}default{{end}}</main>").ok());
  auto page = base.Clone();
  ASSERT_TRUE(page->Parse("single", "{{define \"main\"}}page {{.}}{{end}}").ok());
  auto list = base.Clone();
  ASSERT_TRUE(list->Parse("list", "{{define \"main\"}}list {{.}}{{end}}").ok());
  EXPECT_EQ(Run(*page, "baseof", Value::Int(1)), "<main>page 1</main>");
  EXPECT_EQ(Run(*list, "baseof", Value::Int(2)), "<main>list 2</main>");
  EXPECT_EQ(Run(base, "baseof", Value::Int(3)), "<main>default</main>");
  // An empty redefinition never replaces a real body.
  ASSERT_TRUE(page->Parse("empty", "{{define \"main\"}}  {{end}}").ok());
  EXPECT_EQ(Run(*page, "baseof", Value::Int(4)), "<main>page 4</main>");
}

TEST_F(TemplateSetTest, ExecutesConcurrentlyWithTheSameResult) {
  TemplateSet set(&funcs_);
  ASSERT_TRUE(set.Parse("t",
                        "{{define \"i\"}}<li title=\"{{.}}\">{{.}}</li>{{end}}"
                        "<ul>{{range .}}{{template \"i\" .}}{{end}}</ul>")
                  .ok());
  ASSERT_TRUE(set.EscapeHTML("t").ok());
  ValueList items;
  for (int i = 0; i < 200; ++i) items.push_back(Value::String("<" + std::to_string(i) + ">"));
  Value data = Value::List(std::move(items));
  std::string want = Run(set, "t", data);
  ASSERT_EQ(want.substr(0, 40), "<ul><li title=\"&lt;0&gt;\">&lt;0&gt;</li>");
  std::vector<std::string> got(8);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < got.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int k = 0; k < 20; ++k) got[t] = Run(set, "t", data);
    });
  }
  for (auto& th : threads) th.join();
  for (const std::string& g : got) EXPECT_EQ(g, want);
}

TEST_F(TemplateSetTest, NestingLimitsGiveClearErrors) {
  std::string parens =
      std::string(kMaxParseDepth + 10, '(') + "1" + std::string(kMaxParseDepth + 10, ')');
  EXPECT_EQ(Render("{{" + parens + "}}", Value()),
            "ERROR: template: t:1: max expression depth exceeded");
  std::string ifs;
  for (int i = 0; i < kMaxParseDepth + 10; ++i) ifs += "{{if 1}}";
  for (int i = 0; i < kMaxParseDepth + 10; ++i) ifs += "{{end}}";
  EXPECT_EQ(Render(ifs, Value()), "ERROR: template: t:1: max expression depth exceeded");
  EXPECT_EQ(Render("{{define \"r\"}}{{template \"r\" .}}{{end}}{{template \"r\" .}}", Value()),
            "ERROR: template: t:1:25: executing \"r\" at <{{template \"r\" .}}>: exceeded "
            "maximum template depth (2000)");
}

TEST_F(TemplateSetTest, RegisteredFunctionsOverrideBuiltins) {
  Function eq;
  eq.params = {ParamKind::kAny, ParamKind::kAny};
  eq.impl = [](const CallContext&, std::span<const Value> a) -> StatusOr<Value> {
    return Value::Bool(GoTypeName(a[0]) == GoTypeName(a[1]) || a[0] == a[1]);
  };
  funcs_.Register("eq", eq);
  EXPECT_EQ(Render("{{eq 1 1.0}} {{eq \"a\" 2}}", Value()), "true false");
  // A replaced `and` is an ordinary function: it no longer short-circuits.
  Function and_fn;
  and_fn.variadic = true;
  and_fn.impl = [](const CallContext&, std::span<const Value> a) -> StatusOr<Value> {
    return a.back();
  };
  funcs_.Register("and", and_fn);
  EXPECT_EQ(Render("{{and false (index .l 5)}}", Value::Map({{"l", Value::List({})}})),
            "ERROR: template: t:1:13: executing \"t\" at <index .l 5>: error calling index: "
            "index out of range: 5");
}

TEST_F(TemplateSetTest, FunctionsCanExecuteTemplatesOfTheSet) {
  Function partial;
  partial.params = {ParamKind::kString, ParamKind::kAny};
  partial.impl = [](const CallContext& ctx, std::span<const Value> a) -> StatusOr<Value> {
    std::string out;
    RETURN_IF_ERROR(ctx.ExecuteTemplate(a[0].AsString(), a[1], &out));
    return Value::String(std::move(out), SafeKind::kHTML);
  };
  funcs_.Register("partial", partial);
  // Each template a function runs is escaped as an entry of its own, as Hugo does.
  TemplateSet set(&funcs_);
  ASSERT_TRUE(set.Parse("t", "{{define \"p\"}}<b>{{.}}</b>{{end}}[{{partial \"p\" .}}]").ok());
  ASSERT_TRUE(set.EscapeHTML("t").ok());
  ASSERT_TRUE(set.EscapeHTML("p").ok());
  EXPECT_EQ(Run(set, "t", Value::String("x&y")), "[<b>x&amp;y</b>]");
  EXPECT_EQ(Render("{{partial \"nope\" .}}", Value()),
            "ERROR: template: t:1:2: executing \"t\" at <partial \"nope\" .>: error calling "
            "partial: template \"nope\" not defined");
}

TEST_F(TemplateSetTest, EscapingStripsCommentsEvenWhenNothingElseRemains) {
  struct Case {
    const char* text;
    const char* want;
  };
  for (const Case& c : std::initializer_list<Case>{{"<!-- x -->", ""},
                                                   {"  <!-- x\n y -->\n", "  \n"},
                                                   {"{{/* c */}}<!-- x -->", ""},
                                                   {"a<!-- x -->b", "ab"}}) {
    TemplateSet set(&funcs_);
    ASSERT_TRUE(set.Parse("p", c.text).ok());
    ASSERT_TRUE(set.EscapeHTML("p").ok());
    EXPECT_EQ(Run(set, "p", Value()), c.want) << c.text;
  }
}

TEST_F(TemplateSetTest, ObjectsAreReadLazilyThroughMembers) {
  Value user = Value::FromObject(std::make_shared<TestUser>("Ann", 42));
  EXPECT_EQ(Render("{{.Name}} {{.Greet \"Hi\"}} {{.Friend.Name}}", user),
            "Ann Hi, Ann Friend of Ann");
}

}  // namespace
}  // namespace kiln::tmpl
