// JsPrinter: writes a parsed program back the way hugo's minifier (tdewolff/minify 2.12.4)
// writes it: no whitespace but the spaces between words, semicolons only between statements,
// parentheses only where precedence needs them, literals shortened, and the statement and
// expression rewrites of JsOptimizer applied on the way. js_printer.cc has the statements and
// declarations, js_printer_expr.cc the expressions. Internal to the minifier (see
// js_minifier.h).
//
// Borrows the JsAst, which it rewrites while printing; one Run() per printer. Not thread-safe.
#ifndef KILN_MINIFY_JS_PRINTER_H_
#define KILN_MINIFY_JS_PRINTER_H_

#include <string>
#include <string_view>

#include "minify/js_ast.h"
#include "minify/js_optimize.h"
#include "minify/js_renamer.h"

namespace kiln::minify {

// Whether a byte can continue an identifier (any non-ASCII byte counts, as most non-ASCII
// characters written in scripts are letters): where two words would fuse.
inline bool IsJsIdentifierByte(unsigned char c) {
  return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || ('0' <= c && c <= '9') || c == '_' ||
         c == '$' || c == '\\' || c >= 0x80;
}

class JsPrinter {
 public:
  explicit JsPrinter(JsAst* ast) : ast_(ast), opt_(ast) {}

  std::string Run();

 private:
  enum class Expect { kAny, kExprStmt, kExprBody };

  std::string_view Prev() const { return std::string_view(out_).substr(prev_start_); }

  void Write(std::string_view b);

  // A space after an identifier or a regular expression (whose flags would take the next letter).
  void WriteSpaceAfterIdent();
  void SpaceBeforeIdent() { needs_space_ = true; }
  void SpaceBefore(char c) { space_before_ = c; }
  void RequireSemicolon() { needs_semicolon_ = true; }
  void WriteSemicolon();

  // Statements -------------------------------------------------------------------------------

  void Stmt(JsNode* s);

  void ImportStmt(JsNode* s);

  void ExportStmt(JsNode* s);

  void AliasName(const std::string& name);

  void Alias(JsNode* alias);
  void AliasList(const std::vector<JsNode*>& aliases);

  void BlockStmt(JsNode* block);

  static bool HasLexicalDecl(const JsNode* block);

  // A block where a statement is expected: ";" when empty, the statement alone when single.
  void BlockAsStmt(JsNode* block);

  void StmtOrBlock(JsNode* s, JsBlockType type);

  void VarDecl(JsNode* decl, bool only_defines);

  // Single-letter declarations without a value move forward, in name order (better for gzip).
  static void SortVarDecl(JsNode* decl);

  // Binding elements and a rest binding: function parameters and array patterns.
  void ElementList(JsNode* n, std::string_view open, std::string_view close, size_t count);
  void Params(JsNode* f, bool remove_unused);

  void Arguments(JsNode* call);

  void FuncDecl(JsNode* f, bool in_expr);

  void MethodDecl(JsNode* m);

  void ArrowFunc(JsNode* f);

  void ClassDecl(JsNode* c);

  void PropertyName(JsNode* name);

  void Property(JsNode* p);

  void BindingElement(JsNode* element);

  void Binding(JsNode* b);

  // Expressions ------------------------------------------------------------------------------

  void Expr(JsNode* e, JsPrec prec);

  void Literal(JsNode* e, JsPrec prec);

  void BinaryExpr(JsNode* e, JsPrec prec);

  void UnaryExpr(JsNode* e);

  void DotExpr(JsNode* e, JsPrec prec);

  void IndexExpr(JsNode* e, JsPrec prec);

  JsAst* ast_;
  JsOptimizer opt_;
  JsRenamer renamer_;
  std::string out_;
  size_t prev_start_ = 0;
  bool needs_semicolon_ = false;
  bool needs_space_ = false;
  Expect expect_ = Expect::kAny;
  bool grouped_stmt_ = false;
  bool in_for_ = false;
  char space_before_ = 0;
};

}  // namespace kiln::minify

#endif  // KILN_MINIFY_JS_PRINTER_H_
