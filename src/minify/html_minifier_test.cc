#include "minify/html_minifier.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <sstream>
#include <vector>

#include "minify/minify.h"
#include "testing/status_matchers.h"

namespace kiln::minify {
namespace {

// Embedded content other than HTML stays as written, as with the corpus's oracle.
Status HtmlOnly(std::string_view type, const MediaParams&, std::string_view in, std::string* out) {
  if (type == "text/html") return MinifyHtml(in, HtmlMinifyOptions{}, HtmlOnly, out);
  return Status(StatusCode::kNotFound, "no minifier");
}

std::string Min(std::string_view in, const HtmlMinifyOptions& options = {}) {
  std::string out;
  EXPECT_OK(MinifyHtml(in, options, HtmlOnly, &out));
  return out;
}

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(HtmlMinifier, CorpusMatchesHugo) {
  int files = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator("testdata/minify/html")) {
    if (entry.path().extension() != ".html") continue;
    ++files;
    std::filesystem::path want = entry.path();
    want.replace_extension(".want");
    EXPECT_EQ(Min(ReadFile(entry.path())), ReadFile(want)) << entry.path();
  }
  EXPECT_GE(files, 47);  // the hand-written files and fuzz/
}

// With every minifier, as hugo --minify: the top-level cases not in known_differences.txt.
TEST(HtmlMinifier, CorpusWithEveryMinifierMatchesHugo) {
  std::set<std::string> known;
  std::istringstream list(ReadFile("testdata/minify/html/known_differences.txt"));
  for (std::string line; std::getline(list, line);) {
    if (!line.empty() && line[0] != '#') known.insert(line.substr(0, line.find('\t')));
  }
  int compared = 0;
  for (const auto& entry : std::filesystem::directory_iterator("testdata/minify/html")) {
    if (entry.path().extension() != ".html" || known.count(entry.path().stem().string())) {
      continue;
    }
    ++compared;
    std::filesystem::path want = entry.path();
    want.replace_extension(".full");
    StatusOr<std::string> got = MinifyHtmlDocument(ReadFile(entry.path()));
    ASSERT_OK(got.status());
    EXPECT_EQ(*got, ReadFile(want)) << entry.path();
  }
  EXPECT_EQ(known.size(), 1u);
  EXPECT_GE(compared, 6);
}

TEST(HtmlMinifier, Rules) {
  struct Case {
    std::string_view in;
    std::string_view want;
  };
  const Case cases[] = {
      {"<p> a  b </p>", "<p>a b</p>"},
      {"<p>a\n  <b>b</b>\n</p>", "<p>a\n<b>b</b></p>"},
      {"<div> <span>x</span> </div>", "<div><span>x</span></div>"},
      {"<i class=\"fa\"></i> text", "<i class=fa></i> text"},
      {"<pre> a  b </pre> <p> c </p>", "<pre> a  b </pre><p>c</p>"},
      {"<a href=\"x\" title=\"a b\">l</a>", "<a href=x title=\"a b\">l</a>"},
      {"<input disabled=\"disabled\">", "<input disabled>"},
      {"<!DOCTYPE html><!-- x --><p>y</p>", "<!doctype html><p>y</p>"},
      {"<!--[if IE]><p> a </p><![endif]-->", "<!--[if IE]><p>a</p><![endif]-->"},
      {"<p>&quot;&#39;&amp;&lt;&nbsp;&eacute;</p>", "<p>\"'&&lt;&nbsp;&#233;</p>"},
      {"<script></script><style></style><p>x", "<p>x"},
      {"</P  >", "</p>"},
      {"<svg><path  d=\"M 0\"/></svg>", "<svg><path  d=\"M 0\"/></svg>"},
  };
  for (const Case& c : cases) EXPECT_EQ(Min(c.in), c.want) << c.in;
}

// Rules that look at several attributes of a tag at once, on tags with many attributes.
TEST(HtmlMinifier, RulesAcrossManyAttributes) {
  std::string in_attrs, want_attrs;
  for (int i = 0; i < 40; ++i) {
    in_attrs += " data-" + std::to_string(i) + "=\"v\"";
    want_attrs += " data-" + std::to_string(i) + "=v";
  }
  EXPECT_EQ(Min("<a id=\"x\"" + in_attrs + " name=\"x\">a</a>"), "<a id=x" + want_attrs + ">a</a>");
  EXPECT_EQ(Min("<meta" + in_attrs + " name=\"viewport\" content=\"initial-scale=1.0\">"),
            "<meta" + want_attrs + " name=viewport content=\"initial-scale=1\">");
}

TEST(HtmlMinifier, Options) {
  HtmlMinifyOptions o;
  o.keep_end_tags = false;
  o.keep_document_tags = false;
  o.keep_default_attr_vals = false;
  o.keep_comments = true;
  EXPECT_EQ(Min("<html><body><ul><li>a</li><li>b</li></ul><p>x</p><!-- c --></body></html>", o),
            "<ul><li>a<li>b</ul><p>x</p><!-- c -->");
  EXPECT_EQ(Min("<script type=\"text/javascript\">x</script>", o), "<script>x</script>");
}

// Records what the minifier hands to embedded minifiers.
struct Call {
  std::string type;
  MediaParams params;
  std::string in;
};

TEST(HtmlMinifier, EmbeddedContentGoesByMediaType) {
  std::vector<Call> calls;
  EmbeddedMinifier record = [&](std::string_view type, const MediaParams& params,
                                std::string_view in, std::string* out) -> Status {
    calls.push_back({std::string(type), params, std::string(in)});
    *out += "[" + std::string(type) + "]";
    return Status::Ok();
  };
  std::string out;
  ASSERT_OK(
      MinifyHtml("<style> a{} </style><p style=\" b:c \" onclick=\"javascript: f()\">"
                 "<script>s()</script><script type=\"application/LD+JSON\">{}</script>"
                 "<script type=\"text/x; charset=utf-8\">t</script>"
                 "<svg>v</svg><math>m</math><iframe>i</iframe>",
                 HtmlMinifyOptions{}, record, &out));
  EXPECT_EQ(out,
            "<style>[text/css]</style><p style=[text/css] onclick=[application/javascript]>"
            "<script>[application/javascript]</script>"
            "<script type=application/ld+json>[application/ld+json]</script>"
            "<script type=\"text/x;charset=utf-8\">[text/x]</script>"
            "[image/svg+xml][application/mathml+xml]<iframe>[text/html]</iframe>");
  ASSERT_EQ(calls.size(), 9u);
  EXPECT_EQ(calls[0].in, " a{} ");
  EXPECT_EQ(calls[1].in, "b:c");
  EXPECT_EQ(calls[1].params, (MediaParams{{"inline", "1"}}));
  EXPECT_EQ(calls[2].in, " f()");  // trimmed before "javascript:" goes
  EXPECT_EQ(calls[5].params, (MediaParams{{"charset", "utf-8"}}));
  EXPECT_EQ(calls[6].in, "<svg>v</svg>");
}

TEST(HtmlMinifier, EmbeddedErrorsFailTheDocument) {
  EmbeddedMinifier failing = [](std::string_view, const MediaParams&, std::string_view,
                                std::string*) -> Status {
    return Status(StatusCode::kInvalidArgument, "unexpected token");
  };
  std::string out;
  Status s = MinifyHtml("<p>x</p><script>+</script>", HtmlMinifyOptions{}, failing, &out);
  EXPECT_EQ(s.message(), "unexpected token (at byte 16)");
}

TEST(HtmlMinifier, NulInsideSvgFails) {
  std::string out;
  Status s = MinifyHtml(std::string("<svg>a\0b</svg>", 14), HtmlMinifyOptions{}, HtmlOnly, &out);
  EXPECT_EQ(s.message(), "HTML parse error: unexpected NULL character (at byte 6)");
}

TEST(HtmlMinifier, AnyBytesMinifyWithoutCrashing) {
  std::mt19937 rng(7);
  const std::string alphabet = "<>/=\"' \n\t&#;!-?abcsvgptyleri[]x0\xc3\xa9";
  for (int i = 0; i < 3000; ++i) {
    std::string in;
    int n = static_cast<int>(rng() % 60);
    for (int k = 0; k < n; ++k) {
      in.push_back(rng() % 8 == 0 ? static_cast<char>(rng() % 256)
                                  : alphabet[rng() % alphabet.size()]);
    }
    std::string out;
    (void)MinifyHtml(in, HtmlMinifyOptions{}, HtmlOnly, &out);
  }
}

TEST(HtmlMinifier, DispatchedByMediaType) {
  StatusOr<std::string> out =
      Minify("text/html; charset=utf-8", "<p> a  <iframe> <b> x </b> </iframe>");
  ASSERT_OK(out.status());
  EXPECT_EQ(*out, "<p>a <iframe><b>x</b></iframe>");
}

TEST(SplitMediaType, Parameters) {
  MediaParams params;
  EXPECT_EQ(SplitMediaType(" text/html ; charset=utf-8;a ; b = c", &params), "text/html");
  EXPECT_EQ(params, (MediaParams{{"charset", "utf-8"}, {"a", ""}, {"b", "c"}}));
  params.clear();
  EXPECT_EQ(SplitMediaType("module", &params), "module");
  EXPECT_TRUE(params.empty());
}

}  // namespace
}  // namespace kiln::minify
