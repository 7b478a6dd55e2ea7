#include "deploy/deploy_config.h"

#include <gtest/gtest.h>

#include "deploy/credentials.h"
#include "testing/status_matchers.h"

namespace kiln::deploy {
namespace {

Value Str(std::string s) { return Value::String(std::move(s)); }

TEST(DeployConfigTest, ParsesHugoStyleSectionCaseInsensitively) {
  Value deployment = Value::Map(
      {{"order", Value::List({Str(".jpg$"), Str(".gif$")})},
       {"Targets",
        Value::List({Value::Map({{"NAME", Str("prod")},
                                 {"url", Str("s3://my-bucket?region=us-west-1&prefix=site")},
                                 {"cloudfrontdistributionid", Str("E123")},
                                 {"include", Str("**.html")},
                                 {"exclude", Str("**.{heic,psd}")},
                                 {"stripIndexHTML", Str("true")}})})},
       {"matchers",
        Value::List({Value::Map({{"pattern", Str("^.+\\.(js|css|svg|ttf)$")},
                                 {"cacheControl", Str("max-age=31536000, no-transform, public")},
                                 {"gzip", Value::Int(1)},
                                 {"force", Str("false")}})})}});
  ASSERT_OK_AND_ASSIGN(DeploymentConfig config, ParseDeploymentConfig(deployment));
  ASSERT_EQ(config.targets.size(), 1u);
  const Target& t = config.targets[0];
  EXPECT_EQ(t.name, "prod");
  EXPECT_EQ(t.bucket.bucket, "my-bucket");
  EXPECT_EQ(t.bucket.region, "us-west-1");
  EXPECT_EQ(t.bucket.prefix, "site/");
  EXPECT_EQ(t.cloudfront_distribution_id, "E123");
  EXPECT_TRUE(t.strip_index_html);
  EXPECT_TRUE(t.include->Match("a/b.html"));
  EXPECT_FALSE(t.include->Match("a/b.css"));
  EXPECT_TRUE(t.exclude->Match("img/x.psd"));
  EXPECT_FALSE(t.exclude->Match("img/x.png"));
  ASSERT_EQ(config.matchers.size(), 1u);
  EXPECT_TRUE(config.matchers[0].gzip);
  EXPECT_FALSE(config.matchers[0].force);
  EXPECT_EQ(config.matchers[0].cache_control, "max-age=31536000, no-transform, public");
  EXPECT_EQ(config.order, (std::vector<std::string>{".jpg$", ".gif$"}));
  ASSERT_OK_AND_ASSIGN(const Target* found, config.FindTarget(""));
  EXPECT_EQ(found->name, "prod");
  EXPECT_EQ(config.FindTarget("staging").status().message(),
            "deployment target \"staging\" not found");
}

TEST(DeployConfigTest, Errors) {
  struct Case {
    Value deployment;
    std::string message;
  };
  auto target = [](Value url) {
    return Value::Map({{"targets", Value::List({Value::Map({{"name", Str("t")}, {"url", url}})})}});
  };
  const std::vector<Case> cases = {
      {target(Str("gs://bucket")),
       "deployment target URL \"gs://bucket\": kiln deploys to s3:// URLs only"},
      {target(Str("s3://b?colour=red")),
       "deployment target URL \"s3://b?colour=red\": unknown parameter \"colour\""},
      {target(Value()), "deployment.targets[0]: URL is required"},
      {Value::Map({{"matchers", Value::List({Value::Map({{"pattern", Str("(")}})})}}),
       "invalid deployment.matchers[0] pattern \"(\": "},
      {Value::Map({{"matchers", Value::List({Value::Map({{"gzip", Value::Bool(true)}})})}}),
       "deployment.matchers[0]: empty pattern"},
      {Value::Map({{"matchers",
                    Value::List({Value::Map({{"pattern", Str("x")}, {"gzip", Str("maybe")}})})}}),
       "deployment.matchers[0]: gzip must be a boolean"},
  };
  for (const Case& c : cases) {
    StatusOr<DeploymentConfig> config = ParseDeploymentConfig(c.deployment);
    ASSERT_FALSE(config.ok()) << c.message;
    EXPECT_EQ(config.status().message().substr(0, c.message.size()), c.message);
  }
  ASSERT_OK_AND_ASSIGN(DeploymentConfig empty, ParseDeploymentConfig(Value()));
  EXPECT_EQ(empty.FindTarget("").status().message(),
            "no deployment targets configured: add [[deployment.targets]]");
}

TEST(DeployConfigTest, SiteMediaTypesFirstTypeClaimsASuffix) {
  DeploymentConfig config;
  ASSERT_OK(AddSiteMediaTypes(Value(), &config));
  EXPECT_TRUE(config.site_content_types.empty());
  ASSERT_OK(AddSiteMediaTypes(
      Value::Map({{"text/x-b", Value::Map({{"suffixes", Value::List({Str("b"), Str("ab")})}})},
                  {"text/x-a", Value::Map({{"suffixes", Value::List({Str("ab")})}})},
                  {"text/x-none", Value::Map({})}}),
      &config));
  EXPECT_EQ(config.site_content_types, (std::map<std::string, std::string, std::less<>>{
                                           {"ab", "text/x-a"}, {"b", "text/x-b"}}));
  EXPECT_EQ(AddSiteMediaTypes(Str("x"), &config).message(), "mediaTypes must be a table");
  EXPECT_EQ(
      AddSiteMediaTypes(Value::Map({{"t/x", Value::Map({{"suffixes", Value::Int(1)}})}}), &config)
          .message(),
      "mediaTypes.t/x.suffixes must hold strings");
}

// Hugo 0.111 reads none of its deploy flags from [deployment]: such keys are accepted and
// change nothing.
TEST(DeployConfigTest, FlagKeysInSectionAreIgnored) {
  ASSERT_OK_AND_ASSIGN(DeploymentConfig config,
                       ParseDeploymentConfig(Value::Map({{"maxDeletes", Value::Int(0)},
                                                         {"dryRun", Value::Bool(true)},
                                                         {"workers", Value::Int(3)}})));
  EXPECT_TRUE(config.targets.empty());
}

TEST(BucketUrlTest, EndpointAndPathStyle) {
  ASSERT_OK_AND_ASSIGN(
      BucketUrl url,
      ParseBucketUrl("s3://b?endpoint=127.0.0.1:4569&disableSSL=true&s3ForcePathStyle=true"));
  EXPECT_EQ(url.endpoint, "http://127.0.0.1:4569");
  EXPECT_TRUE(url.force_path_style);
  ASSERT_OK_AND_ASSIGN(
      url, ParseBucketUrl(
               "s3://b?endpoint=https%3A%2F%2Fminio.example%2F&use_path_style=true&awssdk=v2"));
  EXPECT_EQ(url.endpoint, "https://minio.example");
  EXPECT_TRUE(url.force_path_style);
}

TEST(GlobTest, Table) {
  struct Case {
    const char* glob;
    const char* path;
    bool match;
  };
  const std::vector<Case> cases = {
      {"**.html", "index.html", true},
      {"**.html", "a/b/c.html", true},
      {"*.html", "a/b.html", true},
      {"**.{jpg,png}", "x/y.png", true},
      {"**.{jpg,png}", "x/y.gif", false},
      {"img/?.png", "img/a.png", true},
      {"img/?.png", "img/ab.png", false},
      {"[ab]*.css", "b.css", true},
      {"[!ab]*.css", "b.css", false},
      {"a\\*b", "a*b", true},
      {"a.b", "axb", false},
      {"docs/**", "docs/x/y", true},
  };
  for (const Case& c : cases) {
    ASSERT_OK_AND_ASSIGN(Glob g, Glob::Compile(c.glob));
    EXPECT_EQ(g.Match(c.path), c.match) << c.glob << " " << c.path;
  }
  EXPECT_FALSE(Glob::Compile("{a,b").ok());
  EXPECT_FALSE(Glob::Compile("[ab").ok());
}

TEST(CredentialsTest, ProfileRegionAndEndpointFromConfigFiles) {
  MemoryFileSystem fs;
  ASSERT_OK(fs.WriteFile(
      "/h/.aws/credentials",
      "[work]\naws_access_key_id = AKW\naws_secret_access_key = SKW\naws_session_token = TOK\n"));
  ASSERT_OK(fs.WriteFile(
      "/h/.aws/config",
      "[profile work]\nregion = eu-central-1\nendpoint_url = http://localhost:9000/\n"));
  ASSERT_OK_AND_ASSIGN(AwsSettings s,
                       ResolveAwsSettings({{"HOME", "/h"}, {"AWS_PROFILE", "work"}}, fs, {}));
  EXPECT_EQ(s.credentials.access_key_id, "AKW");
  EXPECT_EQ(s.credentials.session_token, "TOK");
  EXPECT_EQ(s.region, "eu-central-1");
  EXPECT_EQ(s.endpoint, "http://localhost:9000");
  EXPECT_EQ(s.source, "profile work");

  // The environment's keys win over the default profile; the URL's region over everything.
  BucketUrl url;
  url.region = "ap-south-1";
  ASSERT_OK_AND_ASSIGN(s, ResolveAwsSettings({{"HOME", "/h"},
                                              {"AWS_ACCESS_KEY_ID", "E"},
                                              {"AWS_SECRET_ACCESS_KEY", "S"},
                                              {"AWS_REGION", "us-west-2"}},
                                             fs, url));
  EXPECT_EQ(s.credentials.access_key_id, "E");
  EXPECT_EQ(s.region, "ap-south-1");
  EXPECT_EQ(s.source, "environment");

  StatusOr<AwsSettings> missing =
      ResolveAwsSettings({{"HOME", "/h"}, {"AWS_PROFILE", "nope"}}, fs, {});
  EXPECT_EQ(missing.status().message(),
            "no AWS credentials for profile \"nope\" in ~/.aws/credentials or ~/.aws/config");
}

TEST(CredentialsTest, DotEnvDoesNotOverrideTheEnvironment) {
  MemoryFileSystem fs;
  ASSERT_OK(fs.WriteFile("site/.env", "A=from-file\nB='quoted value'\n# C=comment\n"));
  ASSERT_OK_AND_ASSIGN(EnvMap env, MergeDotEnv({{"A", "from-env"}}, fs, "site"));
  EXPECT_EQ(env, (EnvMap{{"A", "from-env"}, {"B", "quoted value"}}));
}

}  // namespace
}  // namespace kiln::deploy
