#include "minify/js_minifier.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "testing/status_matchers.h"

namespace kiln::minify {
namespace {

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::set<std::string> KnownDifferences() {
  std::set<std::string> known;
  std::istringstream list(ReadFile("testdata/minify/js/known_differences.txt"));
  for (std::string line; std::getline(list, line);) {
    if (!line.empty() && line[0] != '#') known.insert(line);
  }
  return known;
}

// Every case of testdata/minify/js matches hugo's output, except the known differences, which
// must still differ (so that the list shrinks as cases pass).
TEST(JsMinifier, CorpusMatchesHugo) {
  const std::set<std::string> known = KnownDifferences();
  int matched = 0;
  for (const auto& entry : std::filesystem::directory_iterator("testdata/minify/js")) {
    if (entry.path().extension() != ".js") continue;
    std::filesystem::path want_path = entry.path();
    want_path.replace_extension(".want");
    const std::string name = entry.path().stem().string();
    StatusOr<std::string> got = MinifyJs(ReadFile(entry.path()));
    ASSERT_TRUE(got.ok()) << name << ": " << got.status().message();
    const std::string want = ReadFile(want_path);
    if (known.count(name)) {
      EXPECT_NE(*got, want) << name << " matches: remove it from known_differences.txt";
    } else {
      EXPECT_EQ(*got, want) << name;
      ++matched;
    }
  }
  EXPECT_GE(matched, 1);
}

struct Case {
  std::string_view in;
  std::string_view want;  // what hugo 0.111.3 writes (tools/minify/oracle)
};

TEST(JsMinifier, Rules) {
  const Case cases[] = {
      {"var [a,,] = x; f(a)", "var[a]=x;f(a)"},
      {"var [a,,b,,] = x; f(a,b)", "var[a,,b]=x;f(a,b)"},
      {"var [,a] = x; f(a)", "var[,a]=x;f(a)"},
      {"async function f() { await g(); for await (const x of y) {} }",
       "async function f(){await g();for await(const e of y);}"},
      {"x = (a, b = 1, ...c) => ({a});", "x=(e,t=1,...n)=>({a:e})"},
      {"if (a) { let x = 1; f(x); }", "if(a){let e=1;f(e)}"},
      {"function f(a, b, c) { return a; } x = function g() { return g; }; try { y() } catch (e) {}",
       "function f(e){return e}x=function e(){return e};try{y()}catch{}"},
      {"a = 1; b = 2; return_ = 3", "a=1,b=2,return_=3"},
      {"if (a) { b(); } else { c(); }", "a?b():c()"},
      {"if (!a) { b(); }", "a||b()"},
      {"if (a) { return 1; } return 2;", "return a?1:2"},
      {"var x = \"it's\"; var y = 'say \"hi\"';", "var x=\"it's\",y='say \"hi\"'"},
      {"x = 0x1F + 0b101 + 0o17 + 1_000_000 + .50 + 5.0e10;", "x=31+5+15+1e6+.5+5e10"},
      {"if (a) b(); else if (c) d(); else e();", "a?b():c?d():e()"},
      {"for (;;) { if (a) continue; b(); continue; }", "for(;;){if(a)continue;b()}"},
      {"while (a) { a--; }", "for(;a;)a--"},
      {"do { a++ } while (a < 10)", "do a++;while(a<10)"},
      {"x = a ? true : false; y = a ? b : b;", "x=!!a,y=(a,b)"},
      {"x = !(a == b); y = !(a && b);", "x=a!=b,y=!a||!b"},
      {"x = typeof a === \"string\";", "x=typeof a==\"string\""},
      {"label: for (var k in o) { if (k) break label; }", "label:for(var k in o)if(k)break label"},
      {"switch (a) { case 1: b(); break; default: c(); }",
       "switch(a){case 1:b();break;default:c()}"},
      {"try { a() } catch (e) { b(e) } finally { c() }", "try{a()}catch(e){b(e)}finally{c()}"},
      {"x = a[\"b\"]; y = a[\"1\"]; z = a[\"b-c\"];", "x=a.b,y=a[1],z=a[\"b-c\"]"},
      {"x = (1).toString(); y = 1.5.toFixed();", "x=1..toString(),y=1.5.toFixed()"},
      {"x = `a${b}c`; y = tag`x`;", "x=`a${b}c`,y=tag`x`"},
      {"x = /a\\/b\\d/g.test(s);", "x=/a\\/b\\d/g.test(s)"},
      {"x = a?.b?.(c)?.[d];", "x=a?.b?.(c)?.[d]"},
      {"x = a ?? b; y = (a, b) ? c : d;", "x=a??b,y=(a,b)?c:d"},
      {"function* g() { yield 1; yield* h(); }", "function*g(){yield 1,yield*h()}"},
      {"class A extends B { static x = 1; #y; constructor() { super(); } get z() { return 1 } "
       "static { init() } }",
       "class A extends B{static x=1;#y;constructor(){super()}get z(){return 1}static{init()}}"},
      {"x = {a, b: c, [d]: e, f() {}, get g() { return 1 }, ...h};",
       "x={a,b:c,[d]:e,f(){},get g(){return 1},...h}"},
      {"var {a, b: [c, d] = [], ...e} = f;", "var{a,b:[c,d]=[],...e}=f"},
      {"x = new Foo; y = new Foo(); z = new Foo(1);", "x=new Foo,y=new Foo,z=new Foo(1)"},
      {"x = a + \"b\" + \"c\"; y = \"a\" + \"b\";", "x=a+\"bc\",y=\"ab\""},
      {"x = -(-a); y = +(+a); z = a - -b; w = a+ +b;", "x=- -a,y=+ +a,z=a- -b,w=a+ +b"},
      {"export const q = 1; export default function () {}",
       "export const q=1;export default function(){}"},
      {"import d, {a as b, c} from \"mod\";", "import d,{a as b,c}from\"mod\""},
      {"x = function () { return; };", "x=function(){}"},
      {"x = () => { a(); return b; };", "x=()=>(a(),b)"},
      {"x = a === null || a === undefined;", "x=a==null"},
      {"x = void 0; y = undefined; z = Infinity;", "x=void 0,y=void 0,z=1/0"},
      {"x = \"\\x41\\101\\u0041\\n\\t\";", "x=\"AA\\u0041\\n\t\""},
      {"x = a instanceof B; y = \"x\" in o;", "x=a instanceof B,y=\"x\"in o"},
      {"\"use strict\"; x = 1;", "\"use strict\";x=1"},
      {"x = a < !--b;", "x=a<! --b"},
      {"x = a-- > b;", "x=a-- >b"},
  };
  for (const Case& c : cases) {
    StatusOr<std::string> got = MinifyJs(c.in);
    ASSERT_TRUE(got.ok()) << c.in << ": " << got.status().message();
    EXPECT_EQ(*got, c.want) << c.in;
  }
}

}  // namespace
}  // namespace kiln::minify
