// time.Now reads the clock it is registered with; the rest of the namespace is covered by
// the conformance cases in testdata/funcs/time.txtar.
#include <gtest/gtest.h>

#include "hugo/funcs/funcs.h"
#include "template/template_set.h"

namespace kiln::funcs {
namespace {

TEST(TimeFuncs, NowReadsTheClock) {
  tmpl::FuncMap funcs = tmpl::NewBuiltinFuncMap();
  RegisterAllFuncs(&funcs);
  RegisterTimeFuncs(&funcs, std::make_shared<FakeClock>(1'600'000'000'250'000'000));
  tmpl::TemplateSet set(&funcs);
  ASSERT_TRUE(set.Parse("t", "{{ now }}|{{ time.Now.Year }}|{{ now.UnixMilli }}").ok());
  std::string got;
  ASSERT_TRUE(set.Execute("t", Value(), &got).ok());
  EXPECT_EQ(got, "2020-09-13 12:26:40.25 +0000 UTC|2020|1600000000250");
}

}  // namespace
}  // namespace kiln::funcs
