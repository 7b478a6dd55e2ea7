// JsOptimizer: the tree rewrites of the JS minifier, as hugo's minifier (tdewolff/minify 2.12.4)
// makes them before and while printing: statement lists merge (expression statements joined with
// commas into the next expression, return, throw, for or if; var declarations joined; assignments
// pulled into declarations), if/else becomes &&, || or ?:, returns and throws after an if merge
// into a conditional, needless returns and continues go, var declarations are hoisted to the top
// of their function, and boolean and conditional expressions are shortened (!(a==b) → a!=b,
// a?!0:!1 → !!a, a==null?b:a → a??b).
//
// Borrows the JsAst it allocates new nodes in and rewrites nodes in place. Not thread-safe.
#ifndef KILN_MINIFY_JS_OPTIMIZE_H_
#define KILN_MINIFY_JS_OPTIMIZE_H_

#include <vector>

#include "minify/js_ast.h"

namespace kiln::minify {

enum class JsBlockType { kDefault, kFunction, kIteration };

class JsOptimizer {
 public:
  explicit JsOptimizer(JsAst* ast) : ast_(ast) {}

  void OptimizeStmtList(std::vector<JsNode*>& list, JsBlockType type);
  JsNode* OptimizeStmt(JsNode* stmt);
  JsNode* OptimizeCondExpr(JsNode* cond, JsPrec prec);
  JsNode* OptimizeUnaryExpr(JsNode* unary, JsPrec prec);
  // Joins string literals added together ("a"+"b" → "ab", also inside a+"b"+"c").
  void MergeBinaryExpr(JsNode* binary);
  // Moves the var declarations of a function body (or the program) into one.
  void HoistVars(JsNode* body);

  // `a===null||a===undefined` and the like: the variable compared, and whether the test is
  // negated (a!=null); nullptr when the expression is not such a test.
  JsNode* UndefinedOrNullVar(JsNode* expr, bool* negated) const;

  static JsPrec ExprPrec(const JsNode* expr);
  static bool IsEmptyStmt(const JsNode* stmt);
  bool EndsInIf(JsNode* stmt);

 private:
  JsNode* New(JsKind kind) { return ast_->New(kind); }
  JsNode* Group(JsNode* expr, JsPrec prec);
  JsNode* CondExpr(JsNode* cond, JsNode* x, JsNode* y);
  JsNode* CommaExpr(JsNode* x, JsNode* y);
  JsNode* Binary(JsOp op, JsNode* x, JsNode* y);
  JsNode* Unary(JsOp op, JsNode* x);
  JsNode* ExprStmt(JsNode* value);
  JsNode* ToNullishExpr(JsNode* cond);
  JsNode* OptimizeBooleanExpr(JsNode* expr, bool invert, JsPrec prec);
  bool MergeVarDeclExprStmt(JsNode* decl, JsNode* expr_stmt, bool forward);
  void MergeVarDecls(JsNode* dst, JsNode* src, bool forward);
  void AddDefinition(JsNode* decl, JsNode* binding, JsNode* value, bool forward);

  JsAst* ast_;
  JsNode* func_body_ = nullptr;  // the body whose var declarations AddDefinition searches
};

// Helpers shared with the printer and between the optimizer's files.
bool JsHasSideEffects(const JsNode* expr);
bool JsIsNotExpr(const JsNode* expr);
bool JsHasDefines(const JsNode* decl);
// The variables a binding pattern declares, in order.
void JsBindingVars(JsNode* binding, std::vector<JsNode*>& out);
bool JsSameVar(const JsNode* a, const JsNode* b);
bool JsIsUndefined(const JsNode* expr);
JsNode* JsInnerExpr(JsNode* expr);

}  // namespace kiln::minify

#endif  // KILN_MINIFY_JS_OPTIMIZE_H_
