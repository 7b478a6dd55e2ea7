// End-to-end tests of the real kiln binary (its path comes from the build as KILN_BINARY):
// each runs it in a fresh temporary directory and checks the exit code, stdout and stderr.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>

namespace kiln {
namespace {

namespace fs = std::filesystem;

struct KilnRun {
  int exit_code = -1;
  std::string out, err;
};

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void WriteFile(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "kiln-cli-XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Runs `kiln ARGS` in the temporary directory with a clean environment plus `env`
  // ("NAME=value ..."). Arguments are passed through the shell as written.
  KilnRun Kiln(const std::string& args, const std::string& env = "") {
    const std::string command = "cd '" + dir_.string() + "' && env -i PATH=/usr/bin:/bin " + env +
                                " '" + KILN_BINARY + "' " + args + " >stdout.txt 2>stderr.txt";
    const int status = std::system(command.c_str());
    KilnRun run;
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.out = ReadAll(dir_ / "stdout.txt");
    run.err = ReadAll(dir_ / "stderr.txt");
    fs::remove(dir_ / "stdout.txt");
    fs::remove(dir_ / "stderr.txt");
    return run;
  }

  void WriteSite() {
    WriteFile(dir_ / "site/hugo.toml", "baseURL = 'https://example.com/'\ntitle = 'E2E'\n");
    WriteFile(dir_ / "site/content/posts/a.md",
              "---\ntitle: A\ndate: 2023-01-01\ntags: [x]\n---\nBody\n");
    WriteFile(dir_ / "site/content/posts/b.md",
              "+++\ntitle = 'B'\ndate = 2023-01-02\ndraft = true\n+++\nBody\n");
    WriteFile(dir_ / "site/static/s.txt", "static\n");
    // Hugo writes no HTML for a kind without a layout.
    WriteFile(dir_ / "site/layouts/_default/single.html", "{{ .Title }}\n");
    WriteFile(dir_ / "site/layouts/_default/list.html", "{{ .Title }}\n");
  }

  fs::path dir_;
};

// The build report with every number replaced by N, and the padding that depends on the
// numbers' widths removed.
std::string Shape(const std::string& out) {
  std::string shape = std::regex_replace(out, std::regex(" *[0-9]+"), " N");
  shape = std::regex_replace(shape, std::regex("\\+-+\n"), "+--\n");
  return std::regex_replace(shape, std::regex(" +\n"), "\n");
}

TEST_F(CliTest, Version) {
  KilnRun r = Kiln("version");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, std::string("kiln v") + KILN_VERSION + " linux/amd64\n");
  EXPECT_EQ(r.err, "");
}

TEST_F(CliTest, UsageErrorsExit255AsHugo) {
  for (const char* args : {"--badflag", "badcommand", "--workers x"}) {
    KilnRun r = Kiln(args);
    EXPECT_EQ(r.exit_code, 255) << args;
    EXPECT_EQ(r.out, "") << args;
    EXPECT_TRUE(r.err.starts_with("Error: ")) << args << ": " << r.err;
    EXPECT_TRUE(r.err.ends_with("Run 'kiln --help' for usage.\n")) << args << ": " << r.err;
  }
  KilnRun r = Kiln("new");
  EXPECT_EQ(r.exit_code, 255);
  EXPECT_EQ(r.err, "Error: path needs to be provided\nRun 'kiln new --help' for usage.\n");
}

TEST_F(CliTest, Help) {
  for (const char* args : {"--help", "help", "help config", "help new site", "new --help"}) {
    KilnRun r = Kiln(args);
    EXPECT_EQ(r.exit_code, 0) << args;
    EXPECT_NE(r.out.find("Usage:"), std::string::npos) << args << ": " << r.out;
    EXPECT_EQ(r.err, "") << args;
  }
}

// As hugo does: the main help on stderr after the unknown topic, and success.
TEST_F(CliTest, HelpForAnUnknownTopic) {
  const KilnRun main_help = Kiln("--help");
  EXPECT_EQ(Kiln("help").out, main_help.out);
  for (auto [args, topic] : {std::pair{"help nosuch", "[`nosuch`]"},
                             std::pair{"help new nosuch", "[`new` `nosuch`]"}}) {
    KilnRun r = Kiln(args);
    EXPECT_EQ(r.exit_code, 0) << args;
    EXPECT_EQ(r.out, "") << args;
    EXPECT_EQ(r.err, std::string("Unknown help topic ") + topic + "\n" + main_help.out) << args;
  }
}

TEST_F(CliTest, BuildPrintsHugosSummaryAndTheOutputPath) {
  WriteSite();
  KilnRun r = Kiln("-s site");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Shape(r.out),
            std::string("Start building sites \u2026\nkiln v N. N. N linux/amd N\n\n") +
                "                   | EN\n"
                "-------------------+--\n"
                "  Pages            | N\n"
                "  Paginator pages  | N\n"
                "  Non-page files   | N\n"
                "  Static files     | N\n"
                "  Processed images | N\n"
                "  Aliases          | N\n"
                "  Sitemaps         | N\n"
                "  Cleaned          | N\n"
                "\n"
                "Total in N ms\n"
                "Site written to site/public/\n");
  EXPECT_NE(r.out.find("  Static files     |  1 "), std::string::npos) << r.out;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(ReadAll(dir_ / "site/public/s.txt"), "static\n");
  EXPECT_TRUE(fs::exists(dir_ / "site/public/posts/a/index.html"));
  EXPECT_FALSE(fs::exists(dir_ / "site/public/posts/b/index.html"));
}

TEST_F(CliTest, BuildFlags) {
  WriteSite();
  KilnRun r = Kiln("--quiet -s site -D -d ../out --workers 2 --minify -v");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_TRUE(fs::exists(dir_ / "out/posts/b/index.html"));
}

TEST_F(CliTest, ErrorsExit255AsHugoAndKeepThePreviousOutput) {
  WriteSite();
  ASSERT_EQ(Kiln("--quiet -s site").exit_code, 0);
  WriteFile(dir_ / "site/hugo.toml", "title = 'x'\nbaseURL = \n");
  KilnRun r = Kiln("--quiet -s site");
  EXPECT_EQ(r.exit_code, 255);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err,
            "Error: site/hugo.toml:2:11: invalid TOML: Error while parsing key-value pair: "
            "expected value, saw '\\n'\n  baseURL = \n            ^\n");
  EXPECT_TRUE(fs::exists(dir_ / "site/public/posts/a/index.html"));

  WriteFile(dir_ / "site/hugo.toml", "title = 'x'\n");
  r = Kiln("--quiet -s site -t gone");
  EXPECT_EQ(r.exit_code, 255);
  EXPECT_EQ(r.err,
            "Error: theme \"gone\" not found: no directory site/themes/gone (themes are looked up "
            "in site/themes)\n");

  r = Kiln("-s nowhere");
  EXPECT_EQ(r.exit_code, 255);
  EXPECT_EQ(r.err,
            "Error: no config file in nowhere: looked for hugo.toml|yaml|json, "
            "config.toml|yaml|json and config/_default/\n");
}

TEST_F(CliTest, LoggedErrorsPrintStampedAndFailTheBuildAtItsEnd) {
  WriteSite();
  ASSERT_EQ(Kiln("--quiet -s site").exit_code, 0);
  WriteFile(
      dir_ / "site/layouts/_default/single.html",
      "{{ warnf \"slow %s\" .Title }}{{ errorf \"broken %d\" 7 }}{{ errorf \"broken %d\" 7 }}\n");
  KilnRun r = Kiln("-s site");
  EXPECT_EQ(r.exit_code, 255);
  EXPECT_EQ(Shape(r.out),
            "Start building sites \u2026\nkiln v N. N. N linux/amd N\n"
            "WARN N/ N/ N N: N: N slow A\nERROR N/ N/ N N: N: N broken N\n");
  EXPECT_EQ(r.err, "Error: Error building site: logged 1 error(s)\n");
  EXPECT_EQ(ReadAll(dir_ / "site/public/posts/a/index.html"), "A\n");
}

TEST_F(CliTest, ConfigPrintsTheEffectiveConfig) {
  WriteSite();
  KilnRun r = Kiln("config -s site", "HUGO_PARAMS_FROMENV=yes HUGO_ENVIRONMENT=staging");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(r.out.starts_with("baseurl = \"https://example.com/\"\nbuilddrafts = false\n"))
      << r.out;
  EXPECT_NE(r.out.find("\nenvironment = \"staging\"\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\nparams = map[fromenv:yes]\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\nsource = \"site\"\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\nworkingdir = \"" + (dir_ / "site").string() + "\"\n"), std::string::npos)
      << r.out;
  EXPECT_EQ(Kiln("config -s site -e production").out.find("staging"), std::string::npos);
}

TEST_F(CliTest, NewSite) {
  KilnRun r = Kiln("new site blog --format yaml");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Created a new site in " + (dir_ / "blog").string() +
                       ".\n\nNext: add a theme under themes/ or layouts of your own, add "
                       "content with\n\"kiln new <section>/<name>.md\", and build it with "
                       "\"kiln -s blog\".\n");
  EXPECT_TRUE(fs::exists(dir_ / "blog/config.yaml"));
  EXPECT_TRUE(fs::exists(dir_ / "blog/archetypes/default.md"));
  EXPECT_TRUE(fs::is_directory(dir_ / "blog/themes"));

  r = Kiln("new site blog");
  EXPECT_EQ(r.exit_code, 255);
  EXPECT_EQ(r.err, "Error: " + (dir_ / "blog").string() + " already exists and is not empty\n");
}

TEST_F(CliTest, NewContent) {
  WriteSite();
  KilnRun r = Kiln("-s site new posts/hello-world.md");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const std::string path = (dir_ / "site/content/posts/hello-world.md").string();
  EXPECT_EQ(r.out, "Content \"" + path + "\" created\n");
  EXPECT_TRUE(ReadAll(path).starts_with("---\ntitle: \"Hello World\"\ndate: "));

  r = Kiln("new posts/hello-world.md -s site");
  EXPECT_EQ(r.exit_code, 255);
  EXPECT_EQ(r.err, "Error: site/content/posts/hello-world.md already exists\n");
}

TEST_F(CliTest, CheckFindsABrokenLinkAndFails) {
  WriteFile(dir_ / "site/hugo.toml", "baseURL = 'https://example.com/'\n");
  WriteFile(dir_ / "site/public/index.html",
            "<!DOCTYPE html><html><head><title>t</title></head><body>"
            "<a href=\"/about/\">about</a> <a href=\"/nope/\">nope</a></body></html>\n");
  WriteFile(dir_ / "site/public/about/index.html",
            "<!DOCTYPE html><html><head><title>a</title></head><body>about</body></html>\n");
  KilnRun r = Kiln("check -s site --format json");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.out.find("/nope/"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("/about/"), std::string::npos) << r.out;

  WriteFile(dir_ / "site/public/nope/index.html",
            "<!DOCTYPE html><html><head><title>n</title></head><body>n</body></html>\n");
  r = Kiln("check -s site");
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
}

TEST_F(CliTest, CheckUnknownFormatIsAUsageError) {
  WriteSite();
  EXPECT_EQ(Kiln("check -s site --format yaml").exit_code, 2);
  EXPECT_EQ(Kiln("check -s site --nosuchflag").exit_code, 2);
  EXPECT_EQ(Kiln("deploy -s site --nosuchflag").exit_code, 2);
}

// A build that fails under `check --build` fails the check: 1, not hugo's 255.
TEST_F(CliTest, CheckBuildFailureExitsOne) {
  WriteSite();
  WriteFile(dir_ / "site/hugo.toml", "title = 'x'\nbaseURL = \n");
  EXPECT_EQ(Kiln("--quiet check --build -s site").exit_code, 1);
}

TEST_F(CliTest, DeployToUnreachableStorageFailsClearly) {
  WriteFile(
      dir_ / "site/hugo.toml",
      "baseURL = 'https://example.com/'\n"
      "[deployment]\n[[deployment.targets]]\nname = 'local'\n"
      "URL = 's3://bucket?region=us-east-1&endpoint=http://127.0.0.1:9&s3ForcePathStyle=true'\n");
  WriteFile(dir_ / "site/public/index.html", "<html></html>\n");
  KilnRun r = Kiln("deploy -s site --dryRun",
                   "AWS_ACCESS_KEY_ID=AKIDEXAMPLE AWS_SECRET_ACCESS_KEY=very-secret-value");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("Error: "), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("very-secret-value"), std::string::npos) << r.err;
  EXPECT_EQ(r.out.find("very-secret-value"), std::string::npos) << r.out;
}

TEST_F(CliTest, DeployWithoutDeploymentConfigFails) {
  WriteSite();
  KilnRun r = Kiln("deploy -s site --dryRun");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("Error: "), std::string::npos) << r.err;
}

// The README's first command: the example blog renders through its own layouts, partials,
// .OutputFormats and .Resources.
TEST_F(CliTest, BuildsTheExampleBlog) {
  const fs::path blog = fs::current_path() / "examples/blog";
  ASSERT_TRUE(fs::exists(blog / "hugo.toml")) << blog;
  KilnRun r = Kiln("-s '" + blog.string() + "' -d '" + (dir_ / "out").string() + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string home = ReadAll(dir_ / "out/index.html");
  EXPECT_EQ(home.rfind("<!DOCTYPE html>", 0), 0u) << home;
  EXPECT_NE(home.find("class=\"brand\""), std::string::npos) << home;  // from a partial
  const std::string posts = ReadAll(dir_ / "out/posts/index.html");
  EXPECT_NE(posts.find("<link rel=\"alternate\" type=\"application/rss+xml\" "
                       "href=\"/posts/index.xml\""),
            std::string::npos)
      << posts;
  const std::string bundle = ReadAll(dir_ / "out/posts/kite-build/index.html");
  EXPECT_NE(bundle.find("<p class=\"attachments\">1 image(s) in this post.</p>"), std::string::npos)
      << bundle;
  EXPECT_TRUE(fs::exists(dir_ / "out/posts/kite-build/kite.png"));  // published beside it
}

}  // namespace
}  // namespace kiln
