#include "check/html_scanner.h"

#include <gtest/gtest.h>

#include "base/strings.h"

namespace kiln::check {
namespace {

const char* KindName(RefKind k) {
  switch (k) {
    case RefKind::kLink:
      return "link";
    case RefKind::kResource:
      return "resource";
    case RefKind::kWeighed:
      return "weighed";
    case RefKind::kRefresh:
      return "refresh";
    case RefKind::kListed:
      return "listed";
  }
  return "?";
}

// "line:col kind url" per reference.
std::string Refs(const FileFacts& f) {
  std::string out;
  for (const Reference& r : f.refs) {
    out += std::to_string(r.line) + ":" + std::to_string(r.column) + " " + KindName(r.kind) + " " +
           r.url + "\n";
  }
  return out;
}

std::string Warnings(const FileFacts& f) {
  std::string out;
  for (const Finding& w : f.findings) {
    out += std::to_string(w.line) + ":" + std::to_string(w.column) + " " + RuleName(w.rule) + " " +
           w.message + "\n";
  }
  return out;
}

TEST(HtmlScannerTest, References) {
  const std::pair<const char*, const char*> cases[] = {
      {"<a href=\"/a/\">a</a>", "1:9 link /a/\n"},
      {"<a href='x'>x</a>\n<area href=y>", "1:9 link x\n2:12 link y\n"},
      {"<link rel=\"stylesheet\" href=\"s.css\"><link rel=canonical href=\"c/\">",
       "1:29 weighed s.css\n1:62 link c/\n"},
      {"<link rel=\"icon\" href=\"f.ico\"><link rel=preload href=f.woff2 as=font>",
       "1:23 weighed f.ico\n1:54 weighed f.woff2\n"},
      {"<script src=\"m.js\"></script>", "1:13 weighed m.js\n"},
      {"<img src=\"a.png\" srcset=\"b.png 2x, c d.png 3x,e.png\" alt=\"\">",
       "1:10 weighed a.png\n1:25 resource b.png\n1:25 resource c\n1:25 resource e.png\n"},
      {"<picture><source srcset=\"a.webp\"><img src=b.png alt=b></picture>",
       "1:25 resource a.webp\n1:43 weighed b.png\n"},
      {"<video poster=p.jpg src=v.mp4><track src=t.vtt></video>",
       "1:15 weighed p.jpg\n1:25 resource v.mp4\n1:42 resource t.vtt\n"},
      {"<iframe src=\"/embed/\"></iframe><object data=o.svg></object>",
       "1:13 link /embed/\n1:45 resource o.svg\n"},
      {"<input type=image src=go.png alt=go>", "1:23 weighed go.png\n"},
      {"<meta http-equiv=\"refresh\" content=\"0; url=/new/\">", "1:36 refresh /new/\n"},
      {"<meta http-equiv=Refresh content=\"5;URL='/q/'\">", "1:34 refresh /q/\n"},
      {"<meta http-equiv=refresh content=\"5\">", ""},
      {"<div style=\"background:url(bg.png)\"></div>", "1:23 weighed bg.png\n"},
      {"<style>\n@import 'x.css';\n</style>", "2:1 weighed x.css\n"},
      {"<a href=\"/a?x=1&amp;y=2\">q</a>", "1:9 link /a?x=1&y=2\n"},
      {"<a>no href</a><img alt=x>", ""},
  };
  for (const auto& [html, want] : cases) {
    HtmlScanner scanner;
    EXPECT_EQ(Refs(scanner.Scan("p.html", html)), want) << html;
  }
}

TEST(HtmlScannerTest, IdsAndNames) {
  HtmlScanner scanner;
  FileFacts f = scanner.Scan(
      "p.html", "<h2 id=\"b\">B</h2><a name=\"a\"></a><p name=\"not-an-anchor\"></p><p id=\"\">");
  EXPECT_EQ(Join(f.ids, ","), "a,b");
  EXPECT_TRUE(f.is_html);
}

TEST(HtmlScannerTest, Warnings) {
  const std::pair<const char*, const char*> cases[] = {
      {"<img src=a.png>", "1:1 missing-alt <img> has no alt text\n"},
      {"<img src=a.png alt=\"\">", ""},
      {"<p id=x></p>\n<p id=y></p>\n<p id=x></p>",
       "3:7 duplicate-id id \"x\" is used more than once\n"},
      {"<a href=\"\">e</a><a href=\"#\">h</a><a href=\" # \">s</a>",
       "1:9 empty-link link leads nowhere (href=\"\")\n"
       "1:25 empty-link link leads nowhere (href=\"#\")\n"
       "1:42 empty-link link leads nowhere (href=\"#\")\n"},
      {"<p><b><i>x</b>y</i></p>",
       "1:7 repaired-html <i> is not closed where it should be; browsers repair this "
       "differently\n"},
      {"<table><tr><td>a</td></tr><div>x</div></table>",
       "1:27 repaired-html <div> is not allowed inside a <table>; browsers repair this "
       "differently\n"},
      {"<table>x<tr><td>a</table>",
       "1:8 repaired-html text is not allowed inside a <table> outside its cells; browsers "
       "repair this differently\n"},
      {"<div><span>x</div>",
       "1:6 repaired-html <span> is not closed where it should be; browsers repair this "
       "differently\n"},
      {"<p>x</p></p>",
       "1:9 repaired-html </p> closes an element that is not open; browsers repair this "
       "differently\n"},
      {"<!DOCTYPE html><html><head><title>t</title></head><body><ul><li>a<li>b</ul><p>x"
       "<svg><path d=\"M0\"/></svg></body></html>",
       ""},
  };
  for (const auto& [html, want] : cases) {
    HtmlScanner scanner;
    EXPECT_EQ(Warnings(scanner.Scan("p.html", html)), want) << html;
  }
}

TEST(HtmlScannerTest, ReusesItsArenaAcrossPages) {
  HtmlScanner scanner;
  std::string big = "<p>";
  for (int i = 0; i < 20000; ++i) big += "<a href=\"/p" + std::to_string(i) + "/\">x</a>";
  EXPECT_EQ(scanner.Scan("big.html", big).refs.size(), 20000u);
  EXPECT_EQ(Refs(scanner.Scan("small.html", "<a href=x>x</a>")), "1:9 link x\n");
}

}  // namespace
}  // namespace kiln::check
