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
      HoistPartialReturn(&set, "partials/" + name);
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
  EXPECT_EQ(Render({{"cond.html",
                     "{{ $r := \"small\" }}{{ if gt . 10 }}{{ $r = \"big\" }}{{ end }}"
                     "{{ return $r }}"}},
                   "{{ partial \"cond.html\" 5 }} {{ partial \"cond.html\" 50 }}"),
            "small big");
}

// Each case: partial text, page text, output (or error) from hugo 0.111.3.
struct ReturnCase {
  const char* name;
  const char* partial;
  const char* page;
  const char* want;
};

TEST_F(PartialFuncsTest, ReturnIsStatic) {
  const ReturnCase kCases[] = {
      {"text around", "a {{ return \"r\" }} b {{ . }}", "{{ partial \"p.html\" 1 }}", "r"},
      {"falsy argument", "{{ return 5 }}", "{{ partial \"p.html\" 0 }}{{ partial \"p.html\" nil }}",
       "55"},
      {"dot is the argument inside range",
       "{{ range . }}{{ if eq . 2 }}{{ return . }}{{ end }}{{ end }}",
       "{{ partial \"p.html\" (slice 1 2 3) }}", "[1 2 3]"},
      {"inside with", "{{ with .a }}{{ return . }}{{ end }}",
       "{{ partial \"p.html\" (dict \"a\" \"x\") }}", "map[a:x]"},
      {"variables at the end", "{{ $x := 1 }}{{ return $x }}{{ $x = 2 }}",
       "{{ partial \"p.html\" 5 }}", "2"},
      {"a function call", "{{ return add . 1 }}", "{{ partial \"p.html\" 4 }}", "5"},
      {"not escaped", "<b>{{ return \"<i>\" }}", "{{ partial \"p.html\" 4 }}", "&lt;i&gt;"},
      {"second return", "{{ if . }}{{ return \"first\" }}{{ end }}{{ return \"second\" }}",
       "{{ partial \"p.html\" true }}",
       "template: index.html:1:3: executing \"index.html\" at <partial \"p.html\" true>: error "
       "calling partial: template: partials/p.html:1:42: executing \"partials/p.html\" at "
       "<return>: wrong number of args for return: want 0 got 1"},
      {"else branch", "{{ if . }}{{ return \"yes\" }}{{ else }}{{ return \"no\" }}{{ end }}",
       "{{ partial \"p.html\" true }}", "yes"},
      {"outside a partial", "", "{{ return 1 }}",
       "template: index.html:1:3: executing \"index.html\" at <return>: wrong number of args "
       "for return: want 0 got 1"},
  };
  for (const ReturnCase& c : kCases) {
    EXPECT_EQ(Render({{"p.html", c.partial}}, c.page), c.want) << c.name;
  }
}

TEST_F(PartialFuncsTest, WithoutReturnTheTextIsHtml) {
  EXPECT_EQ(
      Render({{"plain.html", "<b>plain {{ . }}</b>\n"}, {"noarg.html", "x{{ return }}y\n"}},
             "{{ partial \"plain.html\" \"<x>\" }} {{ printf \"%T\" (partial \"plain.html\" 1) }}"
             "|{{ partial \"noarg.html\" }}"),
      "<b>plain &lt;x&gt;</b>\n template.HTML|xy\n");
}

TEST_F(PartialFuncsTest, CachedByNameAndVariants) {
  EXPECT_EQ(
      Render({{"counter.html", "{{ math.Counter }}"}},
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

// An HTML page calling a partial held by another (text) set: the partial runs unescaped in
// its own set and its text is template.HTML in the page.
TEST(PartialFallbackTest, FindsAPartialOfTheOtherKind) {
  tmpl::FuncMap funcs = tmpl::NewBuiltinFuncMap();
  funcs::RegisterAllFuncs(&funcs);
  auto fallback = std::make_shared<PartialFallback>();
  RegisterPartialFuncs(&funcs, fallback);
  tmpl::TemplateSet text(&funcs), html(&funcs);
  ASSERT_OK(text.Parse("partials/x.txt", "<i>{{ . }}</i>"));
  ASSERT_OK(html.Parse(
      "index.html", "{{ partial \"x.txt\" \"a<b\" }}|<a title=\"{{ partial \"x.txt\" \"c\" }}\">"));
  ASSERT_OK(html.EscapeHTML("index.html"));
  *fallback = [&](std::string_view name) -> const tmpl::TemplateSet* {
    return text.Lookup(name) != nullptr ? &text : nullptr;
  };
  std::string out;
  ASSERT_OK(html.Execute("index.html", Value(), &out));
  EXPECT_EQ(out, "<i>a<b</i>|<a title=\"c\">");
}

}  // namespace
}  // namespace kiln::hugo
