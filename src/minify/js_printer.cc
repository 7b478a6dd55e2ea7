#include "minify/js_printer.h"

#include <utility>
#include <vector>

#include "minify/js_literals.h"

namespace kiln::minify {
std::string JsPrinter::Run() {
  for (const std::string& comment : ast_->license_comments) {
    out_ += comment;
    if (comment[1] == '/') out_ += '\n';
  }
  JsNode* program = ast_->program;
  opt_.HoistVars(program);
  opt_.OptimizeStmtList(program->list, JsBlockType::kFunction);
  for (JsNode* stmt : program->list) {
    WriteSemicolon();
    Stmt(stmt);
  }
  return std::move(out_);
}

void JsPrinter::Write(std::string_view b) {
  if (b.empty()) return;
  if ((needs_space_ && IsJsIdentifierByte(b[0])) || (space_before_ != 0 && space_before_ == b[0])) {
    out_ += ' ';
  }
  prev_start_ = out_.size();
  out_ += b;
  needs_space_ = false;
  expect_ = Expect::kAny;
  space_before_ = 0;
}

void JsPrinter::WriteSpaceAfterIdent() {
  std::string_view prev = Prev();
  if ((!prev.empty() && IsJsIdentifierByte(prev.back())) || (prev.size() > 1 && prev[0] == '/')) {
    out_ += ' ';
  }
}

void JsPrinter::WriteSemicolon() {
  if (needs_semicolon_) {
    out_ += ';';
    needs_semicolon_ = false;
    needs_space_ = false;
  }
}

void JsPrinter::Stmt(JsNode* s) {
  switch (s->kind) {
    case JsKind::kExprStmt:
      expect_ = Expect::kExprStmt;
      Expr(s->a, JsPrec::kExpr);
      if (grouped_stmt_) {
        Write(")");
        grouped_stmt_ = false;
      }
      RequireSemicolon();
      break;
    case JsKind::kVarDecl:
      VarDecl(s, false);
      RequireSemicolon();
      break;
    case JsKind::kIf: {
      bool has_if = !JsOptimizer::IsEmptyStmt(s->b);
      bool has_else = !JsOptimizer::IsEmptyStmt(s->c);
      if (!has_if && !has_else) break;
      Write("if(");
      Expr(s->a, JsPrec::kExpr);
      Write(")");
      if (!has_if && has_else) {
        RequireSemicolon();
      } else if (has_if) {
        if (has_else && opt_.EndsInIf(s->b)) {
          // if(a){if(b)c}else d: the braces keep the else with the outer if
          Write("{");
          Stmt(s->b);
          Write("}");
          needs_semicolon_ = false;
        } else {
          Stmt(s->b);
        }
      }
      if (has_else) {
        WriteSemicolon();
        Write("else");
        SpaceBeforeIdent();
        Stmt(s->c);
      }
      break;
    }
    case JsKind::kBlock:
      renamer_.RenameScope(s->scope);
      BlockStmt(s);
      break;
    case JsKind::kReturn:
      Write("return");
      SpaceBeforeIdent();
      if (s->a != nullptr) Expr(s->a, JsPrec::kExpr);
      RequireSemicolon();
      break;
    case JsKind::kLabelled:
      Write(s->text);
      Write(":");
      StmtOrBlock(s->a, JsBlockType::kDefault);
      break;
    case JsKind::kBranch:
      Write(JsOpText(s->op));
      if (!s->text.empty()) {
        Write(" ");
        Write(s->text);
      }
      RequireSemicolon();
      break;
    case JsKind::kWith:
      Write("with(");
      Expr(s->a, JsPrec::kExpr);
      Write(")");
      StmtOrBlock(s->b, JsBlockType::kDefault);
      break;
    case JsKind::kDoWhile:
      Write("do");
      SpaceBeforeIdent();
      StmtOrBlock(s->b, JsBlockType::kIteration);
      WriteSemicolon();
      Write("while(");
      Expr(s->a, JsPrec::kExpr);
      Write(")");
      break;
    case JsKind::kFor:
      opt_.OptimizeStmtList(s->d->list, JsBlockType::kIteration);
      renamer_.RenameScope(s->d->scope);
      Write("for(");
      in_for_ = true;
      if (s->a != nullptr && s->a->kind == JsKind::kVarDecl) {
        VarDecl(s->a, true);
      } else if (s->a != nullptr) {
        Expr(s->a, JsPrec::kLHS);
      }
      in_for_ = false;
      Write(";");
      if (s->b != nullptr) Expr(s->b, JsPrec::kExpr);
      Write(";");
      if (s->c != nullptr) Expr(s->c, JsPrec::kExpr);
      Write(")");
      BlockAsStmt(s->d);
      break;
    case JsKind::kForIn:
    case JsKind::kForOf:
      opt_.OptimizeStmtList(s->d->list, JsBlockType::kIteration);
      renamer_.RenameScope(s->d->scope);
      Write(s->await ? "for await(" : "for(");
      in_for_ = true;
      if (s->a->kind == JsKind::kVarDecl) {
        VarDecl(s->a, false);
      } else {
        Expr(s->a, JsPrec::kLHS);
      }
      in_for_ = false;
      WriteSpaceAfterIdent();
      Write(s->kind == JsKind::kForIn ? "in" : "of");
      SpaceBeforeIdent();
      Expr(s->b, s->kind == JsKind::kForIn ? JsPrec::kExpr : JsPrec::kAssign);
      Write(")");
      BlockAsStmt(s->d);
      break;
    case JsKind::kSwitch:
      Write("switch(");
      Expr(s->a, JsPrec::kExpr);
      Write("){");
      needs_semicolon_ = false;
      for (JsNode* clause : s->list) opt_.OptimizeStmtList(clause->list, JsBlockType::kDefault);
      renamer_.RenameScope(s->scope);
      for (JsNode* clause : s->list) {
        WriteSemicolon();
        Write(JsOpText(clause->op));
        if (clause->a != nullptr) {
          SpaceBeforeIdent();
          Expr(clause->a, JsPrec::kExpr);
        }
        Write(":");
        for (JsNode* item : clause->list) {
          WriteSemicolon();
          Stmt(item);
        }
      }
      Write("}");
      needs_semicolon_ = false;
      break;
    case JsKind::kThrow:
      Write("throw");
      SpaceBeforeIdent();
      Expr(s->a, JsPrec::kExpr);
      RequireSemicolon();
      break;
    case JsKind::kTry:
      Write("try");
      opt_.OptimizeStmtList(s->a->list, JsBlockType::kDefault);
      renamer_.RenameScope(s->a->scope);
      BlockStmt(s->a);
      if (s->c != nullptr) {
        Write("catch");
        opt_.OptimizeStmtList(s->c->list, JsBlockType::kDefault);
        if (s->b != nullptr && s->b->kind == JsKind::kVar && s->b->var != nullptr &&
            s->b->var->uses == 1 && s->c->scope != nullptr && !s->c->scope->declared.empty()) {
          // an unused catch binding goes
          s->c->scope->declared.erase(s->c->scope->declared.begin());
          s->b = nullptr;
        }
        renamer_.RenameScope(s->c->scope);
        if (s->b != nullptr) {
          Write("(");
          Binding(s->b);
          Write(")");
        }
        BlockStmt(s->c);
      }
      if (s->d != nullptr) {
        Write("finally");
        opt_.OptimizeStmtList(s->d->list, JsBlockType::kDefault);
        renamer_.RenameScope(s->d->scope);
        BlockStmt(s->d);
      }
      break;
    case JsKind::kFunc:
      FuncDecl(s, false);
      break;
    case JsKind::kClass:
      ClassDecl(s);
      break;
    case JsKind::kDebugger:
      Write("debugger");
      RequireSemicolon();
      break;
    case JsKind::kEmpty:
      break;
    case JsKind::kImport:
      ImportStmt(s);
      break;
    case JsKind::kExport:
      ExportStmt(s);
      break;
    case JsKind::kDirective: {
      std::string value = s->text;
      value.front() = '"';
      value.back() = '"';
      Write(value);
      RequireSemicolon();
      break;
    }
    default:
      break;
  }
}

void JsPrinter::ImportStmt(JsNode* s) {
  Write("import");
  if (!s->text.empty()) {
    Write(" ");
    Write(s->text);
    if (!s->list.empty()) {
      Write(",");
    } else {
      Write(" ");
    }
  }
  if (s->list.size() == 1 && s->list[0]->text == "*") {
    SpaceBeforeIdent();
    Alias(s->list[0]);
    Write(" ");
  } else if (!s->list.empty()) {
    AliasList(s->list);
  }
  if (!s->text.empty() || !s->list.empty()) Write("from");
  Write(MinifyJsString(s->text2, false));
  RequireSemicolon();
}

// `{a,b as c}` of an import or export statement.
void JsPrinter::AliasList(const std::vector<JsNode*>& aliases) {
  Write("{");
  for (size_t i = 0; i < aliases.size(); ++i) {
    if (i != 0) Write(",");
    Alias(aliases[i]);
  }
  Write("}");
}

void JsPrinter::ExportStmt(JsNode* s) {
  Write("export");
  if (s->a != nullptr) {
    if (s->is_default) {
      Write(" default");
      SpaceBeforeIdent();
      Expr(s->a, JsPrec::kAssign);
      if (s->a->kind != JsKind::kFunc && s->a->kind != JsKind::kClass) RequireSemicolon();
    } else {
      SpaceBeforeIdent();
      Stmt(s->a);
    }
    return;
  }
  if (s->list.size() == 1 &&
      (s->list[0]->text == "*" || (s->list[0]->text.empty() && s->list[0]->text2 == "*"))) {
    SpaceBeforeIdent();
    Alias(s->list[0]);
    if (!s->text2.empty() && !s->list[0]->text.empty()) Write(" ");
  } else if (!s->list.empty()) {
    AliasList(s->list);
  }
  if (!s->text2.empty()) {
    Write("from");
    Write(MinifyJsString(s->text2, false));
  }
  RequireSemicolon();
}

void JsPrinter::AliasName(const std::string& name) {
  if (name[0] == '"' || name[0] == '\'') {
    Write(MinifyJsString(name, false));
  } else {
    Write(name);
  }
}

void JsPrinter::Alias(JsNode* alias) {
  if (!alias->text.empty()) {
    AliasName(alias->text);
    if (alias->text != "*") Write(" ");
    Write("as ");
  }
  if (!alias->text2.empty()) AliasName(alias->text2);
}

void JsPrinter::BlockStmt(JsNode* block) {
  Write("{");
  needs_semicolon_ = false;
  for (JsNode* item : block->list) {
    WriteSemicolon();
    Stmt(item);
  }
  Write("}");
  needs_semicolon_ = false;
}

bool JsPrinter::HasLexicalDecl(const JsNode* block) {
  if (block->scope == nullptr) return false;
  const auto& declared = block->scope->declared;
  for (size_t i = block->scope->num_for_decls; i < declared.size(); ++i) {
    if (declared[i]->decl == JsDecl::kLexical) return true;
  }
  return false;
}

void JsPrinter::BlockAsStmt(JsNode* block) {
  if (block->list.size() > 1 || HasLexicalDecl(block)) {
    BlockStmt(block);
  } else if (block->list.size() == 1) {
    Stmt(block->list[0]);
  } else {
    Write(";");
    needs_semicolon_ = false;
  }
}

void JsPrinter::StmtOrBlock(JsNode* s, JsBlockType type) {
  if (s->kind == JsKind::kBlock) {
    opt_.OptimizeStmtList(s->list, type);
    renamer_.RenameScope(s->scope);
    BlockAsStmt(s);
    return;
  }
  // optimizing may turn one statement into two shorter ones
  std::vector<JsNode*> list = {s};
  opt_.OptimizeStmtList(list, type);
  if (list.size() == 1) {
    Stmt(list[0]);
  } else if (list.empty()) {
    Write(";");
    needs_semicolon_ = false;
  } else {
    JsNode* block = ast_->New(JsKind::kBlock);
    block->list = std::move(list);
    BlockStmt(block);
  }
}

void JsPrinter::VarDecl(JsNode* decl, bool only_defines) {
  if (decl->list.empty()) return;
  if (decl->op == JsOp::kHoisted) {
    // hoisted: the assignments are left, without "var"
    bool first = true;
    for (JsNode* item : decl->list) {
      if (item->b != nullptr || !only_defines) {
        if (!first) Write(",");
        BindingElement(item);
        first = false;
      }
    }
    return;
  }
  if (decl->op == JsOp::kVar && decl->list.size() <= 10000) SortVarDecl(decl);
  Write(JsOpText(decl->op));
  SpaceBeforeIdent();
  for (size_t i = 0; i < decl->list.size(); ++i) {
    if (i != 0) Write(",");
    BindingElement(decl->list[i]);
  }
}

void JsPrinter::SortVarDecl(JsNode* decl) {
  auto single = [](const JsNode* item) {
    return item->a != nullptr && item->a->kind == JsKind::kVar && item->b == nullptr &&
           JsName(item->a).size() == 1;
  };
  auto& list = decl->list;
  size_t start = list[0]->a != nullptr && list[0]->a->kind == JsKind::kVar ? 0 : 1;
  for (size_t i = 0; i < list.size(); ++i) {
    JsNode* item = list[i];
    if (!single(item)) continue;
    for (size_t j = start; j < list.size(); ++j) {
      if (single(list[j])) {
        int oj = JsRenamer::IdentOrder(JsName(list[j]->a)[0]);
        int oi = JsRenamer::IdentOrder(JsName(item->a)[0]);
        if (oj < oi) continue;
        if (oj == oi) break;
      }
      list.erase(list.begin() + static_cast<long>(i));
      list.insert(list.begin() + static_cast<long>(j), item);
      break;
    }
  }
}

void JsPrinter::ElementList(JsNode* n, std::string_view open, std::string_view close,
                            size_t count) {
  Write(open);
  for (size_t i = 0; i < count; ++i) {
    if (i != 0) Write(",");
    BindingElement(n->list[i]);
  }
  if (n->b != nullptr) {
    if (!n->list.empty()) Write(",");
    Write("...");
    Binding(n->b);
  }
  Write(close);
}

void JsPrinter::Params(JsNode* f, bool remove_unused) {
  // unused parameters at the end go
  size_t count = f->list.size();
  if (remove_unused && f->b == nullptr) {
    for (; 0 < count; --count) {
      const JsNode* binding = f->list[count - 1]->a;
      if (binding == nullptr || binding->kind != JsKind::kVar || binding->var == nullptr ||
          1 < binding->var->uses) {
        break;
      }
    }
  }
  ElementList(f, "(", ")", count);
}

void JsPrinter::Arguments(JsNode* call) {
  Write("(");
  for (size_t i = 0; i < call->list.size(); ++i) {
    if (i != 0) Write(",");
    if (call->list[i]->spread) Write("...");
    Expr(call->list[i]->a, JsPrec::kAssign);
  }
  Write(")");
}

void JsPrinter::FuncDecl(JsNode* f, bool in_expr) {
  bool parent_rename = renamer_.rename;
  renamer_.rename = !f->c->scope->has_with;
  opt_.HoistVars(f->c);
  opt_.OptimizeStmtList(f->c->list, JsBlockType::kFunction);
  if (f->async) Write("async ");
  Write("function");
  if (f->generator) Write("*");
  // a function expression's name is renamed with its body; a declaration's belongs outside
  if (in_expr) renamer_.RenameScope(f->c->scope);
  if (f->a != nullptr && (!in_expr || f->a->var == nullptr || 1 < f->a->var->uses)) {
    if (!f->generator) Write(" ");
    Write(JsName(f->a));
  }
  if (!in_expr) renamer_.RenameScope(f->c->scope);
  Params(f, true);
  BlockStmt(f->c);
  renamer_.rename = parent_rename;
}

void JsPrinter::MethodDecl(JsNode* m) {
  bool parent_rename = renamer_.rename;
  renamer_.rename = !m->c->scope->has_with;
  opt_.HoistVars(m->c);
  opt_.OptimizeStmtList(m->c->list, JsBlockType::kFunction);
  if (m->is_static) {
    Write("static");
    SpaceBeforeIdent();
  }
  if (m->async) {
    Write("async");
    if (m->generator) {
      Write("*");
    } else {
      SpaceBeforeIdent();
    }
  } else if (m->generator) {
    Write("*");
  } else if (m->getter) {
    Write("get");
    SpaceBeforeIdent();
  } else if (m->setter) {
    Write("set");
    SpaceBeforeIdent();
  }
  PropertyName(m->a);
  renamer_.RenameScope(m->c->scope);
  Params(m, !m->setter);
  BlockStmt(m->c);
  renamer_.rename = parent_rename;
}

void JsPrinter::ArrowFunc(JsNode* f) {
  JsNode* body = f->c;
  bool parent_rename = renamer_.rename;
  renamer_.rename = !body->scope->has_with;
  opt_.HoistVars(body);
  opt_.OptimizeStmtList(body->list, JsBlockType::kFunction);
  renamer_.RenameScope(body->scope);
  if (f->async) Write("async");
  bool remove_parens = f->b == nullptr && f->list.size() == 1 && f->list[0]->b == nullptr &&
                       (f->list[0]->a == nullptr || f->list[0]->a->kind == JsKind::kVar);
  if (remove_parens) {
    if (f->async && f->list[0]->a != nullptr) Write(" ");
    BindingElement(f->list[0]);
  } else {
    bool parent_in_for = in_for_;
    in_for_ = false;
    Params(f, true);
    in_for_ = parent_in_for;
  }
  Write("=>");
  bool remove_braces = false;
  if (!body->list.empty()) {
    JsNode* last = body->list.back();
    if (last->kind == JsKind::kReturn && last->a != nullptr) {
      // expression statements merge into the final return: the braces go
      std::vector<JsNode*> list;
      remove_braces = true;
      for (size_t i = 0; i + 1 < body->list.size(); ++i) {
        if (body->list[i]->kind != JsKind::kExprStmt) {
          remove_braces = false;
          break;
        }
        list.push_back(body->list[i]->a);
      }
      if (remove_braces) {
        list.push_back(last->a);
        JsNode* expr = list[0];
        if (list.size() > 1) {
          expr = ast_->New(JsKind::kComma);
          expr->list = std::move(list);
        }
        JsNode* group = ast_->New(JsKind::kGroup);
        group->a = expr;
        expect_ = Expect::kExprBody;
        Expr(group, JsPrec::kAssign);
        if (grouped_stmt_) {
          Write(")");
          grouped_stmt_ = false;
        }
      }
    } else if (last->kind == JsKind::kReturn) {
      body->list.pop_back();  // an empty return at the end
    }
  }
  if (!remove_braces) BlockStmt(body);
  renamer_.rename = parent_rename;
}

void JsPrinter::ClassDecl(JsNode* c) {
  Write("class");
  if (c->a != nullptr) {
    Write(" ");
    Write(JsName(c->a));
  }
  if (c->b != nullptr) {
    Write(" extends");
    SpaceBeforeIdent();
    Expr(c->b, JsPrec::kLHS);
  }
  Write("{");
  needs_semicolon_ = false;
  for (JsNode* item : c->list) {
    WriteSemicolon();
    if (item->d != nullptr) {
      Write("static");
      BlockStmt(item->d);
    } else if (item->c != nullptr) {
      MethodDecl(item->c);
    } else {
      if (item->is_static) {
        Write("static");
        if (!item->a->computed && item->a->lit == JsLit::kIdentifier) Write(" ");
      }
      PropertyName(item->a);
      if (item->b != nullptr) {
        Write("=");
        Expr(item->b, JsPrec::kAssign);
      }
      RequireSemicolon();
    }
  }
  Write("}");
  needs_semicolon_ = false;
}

void JsPrinter::PropertyName(JsNode* name) {
  if (name->computed) {
    Write("[");
    Expr(name->a, JsPrec::kAssign);
    Write("]");
  } else if (name->lit == JsLit::kString) {
    Write(MinifyJsString(name->text, false));
  } else {
    Write(name->text);
  }
}

void JsPrinter::Property(JsNode* p) {
  if (p->spread) {
    Write("...");
  } else if (p->a != nullptr && (p->b->kind != JsKind::kVar || p->a->computed ||
                                 p->a->lit != JsLit::kIdentifier || p->a->text != JsName(p->b))) {
    // "name:" before a value that is not the same-named variable
    PropertyName(p->a);
    Write(":");
  }
  Expr(p->b, JsPrec::kAssign);
  if (p->c != nullptr) {
    Write("=");
    Expr(p->c, JsPrec::kAssign);
  }
}

void JsPrinter::BindingElement(JsNode* element) {
  if (element->a == nullptr) return;
  bool parent_in_for = in_for_;
  in_for_ = false;
  Binding(element->a);
  in_for_ = parent_in_for;
  if (element->b != nullptr) {
    Write("=");
    Expr(element->b, JsPrec::kAssign);
  }
}

void JsPrinter::Binding(JsNode* b) {
  switch (b->kind) {
    case JsKind::kVar:
      Write(JsName(b));
      break;
    case JsKind::kBindingArray:
      ElementList(b, "[", "]", b->list.size());
      break;
    case JsKind::kBindingObject:
      Write("{");
      for (size_t i = 0; i < b->list.size(); ++i) {
        if (i != 0) Write(",");
        JsNode* item = b->list[i];
        JsNode* value = item->b->a;
        if (item->a->computed || value == nullptr || value->kind != JsKind::kVar ||
            item->a->lit != JsLit::kIdentifier || item->a->text != JsName(value)) {
          PropertyName(item->a);
          Write(":");
        }
        BindingElement(item->b);
      }
      if (b->b != nullptr) {
        if (!b->list.empty()) Write(",");
        Write("...");
        Write(JsName(b->b));
      }
      Write("}");
      break;
    default:
      break;
  }
}

}  // namespace kiln::minify
