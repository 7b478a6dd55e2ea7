// The Scratch store behind `.Scratch`, `.Store` and `newScratch`.
#include "hugo/funcs/scratch.h"

#include <gtest/gtest.h>

#include "hugo/funcs/funcs.h"
#include "template/template_set.h"
#include "testing/status_matchers.h"

namespace kiln::funcs {
namespace {

Value Call(const Scratch& s, std::string_view name, std::vector<Value> args) {
  StatusOr<Value> v = s.Member(name, args);
  EXPECT_OK(v.status());
  return v.ok() ? *v : Value();
}

TEST(ScratchTest, AddSumsJoinsAndAppends) {
  Scratch s;
  struct Case {
    std::string key;
    Value first, second, want;
  };
  const Case cases[] = {
      {"i", Value::Int(2), Value::Int(3), Value::Int(5)},
      {"f", Value::Float(1.5), Value::Int(1), Value::Float(2.5)},
      {"s", Value::String("ab"), Value::String("cd"), Value::String("abcd")},
      {"l", Value::List({Value::String("x")}), Value::String("y"),
       Value::List({Value::String("x"), Value::String("y")})},
  };
  for (const Case& c : cases) {
    Call(s, "Set", {Value::String(c.key), c.first});
    Call(s, "Add", {Value::String(c.key), c.second});
    EXPECT_EQ(Call(s, "Get", {Value::String(c.key)}), c.want) << c.key;
  }
  std::vector<Value> bad = {Value::String("s"), Value::Int(1)};
  EXPECT_FALSE(s.Member("Add", bad).ok());
}

TEST(ScratchTest, MapsAndDeletion) {
  Scratch s;
  Call(s, "SetInMap", {Value::String("m"), Value::String("b"), Value::Int(2)});
  Call(s, "SetInMap", {Value::String("m"), Value::String("a"), Value::Int(1)});
  EXPECT_EQ(Call(s, "GetSortedMapValues", {Value::String("m")}),
            Value::List({Value::Int(1), Value::Int(2)}));
  Call(s, "DeleteInMap", {Value::String("m"), Value::String("a")});
  EXPECT_EQ(Call(s, "Get", {Value::String("m")}), Value::Map({{"b", Value::Int(2)}}));
  Call(s, "Delete", {Value::String("m")});
  EXPECT_TRUE(Call(s, "Get", {Value::String("m")}).is_null());
  EXPECT_EQ(Call(s, "Values", {}), Value::Map({}));
}

TEST(ScratchTest, NewScratchGivesAFreshStoreEachCall) {
  tmpl::FuncMap funcs = tmpl::NewBuiltinFuncMap();
  RegisterAllFuncs(&funcs);
  tmpl::TemplateSet set(&funcs);
  ASSERT_OK(set.Parse("t",
                      "{{ $a := newScratch }}{{ $b := collections.NewScratch }}"
                      "{{ $a.Set \"k\" 1 }}{{ $a.Add \"k\" 2 }}{{ $a.Get \"k\" }}|"
                      "{{ $b.Get \"k\" }}|{{ printf \"%T\" $a }}"));
  std::string got;
  ASSERT_OK(set.Execute("t", Value(), &got));
  EXPECT_EQ(got, "3|<no value>|*maps.Scratch");  // text/template prints nil so
}

}  // namespace
}  // namespace kiln::funcs
