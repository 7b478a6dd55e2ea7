#include "minify/js_parser.h"

#include <algorithm>
#include <iterator>
#include <utility>

#include "minify/js_lexer.h"
#include "minify/js_literals.h"
#include "minify/js_parser_impl.h"
#include "minify/parse_error.h"

namespace kiln::minify {
namespace {

using T = JsTokenType;

// Keywords that may still name a binding or a variable.
constexpr std::string_view kContextual[] = {
    "as", "async",   "from",    "get",       "implements", "interface", "let",    "meta",
    "of", "package", "private", "protected", "public",     "set",       "static", "target",
};

// kContextual is sorted.
bool IsContextual(std::string_view s) {
  return std::binary_search(std::begin(kContextual), std::end(kContextual), s);
}

}  // namespace

bool IsJsNumericToken(JsTokenType t) {
  return t == JsTokenType::kDecimal || t == JsTokenType::kBinary || t == JsTokenType::kOctal ||
         t == JsTokenType::kHexadecimal || t == JsTokenType::kBigInt;
}

JsLit JsNumericLit(JsTokenType t) {
  switch (t) {
    case JsTokenType::kBinary:
      return JsLit::kBinary;
    case JsTokenType::kOctal:
      return JsLit::kOctal;
    case JsTokenType::kHexadecimal:
      return JsLit::kHexadecimal;
    case JsTokenType::kBigInt:
      return JsLit::kBigInt;
    default:
      return JsLit::kDecimal;
  }
}

Status JsParser::Run() {
  size_t start = 0;
  if (in_.starts_with("#!")) {
    start = in_.find_first_of("\r\n");
    if (start == std::string_view::npos) start = in_.size();
    ast_->license_comments.emplace_back(in_.substr(0, start));
    lexer_ = JsLexer(in_.substr(start));
  }
  offset_base_ = start;
  // Only the comments before the first token are kept (upstream's rule), each separated from
  // the next by at most one run of spaces or line breaks.
  JsToken t = lexer_.Next();
  while (t.type == T::kComment || t.type == T::kCommentLineTerminator) {
    if (t.text.size() > 3 && t.text[2] == '!') ast_->license_comments.emplace_back(t.text);
    t = lexer_.Next();
    if (t.type == T::kWhitespace || t.type == T::kLineTerminator) t = lexer_.Next();
  }
  if (t.type == T::kWhitespace || t.type == T::kLineTerminator || t.type == T::kComment ||
      t.type == T::kCommentLineTerminator) {
    Next();
  } else {
    SetCurrent(t);
  }
  JsNode* program = ast_->New(JsKind::kBlock);
  ast_->program = program;
  funcs_.push_back(program);
  EnterScope(program, true);
  allow_directive_ = true;
  while (ok() && cur_.type != T::kError) {
    if (IsKeyword("import")) {
      Next();
      if (IsPunct("(") || IsPunct(".")) {
        JsNode* lit = Literal(JsLit::kImport, "import");
        JsNode* stmt = ast_->New(JsKind::kExprStmt);
        JsPrec prec = JsPrec::kCall;
        if (IsPunct(".")) {
          Next();
          if (!ExpectKeyword("meta", "import.meta expression")) break;
          lit = ast_->New(JsKind::kImportMeta);
          prec = JsPrec::kMember;
        }
        stmt->a = Suffix(lit, JsPrec::kExpr, prec);
        program->list.push_back(stmt);
        Semicolon();
      } else {
        program->list.push_back(ImportStmt());
      }
    } else if (IsKeyword("export")) {
      program->list.push_back(ExportStmt());
    } else {
      program->list.push_back(Statement(true));
    }
  }
  if (error_.empty() && !lexer_.error().empty()) {
    Fail(lexer_.error(), offset_base_ + lexer_.error_token_start());
  }
  if (!error_.empty()) return ParseError(in_, error_offset_, error_);
  return Status::Ok();
}

void JsParser::Next() {
  prev_lt_ = false;
  for (;;) {
    JsToken t = lexer_.Next();
    if (t.type == T::kWhitespace || t.type == T::kComment) continue;
    if (t.type == T::kLineTerminator || t.type == T::kCommentLineTerminator) {
      prev_lt_ = true;
      continue;
    }
    SetCurrent(t);
    return;
  }
}

void JsParser::SetCurrent(JsToken t) {
  cur_ = t;
  if (t.type != T::kError) {
    cur_offset_ = offset_base_ + static_cast<size_t>(t.text.data() - in_.data() - offset_base_);
  } else if (!lexer_.error().empty()) {
    cur_offset_ = offset_base_ + lexer_.error_token_start();
  } else {
    cur_offset_ = in_.size();
  }
}

void JsParser::Fail(std::string message, size_t offset) {
  if (error_.empty()) {
    error_ = std::move(message);
    error_offset_ = offset;
  }
  cur_ = JsToken{};
}

std::string JsParser::Describe(std::string message) const {
  if (cur_.type == T::kError && !lexer_.error().empty()) return lexer_.error();
  return message + (cur_.type == T::kError ? " EOF" : " " + std::string(cur_.text));
}

void JsParser::FailHere(std::string_view in) {
  if (!ok()) return;
  std::string message = Describe("unexpected");
  if (!in.empty()) message += " in " + std::string(in);
  Fail(message, cur_offset_);
}

void JsParser::FailExpected(std::string_view expected, std::string_view in) {
  if (!ok()) return;
  std::string message = Describe("expected " + std::string(expected) + " instead of");
  if (!in.empty()) message += " in " + std::string(in);
  Fail(message, cur_offset_);
}

bool JsParser::IsIdentifier() const {
  return cur_.type == T::kIdentifier || (cur_.type == T::kKeyword && IsContextual(cur_.text));
}

bool JsParser::IsIdentifierReference() const {
  return IsIdentifier() || (IsKeyword("yield") && !yield_) || (IsKeyword("await") && !await_);
}

bool JsParser::Expect(std::string_view punct, std::string_view in) {
  if (IsPunct(punct)) {
    Next();
    return true;
  }
  FailExpected(punct, in);
  return false;
}

bool JsParser::ExpectKeyword(std::string_view kw, std::string_view in) {
  if (IsKeyword(kw)) {
    Next();
    return true;
  }
  FailExpected(kw, in);
  return false;
}

bool JsParser::EndOfStatement() const {
  return prev_lt_ || IsPunct(";") || IsPunct("}") || cur_.type == T::kError;
}

void JsParser::Semicolon() {
  if (IsPunct(";")) Next();
}

JsNode* JsParser::Literal(JsLit lit, std::string_view text) {
  JsNode* n = ast_->New(JsKind::kLiteral);
  n->lit = lit;
  n->text = std::string(text);
  return n;
}

JsNode* JsParser::VarNode(JsVar* var) {
  JsNode* n = ast_->New(JsKind::kVar);
  n->var = var;
  n->text = var->data;
  return n;
}

JsNode* JsParser::Use(std::string_view name) {
  return VarNode(scope_->Use(name, [this] { return ast_->NewVar(); }));
}

JsNode* JsParser::Declare(JsDecl decl, std::string_view name) {
  bool declared = true;
  JsVar* v = scope_->Declare(
      decl, name, [this] { return ast_->NewVar(); }, &declared);
  if (!declared) {
    Fail("identifier " + std::string(name) + " has already been declared", cur_offset_);
    return Var(name);
  }
  return VarNode(v);
}

JsScope* JsParser::EnterScope(JsNode* owner, bool is_func) {
  JsScope* parent = scope_;
  JsScope* scope = ast_->NewScope();
  scope->parent = parent;
  scope->func = is_func ? scope : parent != nullptr ? parent->func : nullptr;
  owner->scope = scope;
  scope_ = scope;
  return parent;
}

void JsParser::ExitScope(JsScope* parent) {
  scope_->HoistUndeclared();
  scope_ = parent;
}

JsNode* JsParser::Var(std::string_view name) {
  JsNode* n = ast_->New(JsKind::kVar);
  n->text = std::string(name);
  return n;
}

JsNode* JsParser::Statement(bool allow_declaration) {
  if (++depth_ > kJsMaxDepth) {
    Fail("too many nested statements", cur_offset_);
    return ast_->New(JsKind::kEmpty);
  }
  JsNode* stmt = StatementInner(allow_declaration);
  if (stmt == nullptr) stmt = ast_->New(JsKind::kEmpty);
  Semicolon();
  --depth_;
  return stmt;
}

JsNode* JsParser::ExprStatement(JsNode* value) {
  JsNode* stmt = ast_->New(JsKind::kExprStmt);
  stmt->a = value;
  if (ok() && !EndOfStatement()) FailHere("expression");
  return stmt;
}

JsNode* JsParser::StatementInner(bool allow_declaration) {
  if (!ok()) return nullptr;
  if (IsPunct("{")) return Block("block statement");
  if (IsKeyword("var") || IsKeyword("const")) {
    JsOp op = IsKeyword("var") ? JsOp::kVar : JsOp::kConst;
    Next();
    JsNode* decl = VarDecl(op, true);
    if (ok() && !EndOfStatement())
      FailHere(op == JsOp::kVar ? "var statement" : "const declaration");
    return decl;
  }
  if (IsKeyword("let")) {
    std::string_view let = cur_.text;
    Next();
    if (allow_declaration && (IsIdentifier() || IsKeyword("yield") || IsKeyword("await") ||
                              IsPunct("[") || IsPunct("{"))) {
      JsNode* decl = VarDecl(JsOp::kLet, false);
      if (ok() && !EndOfStatement()) FailHere("let declaration");
      return decl;
    }
    return ExprStatement(Suffix(Use(let), JsPrec::kExpr, JsPrec::kPrimary));
  }
  if (IsKeyword("if")) {
    Next();
    JsNode* stmt = ast_->New(JsKind::kIf);
    if (!Expect("(", "if statement")) return nullptr;
    stmt->a = Expression(JsPrec::kExpr);
    if (!Expect(")", "if statement")) return nullptr;
    stmt->b = Statement(false);
    if (IsKeyword("else")) {
      Next();
      stmt->c = Statement(false);
    }
    return stmt;
  }
  if (IsKeyword("continue") || IsKeyword("break")) {
    JsNode* stmt = ast_->New(JsKind::kBranch);
    stmt->op = IsKeyword("break") ? JsOp::kBreak : JsOp::kContinue;
    Next();
    if (!prev_lt_ && IsIdentifierReference()) {
      stmt->text = std::string(cur_.text);
      Next();
    }
    return stmt;
  }
  if (IsKeyword("return")) {
    Next();
    JsNode* stmt = ast_->New(JsKind::kReturn);
    if (!EndOfStatement()) stmt->a = Expression(JsPrec::kExpr);
    return stmt;
  }
  if (IsKeyword("with")) {
    Next();
    JsNode* stmt = ast_->New(JsKind::kWith);
    if (!Expect("(", "with statement")) return nullptr;
    stmt->a = Expression(JsPrec::kExpr);
    if (!Expect(")", "with statement")) return nullptr;
    scope_->func->has_with = true;
    stmt->b = Statement(false);
    return stmt;
  }
  if (IsKeyword("do")) {
    Next();
    JsNode* stmt = ast_->New(JsKind::kDoWhile);
    stmt->b = Statement(false);
    if (!ExpectKeyword("while", "do-while statement")) return nullptr;
    if (!Expect("(", "do-while statement")) return nullptr;
    stmt->a = Expression(JsPrec::kExpr);
    if (!Expect(")", "do-while statement")) return nullptr;
    return stmt;
  }
  if (IsKeyword("while")) {
    Next();
    if (!Expect("(", "while statement")) return nullptr;
    JsNode* cond = Expression(JsPrec::kExpr);
    if (!Expect(")", "while statement")) return nullptr;
    JsNode* body = Statement(false);
    // As upstream with WhileToFor: while(a)b reads as for(;a;)b.
    JsNode* stmt = ast_->New(JsKind::kFor);
    stmt->a = EmptyForDecl();
    stmt->b = cond;
    if (body->kind == JsKind::kBlock) {
      stmt->d = body;
    } else {
      stmt->d = ast_->New(JsKind::kBlock);
      stmt->d->scope = ast_->NewScope();
      stmt->d->list.push_back(body);
    }
    return stmt;
  }
  if (IsKeyword("for")) return ForStatement();
  if (IsKeyword("switch")) return SwitchStatement();
  if (IsKeyword("function")) {
    if (!allow_declaration) {
      FailHere("statement");
      return nullptr;
    }
    return Function(false, false);
  }
  if (IsKeyword("async")) {
    std::string_view async = cur_.text;
    Next();
    if (IsKeyword("function") && !prev_lt_) {
      if (!allow_declaration) {
        FailHere("statement");
        return nullptr;
      }
      return Function(true, false);
    }
    return ExprStatement(AsyncExpression(JsPrec::kExpr, async));
  }
  if (IsKeyword("class")) {
    if (!allow_declaration) {
      FailHere("statement");
      return nullptr;
    }
    return Class(false);
  }
  if (IsKeyword("throw")) {
    Next();
    JsNode* stmt = ast_->New(JsKind::kThrow);
    if (!prev_lt_) stmt->a = Expression(JsPrec::kExpr);
    return stmt;
  }
  if (IsKeyword("try")) return TryStatement();
  if (IsKeyword("debugger")) {
    Next();
    return ast_->New(JsKind::kDebugger);
  }
  if (IsPunct(";") || cur_.type == T::kError) return ast_->New(JsKind::kEmpty);
  if (IsIdentifierReference()) {
    std::string_view label = cur_.text;
    Next();
    if (IsPunct(":")) {
      Next();
      JsNode* stmt = ast_->New(JsKind::kLabelled);
      stmt->text = std::string(label);
      stmt->a = Statement(true);
      return stmt;
    }
    allow_directive_ = false;
    return ExprStatement(Suffix(Use(label), JsPrec::kExpr, JsPrec::kPrimary));
  }
  JsNode* stmt = ExprStatement(Expression(JsPrec::kExpr));
  if (allow_directive_) {
    if (stmt->a != nullptr && stmt->a->kind == JsKind::kLiteral && stmt->a->lit == JsLit::kString) {
      stmt->kind = JsKind::kDirective;
      stmt->text = stmt->a->text;
      stmt->a = nullptr;
    } else {
      allow_directive_ = false;
    }
  }
  return stmt;
}

std::vector<JsNode*> JsParser::StatementList(std::string_view in) {
  std::vector<JsNode*> list;
  if (!Expect("{", in)) return list;
  for (;;) {
    if (!ok()) return list;
    if (cur_.type == T::kError) {
      FailHere("");
      return list;
    }
    if (IsPunct("}")) {
      Next();
      break;
    }
    list.push_back(Statement(true));
  }
  return list;
}

JsNode* JsParser::Block(std::string_view in) {
  JsNode* block = ast_->New(JsKind::kBlock);
  allow_directive_ = false;
  JsScope* parent = EnterScope(block, false);
  block->list = StatementList(in);
  ExitScope(parent);
  return block;
}

JsNode* JsParser::EmptyForDecl() {
  JsNode* decl = ast_->New(JsKind::kVarDecl);
  decl->op = JsOp::kVar;
  decl->in_for = true;
  decl->func = funcs_.back();
  funcs_.back()->var_decls.push_back(decl);
  return decl;
}

JsNode* JsParser::VarDecl(JsOp op, bool can_be_hoisted) {
  JsNode* decl = ast_->New(JsKind::kVarDecl);
  decl->op = op;
  decl->func = funcs_.back();
  decl->scope = scope_;
  if (op == JsOp::kVar && can_be_hoisted) funcs_.back()->var_decls.push_back(decl);
  for (;;) {
    JsNode* element = ast_->New(JsKind::kBindingElement);
    bool parent_in_for = in_for_;
    in_for_ = false;
    element->a = Binding(op == JsOp::kVar ? JsDecl::kVariable : JsDecl::kLexical);
    in_for_ = parent_in_for;
    if (!ok()) return decl;
    if (IsPunct("=")) {
      Next();
      element->b = Expression(JsPrec::kAssign);
    } else if (element->a->kind != JsKind::kVar && (!in_for_ || !decl->list.empty())) {
      FailHere("var statement");
      return decl;
    } else if (op == JsOp::kConst && (!in_for_ || (!IsKeyword("of") && !IsKeyword("in")))) {
      FailHere("const statement");
      return decl;
    }
    decl->list.push_back(element);
    if (!IsPunct(",")) break;
    Next();
  }
  return decl;
}

JsNode* JsParser::ForStatement() {
  Next();
  bool await = await_ && IsKeyword("await");
  if (await) Next();
  if (!Expect("(", "for statement")) return nullptr;
  JsNode* body = ast_->New(JsKind::kBlock);
  JsScope* parent = EnterScope(body, false);
  JsNode* init = nullptr;
  in_for_ = true;
  if (IsKeyword("var") || IsKeyword("let") || IsKeyword("const")) {
    JsOp op = IsKeyword("var") ? JsOp::kVar : IsKeyword("let") ? JsOp::kLet : JsOp::kConst;
    Next();
    init = VarDecl(op, true);
    if (!ok()) return nullptr;
    if (!IsPunct(";") && (init->list.size() > 1 || init->list[0]->b != nullptr)) {
      FailHere("for statement");
      return nullptr;
    }
    if (IsPunct(";") && init->list[0]->b == nullptr && init->list[0]->a->kind != JsKind::kVar) {
      FailHere("for statement");
      return nullptr;
    }
  } else if (!IsPunct(";")) {
    init = Expression(JsPrec::kExpr);
  }
  in_for_ = false;
  if (!ok()) return nullptr;
  auto loop_body = [&]() {
    scope_->MarkForStmt();
    if (IsPunct("{")) {
      body->list = StatementList("");
    } else if (!IsPunct(";")) {
      body->list.push_back(Statement(false));
    }
  };
  if (IsPunct(";")) {
    if (await) {
      FailHere("for statement");
      return nullptr;
    }
    Next();
    JsNode* stmt = ast_->New(JsKind::kFor);
    if (!IsPunct(";")) stmt->b = Expression(JsPrec::kExpr);
    if (!Expect(";", "for statement")) return nullptr;
    if (!IsPunct(")")) stmt->c = Expression(JsPrec::kExpr);
    if (!Expect(")", "for statement")) return nullptr;
    loop_body();
    if (init == nullptr) {
      init = EmptyForDecl();
    } else if (init->kind == JsKind::kVarDecl) {
      init->in_for = true;
    }
    stmt->a = init;
    stmt->d = body;
    ExitScope(parent);
    return stmt;
  }
  bool in = IsKeyword("in");
  if (!in && !IsKeyword("of")) {
    FailHere("for statement");
    return nullptr;
  }
  if (in && await) {
    FailHere("for statement");
    return nullptr;
  }
  Next();
  JsNode* stmt = ast_->New(in ? JsKind::kForIn : JsKind::kForOf);
  stmt->await = await;
  stmt->b = Expression(in ? JsPrec::kExpr : JsPrec::kAssign);
  if (!Expect(")", "for statement")) return nullptr;
  loop_body();
  if (init != nullptr && init->kind == JsKind::kVarDecl) init->in_for_in_of = true;
  stmt->a = init;
  stmt->d = body;
  ExitScope(parent);
  return stmt;
}

JsNode* JsParser::SwitchStatement() {
  Next();
  JsNode* stmt = ast_->New(JsKind::kSwitch);
  if (!Expect("(", "switch statement")) return nullptr;
  stmt->a = Expression(JsPrec::kExpr);
  if (!Expect(")", "switch statement")) return nullptr;
  if (!Expect("{", "switch statement")) return nullptr;
  JsScope* parent = EnterScope(stmt, false);
  for (;;) {
    if (!ok()) return nullptr;
    if (cur_.type == T::kError) {
      FailHere("switch statement");
      return nullptr;
    }
    if (IsPunct("}")) {
      Next();
      break;
    }
    JsNode* clause = ast_->New(JsKind::kCase);
    if (IsKeyword("case")) {
      Next();
      clause->op = JsOp::kCase;
      clause->a = Expression(JsPrec::kExpr);
    } else if (IsKeyword("default")) {
      Next();
      clause->op = JsOp::kDefault;
    } else {
      FailHere("switch statement");
      return nullptr;
    }
    if (!Expect(":", "switch statement")) return nullptr;
    while (ok() && !IsKeyword("case") && !IsKeyword("default") && !IsPunct("}") &&
           cur_.type != T::kError) {
      clause->list.push_back(Statement(true));
    }
    stmt->list.push_back(clause);
  }
  ExitScope(parent);
  return stmt;
}

JsNode* JsParser::TryStatement() {
  Next();
  JsNode* stmt = ast_->New(JsKind::kTry);
  stmt->a = Block("try statement");
  if (IsKeyword("catch")) {
    Next();
    stmt->c = ast_->New(JsKind::kBlock);
    JsScope* parent = EnterScope(stmt->c, false);
    if (IsPunct("(")) {
      Next();
      stmt->b = Binding(JsDecl::kCatch);
      if (!Expect(")", "try-catch statement")) return nullptr;
    }
    stmt->c->list = StatementList("try-catch statement");
    ExitScope(parent);
  } else if (!IsKeyword("finally")) {
    FailHere("try statement");
    return nullptr;
  }
  if (IsKeyword("finally")) {
    Next();
    stmt->d = Block("try-finally statement");
  }
  return stmt;
}

JsNode* JsParser::ImportStmt() {
  JsNode* stmt = ast_->New(JsKind::kImport);
  if (cur_.type == T::kString) {
    stmt->text2 = std::string(cur_.text);
    Next();
    Semicolon();
    return stmt;
  }
  if (IsIdentifier() || IsKeyword("yield")) {
    stmt->text = std::string(cur_.text);
    Next();
    if (IsPunct(",")) Next();
  }
  if (IsPunct("*")) {
    Next();
    if (!ExpectKeyword("as", "import statement")) return stmt;
    if (!IsIdentifier() && !IsKeyword("yield")) {
      FailHere("import statement");
      return stmt;
    }
    JsNode* alias = ast_->New(JsKind::kAlias);
    alias->text = "*";
    alias->text2 = std::string(cur_.text);
    stmt->list.push_back(alias);
    Next();
  } else if (IsPunct("{")) {
    Next();
    AliasList(stmt, "import statement");
    if (!Expect("}", "import statement")) return stmt;
  }
  if (stmt->text.empty() && stmt->list.empty()) {
    FailHere("import statement");
    return stmt;
  }
  if (!ExpectKeyword("from", "import statement")) return stmt;
  if (cur_.type != T::kString) {
    FailHere("import statement");
    return stmt;
  }
  stmt->text2 = std::string(cur_.text);
  Next();
  Semicolon();
  return stmt;
}

void JsParser::AliasList(JsNode* stmt, std::string_view in) {
  while (ok() && (IsIdentifierName() || cur_.type == T::kString)) {
    JsNode* alias = ast_->New(JsKind::kAlias);
    alias->text2 = std::string(cur_.text);
    Next();
    if (IsKeyword("as")) {
      Next();
      if (!IsIdentifierName() && cur_.type != T::kString) {
        FailHere(in);
        return;
      }
      alias->text = alias->text2;
      alias->text2 = std::string(cur_.text);
      Next();
    }
    stmt->list.push_back(alias);
    if (!IsPunct(",")) break;
    Next();
    if (IsPunct("}")) {
      stmt->list.push_back(ast_->New(JsKind::kAlias));  // the trailing comma
      break;
    }
  }
}

JsNode* JsParser::ExportStmt() {
  Next();
  JsNode* stmt = ast_->New(JsKind::kExport);
  if (IsPunct("*") || IsPunct("{")) {
    if (IsPunct("*")) {
      Next();
      JsNode* alias = ast_->New(JsKind::kAlias);
      if (IsKeyword("as")) {
        Next();
        if (!IsIdentifierName() && cur_.type != T::kString) {
          FailHere("export statement");
          return stmt;
        }
        alias->text = "*";
        alias->text2 = std::string(cur_.text);
        Next();
      } else {
        alias->text2 = "*";
      }
      stmt->list.push_back(alias);
      if (!IsKeyword("from")) {
        FailHere("export statement");
        return stmt;
      }
    } else {
      Next();
      AliasList(stmt, "export statement");
      if (!Expect("}", "export statement")) return stmt;
    }
    if (IsKeyword("from")) {
      Next();
      if (cur_.type != T::kString) {
        FailHere("export statement");
        return stmt;
      }
      stmt->text2 = std::string(cur_.text);
      Next();
    }
  } else if (IsKeyword("var") || IsKeyword("let") || IsKeyword("const")) {
    JsOp op = IsKeyword("var") ? JsOp::kVar : IsKeyword("let") ? JsOp::kLet : JsOp::kConst;
    Next();
    stmt->a = VarDecl(op, false);
  } else if (IsKeyword("function")) {
    stmt->a = Function(false, false);
  } else if (IsKeyword("async")) {
    Next();
    if (!IsKeyword("function") || prev_lt_) {
      FailHere("export statement");
      return stmt;
    }
    stmt->a = Function(true, false);
  } else if (IsKeyword("class")) {
    stmt->a = Class(false);
  } else if (IsKeyword("default")) {
    stmt->is_default = true;
    Next();
    if (IsKeyword("function")) {
      stmt->a = Function(false, false, true);
    } else if (IsKeyword("async")) {
      std::string_view async = cur_.text;
      Next();
      if (IsKeyword("function") && !prev_lt_) {
        stmt->a = Function(true, false, true);
      } else {
        stmt->a = AsyncExpression(JsPrec::kExpr, async);
      }
    } else if (IsKeyword("class")) {
      stmt->a = Class(false, true);
    } else {
      stmt->a = Expression(JsPrec::kAssign);
    }
  } else {
    FailHere("export statement");
    return stmt;
  }
  Semicolon();
  return stmt;
}

JsNode* JsParser::Function(bool async, bool expr, bool export_default) {
  Next();
  JsNode* func = ast_->New(JsKind::kFunc);
  func->async = async;
  if (IsPunct("*")) {
    func->generator = true;
    Next();
  }
  bool parent_await = await_, parent_yield = yield_;
  if (expr) {
    await_ = async;
    yield_ = func->generator;
  }
  std::string_view expr_name;
  if (expr && (IsIdentifier() || IsKeyword("yield") || IsKeyword("await"))) {
    expr_name = cur_.text;
    Next();
  } else if (!expr && IsIdentifierReference()) {
    func->a = Declare(JsDecl::kFunction, cur_.text);
    Next();
  } else if (!expr && !export_default) {
    FailExpected("Identifier", "function declaration");
    return func;
  }
  await_ = async;
  yield_ = func->generator;
  FunctionRest(func, "function declaration", expr_name);
  await_ = parent_await;
  yield_ = parent_yield;
  return func;
}

void JsParser::FunctionRest(JsNode* func, std::string_view in, std::string_view expr_name) {
  JsNode* body = ast_->New(JsKind::kBlock);
  func->c = body;
  funcs_.push_back(body);
  JsScope* parent = EnterScope(body, true);
  if (!expr_name.empty()) func->a = Declare(JsDecl::kExpr, expr_name);
  bool parent_in_for = in_for_;
  in_for_ = false;
  Params(func, in);
  allow_directive_ = true;
  body->list = StatementList(in);
  in_for_ = parent_in_for;
  ExitScope(parent);
  funcs_.pop_back();
}

void JsParser::Params(JsNode* func, std::string_view in) {
  if (!Expect("(", in)) return;
  while (ok() && !IsPunct(")") && cur_.type != T::kError) {
    if (IsPunct("...")) {
      Next();
      func->b = Binding(JsDecl::kArgument);
      Expect(")", in);
      return;  // upstream marks no parameters here
    }
    JsNode* element = ast_->New(JsKind::kBindingElement);
    element->a = Binding(JsDecl::kArgument);
    if (IsPunct("=")) {
      Next();
      element->b = Expression(JsPrec::kAssign);
    }
    func->list.push_back(element);
    if (!IsPunct(",")) break;
    Next();
  }
  if (Expect(")", in)) scope_->MarkFuncArgs();
}

JsNode* JsParser::Class(bool expr, bool export_default) {
  Next();
  JsNode* cls = ast_->New(JsKind::kClass);
  if (IsIdentifier() || IsKeyword("yield") || IsKeyword("await")) {
    if (expr) {
      // a class expression's name is no variable of any scope
      JsVar* v = ast_->NewVar();
      v->data = std::string(cur_.text);
      v->uses = 1;
      v->decl = JsDecl::kExpr;
      cls->a = VarNode(v);
    } else {
      cls->a = Declare(JsDecl::kLexical, cur_.text);
    }
    Next();
  } else if (!expr && !export_default) {
    FailHere("class declaration");
    return cls;
  }
  if (IsKeyword("extends")) {
    Next();
    cls->b = Expression(JsPrec::kLHS);
  }
  if (!Expect("{", "class declaration")) return cls;
  for (;;) {
    if (!ok()) return cls;
    if (IsPunct(";")) {
      Next();
      continue;
    }
    if (IsPunct("}")) {
      Next();
      break;
    }
    if (cur_.type == T::kError) {
      FailHere("class declaration");
      return cls;
    }
    cls->list.push_back(ClassElement());
  }
  return cls;
}

JsNode* JsParser::PropName(std::string_view text, JsLit lit) {
  JsNode* name = ast_->New(JsKind::kPropName);
  name->lit = lit;
  name->text = std::string(text);
  return name;
}

JsNode* JsParser::ClassElement() {
  JsNode* element = ast_->New(JsKind::kClassElement);
  JsNode* method = ast_->New(JsKind::kMethod);
  std::string_view data;
  bool has_data = false;
  if (IsKeyword("static")) {
    method->is_static = true;
    data = cur_.text;
    has_data = true;
    Next();
    if (IsPunct("{")) {
      element->is_static = true;
      JsNode* block = ast_->New(JsKind::kBlock);
      funcs_.push_back(block);
      JsScope* parent = EnterScope(block, false);
      block->list = StatementList("class static block");
      ExitScope(parent);
      funcs_.pop_back();
      element->d = block;
      return element;
    }
  }
  if (IsPunct("*")) {
    method->generator = true;
    Next();
  } else if (IsKeyword("async")) {
    data = cur_.text;
    has_data = true;
    Next();
    if (!prev_lt_) {
      method->async = true;
      if (IsPunct("*")) {
        method->generator = true;
        has_data = false;
        Next();
      }
    }
  } else if (IsKeyword("get") || IsKeyword("set")) {
    (IsKeyword("get") ? method->getter : method->setter) = true;
    data = cur_.text;
    has_data = true;
    Next();
  }
  bool is_field = false;
  if (has_data && IsPunct("(")) {
    method->a = PropName(data, JsLit::kIdentifier);
    if (method->async || method->getter || method->setter) {
      method->async = method->getter = method->setter = false;
    } else {
      method->is_static = false;
    }
  } else if (has_data && (IsPunct("=") || IsPunct(";") || IsPunct("}"))) {
    method->a = PropName(data, JsLit::kIdentifier);
    if (!method->async && !method->getter && !method->setter) method->is_static = false;
    is_field = true;
  } else {
    if (cur_.type == T::kPrivateIdentifier) {
      method->a = PropName(cur_.text, JsLit::kPrivate);
      Next();
    } else {
      method->a = PropertyName("method or field definition");
    }
    if ((!has_data || method->is_static) && !IsPunct("(")) is_field = true;
  }
  if (is_field) {
    element->is_static = method->is_static;
    element->a = method->a;
    if (IsPunct("=")) {
      Next();
      element->b = Expression(JsPrec::kAssign);
    }
    return element;
  }
  MethodRest(method);
  element->c = method;
  return element;
}

void JsParser::MethodRest(JsNode* method) {
  bool parent_await = await_, parent_yield = yield_;
  await_ = method->async;
  yield_ = method->generator;
  FunctionRest(method, "method definition");
  await_ = parent_await;
  yield_ = parent_yield;
}

StatusOr<std::unique_ptr<JsAst>> ParseJs(std::string_view js) {
  auto ast = std::make_unique<JsAst>();
  JsParser parser(js, ast.get());
  RETURN_IF_ERROR(parser.Run());
  return ast;
}

}  // namespace kiln::minify
