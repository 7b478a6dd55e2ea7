#include "minify/js_parser.h"

#include <gtest/gtest.h>

#include <string>

namespace kiln::minify {
namespace {

struct Case {
  std::string_view in;
  std::string_view want;
};

// The tree of each program, as JsDebugString prints it.
TEST(JsParser, Trees) {
  const Case cases[] = {
      {"a = b + c * d", "(block (expr (binary = a (binary + b (binary * c d)))))"},
      {"a = (b, c) ? d : e", "(block (expr (binary = a (cond (group (comma b c)) d e))))"},
      {"x = y\n++z", "(block (expr (binary = x y)) (expr (unary ++ z)))"},
      {"return\na", "(block (return) (expr a))"},
      {"if (a) /re/.test(b)", "(block (if a (expr (call (dot test /re/) (arg b)))))"},
      {"a = b / c / d", "(block (expr (binary = a (binary / (binary / b c) d))))"},
      {"while (a) b()", "(block (for (decl var) a (block (expr (call b)))))"},
      {"for (var i = 0; i < n; i++) f(i)",
       "(block (for (decl var (bind i 0)) (binary < i n) (unary ++ i) (block (expr (call f (arg "
       "i))))))"},
      {"for (const k in o) ;", "(block (forin (decl const (bind k)) o (block)))"},
      {"x = async (a, {b}) => a",
       "(block (expr (binary = x (arrow async (block (return a)) (bind a) (bind (bobject (bitem "
       "(name b) (bind b))))))))"},
      {"x = a => b => c",
       "(block (expr (binary = x (arrow (block (return (arrow (block (return c)) (bind b)))) (bind "
       "a)))))"},
      {"class A { static #x = 1; get y() {} }",
       "(block (class A (member static (name #x) 1) (member (method get (name y) (block)))))"},
      {"x = {a, b: 1, ...c, [d]() {}}",
       "(block (expr (binary = x (object (prop (name a) a) (prop (name b) 1) (prop ... c) (prop "
       "(method (name d) (block)))))))"},
      {"var [a, , b = 1, ...c] = d",
       "(block (decl var (bind (barray c (bind a) (bind) (bind b 1)) d)))"},
      {"x = a?.b[c]?.(d)", "(block (expr (binary = x (call ?. (index (dot ?. b a) c) (arg d)))))"},
      {"x = new A.B(c)", "(block (expr (binary = x (new (dot B A) (arg c)))))"},
      {"x = `a${b}c${d}e`",
       "(block (expr (binary = x (template }e` (part `a${ b) (part }c${ d)))))"},
      {"import a, {b as c} from 'm'; export {a as default}",
       "(block (import a 'm' (alias b c)) (export (alias a default)))"},
      {"'use strict'; a", "(block (directive 'use strict') (expr a))"},
      {"a: for (;;) break a", "(block (label a (for (decl var) (block (branch break a)))))"},
      {"x = a ** b ** c", "(block (expr (binary = x (binary ** a (binary ** b c)))))"},
      {"x = a ?? b", "(block (expr (binary = x (binary ?? a b))))"},
  };
  for (const Case& c : cases) {
    StatusOr<std::unique_ptr<JsAst>> ast = ParseJs(c.in);
    ASSERT_TRUE(ast.ok()) << c.in << ": " << ast.status().message();
    EXPECT_EQ(JsDebugString((*ast)->program), c.want) << c.in;
  }
}

TEST(JsParser, Errors) {
  // The messages and positions of upstream's parser, which hugo reports.
  const Case cases[] = {
      {"a = (;", "unexpected ; in expression on line 1 and column 6\n    1: a = (;\n            ^"},
      {"var = 1", "unexpected = in binding on line 1 and column 5\n    1: var = 1\n           ^"},
      {"if (a",
       "expected ) instead of EOF in if statement on line 1 and column 6\n    1: if (a\n           "
       " ^"},
      {"x = \"abc",
       "unterminated string literal in expression on line 1 and column 5\n    1: x = \"abc\n       "
       "    ^"},
      {"a b", "unexpected b in expression on line 1 and column 3\n    1: a b\n         ^"},
  };
  for (const Case& c : cases) {
    StatusOr<std::unique_ptr<JsAst>> ast = ParseJs(c.in);
    ASSERT_FALSE(ast.ok()) << c.in;
    EXPECT_EQ(ast.status().message(), c.want) << c.in;
  }
}

}  // namespace
}  // namespace kiln::minify
