// Expected outputs from hugo 0.111.3 on the same templates.
#include "hugo/partial_funcs.h"

#include <gtest/gtest.h>

#include "hugo/funcs/funcs.h"
#include "template/template_set.h"
#include "testing/status_matchers.h"

namespace kiln::hugo {
namespace {

// One build's FuncMap and the templates run with it.
class Harness {
 public:
  Harness() : funcs_(tmpl::NewBuiltinFuncMap()) {
    funcs::RegisterAllFuncs(&funcs_);
    RegisterPartialFuncs(&funcs_);
  }

  std::string Render(const std::vector<std::pair<std::string, std::string>>& partials,
                  const std::string& page) {
    tmpl::TemplateSet set(&funcs_);
    for (const auto& [name, text] : partials) {
      EXPECT_OK(set.Parse("partials/" + name, text));
      EXPECT_OK(set.EscapeHTML("partials/" + name));
    }
    EXPECT_OK(set.Parse("index.html", page));
    EXPECT_OK(set.EscapeHTML("index.html"));
    std::string out;
    Status s = set.Execute("index.html", Value(), &out);
    return s.ok() ? out : s.message();
  }


 private:
  tmpl::FuncMap funcs_;
};

class PartialFuncsTest : public ::testing::Test, public Harness {};

TEST_F(PartialFuncsTest, ReturnYieldsAValueOfAnyType) {
  EXPECT_EQ(Render({{"ret.html", "text before {{ return (dict \"a\" .) }} text after\n"}},
                "{{ partial \"ret.html\" 5 }} | {{ printf \"%T\" (partial \"ret.html\" 5) }} | "
                "{{ (partial \"ret.html\" 7).a }}"),
            "map[a:5] | map[string]interface {} | 7");
  EXPECT_EQ(Render({{"cond.html", "{{ $r := \"small\" }}{{ if gt . 10 }}{{ $r = \"big\" }}{{ end }}"
                               "{{ return $r }}"}},
                "{{ partial \"cond.html\" 5 }} {{ partial \"cond.html\" 50 }}"),
            "small big");
}

TEST_F(PartialFuncsTest, WithoutReturnTheTextIsHtml) {
  EXPECT_EQ(Render({{"plain.html", "<b>plain {{ . }}</b>\n"}, {"noarg.html", "x{{ return }}y\n"}},
                "{{ partial \"plain.html\" \"<x>\" }} {{ printf \"%T\" (partial \"plain.html\" 1) }}"
                "|{{ partial \"noarg.html\" }}"),
            "<b>plain &lt;x&gt;</b>\n template.HTML|xy\n");
}

TEST_F(PartialFuncsTest, CachedByNameAndVariants) {
  EXPECT_EQ(Render({{"counter.html", "{{ math.Counter }}"}},
                "{{ partialCached \"counter.html\" . }} {{ partialCached \"counter.html\" 1 }} "
                "{{ partialCached \"counter.html\" . \"v1\" }} "
                "{{ partialCached \"counter.html\" . \"v1\" }} "
                "{{ partialCached \"counter.html\" . \"v2\" 3 }} {{ partial \"counter.html\" }}"),
            "1 1 2 2 3 4");
  EXPECT_EQ(Render({{"ret.html", "{{ return (dict \"a\" .) }}"}},
                "{{ partialCached \"ret.html\" 1 }} {{ (partialCached \"ret.html\" 2).a }} "
                "{{ (partialCached \"ret.html\" 3 3).a }}"),
            "map[a:1] 1 3");
}

TEST_F(PartialFuncsTest, CacheLivesWithTheFuncMap) {
  std::vector<std::pair<std::string, std::string>> counter = {{"c.html", "{{ math.Counter }}"}};
  EXPECT_EQ(Render(counter, "{{ partialCached \"c.html\" }}"), "1");
  EXPECT_EQ(Render(counter, "{{ partialCached \"c.html\" }}"), "1");
  Harness other;
  EXPECT_EQ(other.Render(counter, "{{ partialCached \"c.html\" }}{{ math.Counter }}"), "12");
}

}  // namespace
}  // namespace kiln::hugo
