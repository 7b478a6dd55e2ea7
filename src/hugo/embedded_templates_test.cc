#include "hugo/embedded_templates.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "hugo/funcs/funcs.h"
#include "hugo/layout_lookup.h"
#include "hugo/site_funcs.h"
#include "hugo/test_helpers.h"
#include "testing/status_matchers.h"

namespace kiln::hugo {
namespace {

// A file of testdata/sites_hugo/embedded (tools/hugo/embedded_outputs.sh).
std::string Golden(const std::string& name) {
  std::ifstream in("testdata/sites_hugo/embedded/" + name, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// What an alias page's dot holds, as far as the embedded template reads it.
Value AliasData(std::string permalink, std::string language_code) {
  return Value::Map({{"Permalink", Value::String(std::move(permalink))},
                     {"languageCode", Value::String(std::move(language_code))}});
}

// The functions the embedded templates call.
tmpl::FuncMap AllFuncs() {
  tmpl::FuncMap funcs = tmpl::NewBuiltinFuncMap();
  funcs::RegisterAllFuncs(&funcs);
  RegisterSiteFuncs("https://example.com/", "", &funcs);
  return funcs;
}

class EmbeddedTemplatesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_OK_AND_ASSIGN(store_, TemplateStore::Build(EmbeddedTemplates(), &funcs_));
  }
  std::string Run(const std::vector<std::string>& candidates, const Value& data) {
    return RunResolved(store_->Resolve(candidates, {}), data);
  }

  tmpl::FuncMap funcs_ = AllFuncs();
  std::unique_ptr<TemplateStore> store_;
};

TEST_F(EmbeddedTemplatesTest, AliasMatchesHugo) {
  EXPECT_EQ(Run(AliasCandidates(), AliasData("http://example.org/sub/posts/first/", "fr-ca")),
            Golden("alias-fr-ca.html"));
  EXPECT_EQ(Run(AliasCandidates(), AliasData("http://example.org/sub/a%20b/%C3%BC?x=1&y=2/", "en")),
            Golden("alias-escaped.html"));
}

TEST_F(EmbeddedTemplatesTest, RobotsTxtMatchesHugo) {
  EXPECT_EQ(Run(RobotsTxtCandidates(), Value()), Golden("robots.txt"));
}

TEST(EmbeddedTemplatesOverrideTest, SiteLayoutWins) {
  tmpl::FuncMap funcs = AllFuncs();
  std::vector<TemplateSource> sources = {{"robots.txt", "Disallow: /", "layouts/robots.txt"}};
  for (TemplateSource& s : EmbeddedTemplates()) sources.push_back(std::move(s));
  ASSERT_OK_AND_ASSIGN(auto store, TemplateStore::Build(std::move(sources), &funcs));
  ASSERT_OK_AND_ASSIGN(auto resolved, store->Resolve(RobotsTxtCandidates(), {}));
  ASSERT_TRUE(resolved.has_value());
  EXPECT_EQ(resolved->name, "robots.txt");
}

}  // namespace
}  // namespace kiln::hugo
