// JsParser: the recursive-descent parser behind ParseJs (js_parser.h), split over
// js_parser.cc (statements, declarations, functions and classes) and js_parser_expr.cc
// (expressions, literals and bindings). Internal to the minifier.
//
// Borrows the input and the JsAst it fills for its lifetime. Not thread-safe.
#ifndef KILN_MINIFY_JS_PARSER_IMPL_H_
#define KILN_MINIFY_JS_PARSER_IMPL_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "minify/js_ast.h"
#include "minify/js_lexer.h"

namespace kiln::minify {

inline constexpr int kJsMaxDepth = 1000;

bool IsJsNumericToken(JsTokenType t);
JsLit JsNumericLit(JsTokenType t);

class JsParser {
 public:
  JsParser(std::string_view in, JsAst* ast) : in_(in), lexer_(in), ast_(ast) {}

  Status Run();

 private:
  using T = JsTokenType;

  bool ok() const { return error_.empty(); }

  // Reads the next significant token, noting whether a line break came before it.
  void Next();

  void SetCurrent(JsToken t);

  void Fail(std::string message, size_t offset);

  // What upstream names the current token in messages: its text, "EOF", or the lexer's error
  // (which then replaces the whole message).
  std::string Describe(std::string message) const;

  void FailHere(std::string_view in);

  void FailExpected(std::string_view expected, std::string_view in);

  bool IsPunct(std::string_view p) const { return cur_.type == T::kPunctuator && cur_.text == p; }
  bool IsKeyword(std::string_view k) const { return cur_.type == T::kKeyword && cur_.text == k; }
  // Identifier, not reserved (contextual keywords included).
  bool IsIdentifier() const;
  bool IsIdentifierName() const { return cur_.type == T::kIdentifier || cur_.type == T::kKeyword; }
  bool IsIdentifierReference() const;

  bool Expect(std::string_view punct, std::string_view in);
  bool ExpectKeyword(std::string_view kw, std::string_view in);

  // After an expression statement or declaration: a ";", a "}" or a line break must follow.
  bool EndOfStatement() const;
  void Semicolon();

  JsNode* Literal(JsLit lit, std::string_view text);
  JsNode* Var(std::string_view name);
  // A use of `name` in the current scope.
  JsNode* Use(std::string_view name);
  // A declaration of `name` in the current scope; fails as upstream does on a redeclaration.
  JsNode* Declare(JsDecl decl, std::string_view name);
  JsNode* VarNode(JsVar* var);
  JsScope* EnterScope(JsNode* owner, bool is_func);
  void ExitScope(JsScope* parent);

  // Statements -------------------------------------------------------------------------------

  JsNode* Statement(bool allow_declaration);

  JsNode* ExprStatement(JsNode* value);

  JsNode* StatementInner(bool allow_declaration);

  std::vector<JsNode*> StatementList(std::string_view in);

  JsNode* Block(std::string_view in);

  // The empty var declaration upstream gives every for loop without one, so that hoisting can
  // move declarations into the loop head.
  JsNode* EmptyForDecl();

  JsNode* VarDecl(JsOp op, bool can_be_hoisted);

  JsNode* ForStatement();

  JsNode* SwitchStatement();

  JsNode* TryStatement();

  JsNode* ImportStmt();

  void AliasList(JsNode* stmt, std::string_view in);

  JsNode* ExportStmt();

  // Functions and classes --------------------------------------------------------------------

  // At "function" (after "async" for an async one).
  JsNode* Function(bool async, bool expr, bool export_default = false);

  // Parameters and body of a function or method.
  // Parameters and body, in a new function scope; `expr_name` names a function expression.
  void FunctionRest(JsNode* func, std::string_view in, std::string_view expr_name = {});

  void Params(JsNode* func, std::string_view in);

  JsNode* Class(bool expr, bool export_default = false);

  JsNode* PropName(std::string_view text, JsLit lit);

  JsNode* ClassElement();

  void MethodRest(JsNode* method);

  JsNode* PropertyName(std::string_view in);

  // Bindings ---------------------------------------------------------------------------------

  JsNode* Binding(JsDecl decl);
  // An element of a parenthesized list, array or object that may turn out to be an arrow
  // function's parameter.
  JsNode* AssignmentExpression();

  // Turns a cover grammar expression ("(a, {b, c: [d]} = e)") into arrow parameters.
  JsNode* ToBinding(JsNode* expr);

  JsNode* ToBindingElement(JsNode* expr);

  // Expressions ------------------------------------------------------------------------------

  JsNode* Expression(JsPrec prec);

  JsNode* Unary(JsOp op);

  JsNode* ExpressionInner(JsPrec prec);

  // After "async" (already read).
  JsNode* AsyncExpression(JsPrec prec, std::string_view async);

  JsNode* NewArrow();
  void ArrowBody(JsNode* arrow);
  JsNode* IdentifierArrow(JsNode* left);

  // At "(": a parenthesized expression, arrow parameters, or async(...) call arguments.
  JsNode* ParenthesizedOrArrow(JsPrec prec, std::string_view async);

  JsNode* ArrayLiteral();

  JsNode* ObjectLiteral();

  JsNode* Template(JsPrec prec_left);

  void Arguments(JsNode* call);

  JsNode* Binary(JsOp op, JsNode* left, JsPrec right_prec);

  JsNode* Suffix(JsNode* left, JsPrec prec, JsPrec prec_left);

  // At ".", "[" or "?.".
  JsNode* Member(JsNode* left, std::string_view p, JsPrec prec_left);

  std::string_view in_;
  JsLexer lexer_;
  JsAst* ast_;
  size_t offset_base_ = 0;  // where the lexer's input starts in in_ (after a "#!" line)
  JsToken cur_;
  size_t cur_offset_ = 0;
  bool prev_lt_ = false;
  bool in_for_ = false;
  bool await_ = false;
  bool yield_ = false;
  bool allow_directive_ = false;
  int depth_ = 0;
  JsScope* scope_ = nullptr;
  bool assume_arrow_ = false;
  std::vector<JsNode*> funcs_;  // bodies of the enclosing functions, innermost last
  std::string error_;
  size_t error_offset_ = 0;
};

}  // namespace kiln::minify

#endif  // KILN_MINIFY_JS_PARSER_IMPL_H_
