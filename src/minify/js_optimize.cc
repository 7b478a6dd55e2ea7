#include "minify/js_optimize.h"

#include <algorithm>
#include <utility>

namespace kiln::minify {
namespace {

bool IsFlowStmt(const JsNode* stmt) {
  return stmt != nullptr && (stmt->kind == JsKind::kReturn || stmt->kind == JsKind::kThrow ||
                             stmt->kind == JsKind::kBranch);
}

JsNode* LastStmt(JsNode* stmt) {
  while (stmt != nullptr && stmt->kind == JsKind::kBlock && !stmt->list.empty()) {
    stmt = stmt->list.back();
  }
  return stmt;
}

}  // namespace

bool JsIsNotExpr(const JsNode* e) {
  return e != nullptr && e->kind == JsKind::kUnary && e->op == JsOp::kNot;
}

bool JsHasDefines(const JsNode* decl) {
  for (const JsNode* item : decl->list) {
    if (item->b != nullptr) return true;
  }
  return false;
}

void JsBindingVars(JsNode* binding, std::vector<JsNode*>& out) {
  if (binding == nullptr) return;
  switch (binding->kind) {
    case JsKind::kVar:
      out.push_back(binding);
      break;
    case JsKind::kBindingArray:
      for (JsNode* item : binding->list) JsBindingVars(item->a, out);
      JsBindingVars(binding->b, out);
      break;
    case JsKind::kBindingObject:
      for (JsNode* item : binding->list) JsBindingVars(item->b->a, out);
      JsBindingVars(binding->b, out);
      break;
    default:
      break;
  }
}

bool JsSameVar(const JsNode* a, const JsNode* b) {
  if (a == b) return true;
  if (a->kind != JsKind::kVar || b->kind != JsKind::kVar) return false;
  if (a->var != nullptr || b->var != nullptr) return a->var == b->var;
  return a->text == b->text;
}

JsNode* JsInnerExpr(JsNode* e) {
  while (e != nullptr && e->kind == JsKind::kGroup) e = e->a;
  return e;
}

bool JsIsUndefined(const JsNode* e) {
  while (e->kind == JsKind::kGroup) e = e->a;
  if (e->kind == JsKind::kVar) return JsName(e) == "undefined";
  if (e->kind == JsKind::kUnary && e->op == JsOp::kVoid) return !JsHasSideEffects(e->a);
  return false;
}

bool JsHasSideEffects(const JsNode* e) {
  if (e == nullptr) return false;
  switch (e->kind) {
    case JsKind::kVar:
    case JsKind::kLiteral:
    case JsKind::kFunc:
    case JsKind::kClass:
    case JsKind::kArrow:
    case JsKind::kNewTarget:
    case JsKind::kImportMeta:
      return false;
    case JsKind::kNew:
    case JsKind::kCall:
    case JsKind::kYield:
      return true;
    case JsKind::kGroup:
    case JsKind::kDot:
      return JsHasSideEffects(e->a);
    case JsKind::kIndex:
      return JsHasSideEffects(e->a) || JsHasSideEffects(e->b);
    case JsKind::kCond:
      return JsHasSideEffects(e->a) || JsHasSideEffects(e->b) || JsHasSideEffects(e->c);
    case JsKind::kComma:
      return std::any_of(e->list.begin(), e->list.end(), JsHasSideEffects);
    case JsKind::kArray:
      return std::any_of(e->list.begin(), e->list.end(),
                         [](const JsNode* item) { return JsHasSideEffects(item->a); });
    case JsKind::kObject:
      return std::any_of(e->list.begin(), e->list.end(), [](const JsNode* p) {
        return JsHasSideEffects(p->b) || (p->c != nullptr && JsHasSideEffects(p->c)) ||
               (p->a != nullptr && p->a->computed && JsHasSideEffects(p->a->a));
      });
    case JsKind::kTemplate:
      return JsHasSideEffects(e->a) ||
             std::any_of(e->list.begin(), e->list.end(),
                         [](const JsNode* part) { return JsHasSideEffects(part->a); });
    case JsKind::kUnary:
      if (e->op == JsOp::kDelete || e->op == JsOp::kPreInc || e->op == JsOp::kPreDec ||
          e->op == JsOp::kPostInc || e->op == JsOp::kPostDec) {
        return true;
      }
      return JsHasSideEffects(e->a);
    case JsKind::kBinary:
      return JsOpPrec(e->op) == JsPrec::kAssign;
    default:
      return true;
  }
}

JsPrec JsOptimizer::ExprPrec(const JsNode* e) {
  switch (e->kind) {
    case JsKind::kVar:
    case JsKind::kLiteral:
    case JsKind::kArray:
    case JsKind::kObject:
    case JsKind::kFunc:
    case JsKind::kClass:
      return JsPrec::kPrimary;
    case JsKind::kUnary:
    case JsKind::kBinary:
      return JsOpPrec(e->op);
    case JsKind::kNew:
      return e->has_args ? JsPrec::kMember : JsPrec::kNew;
    case JsKind::kTemplate:
      return e->a == nullptr ? JsPrec::kPrimary : e->prec;
    case JsKind::kDot:
    case JsKind::kIndex:
      return e->prec;
    case JsKind::kNewTarget:
    case JsKind::kImportMeta:
      return JsPrec::kMember;
    case JsKind::kCall:
      return JsPrec::kCall;
    case JsKind::kCond:
    case JsKind::kYield:
    case JsKind::kArrow:
      return JsPrec::kAssign;
    case JsKind::kGroup:
      return ExprPrec(e->a);
    default:
      return JsPrec::kExpr;
  }
}

bool JsOptimizer::IsEmptyStmt(const JsNode* stmt) {
  if (stmt == nullptr || stmt->kind == JsKind::kEmpty) return true;
  if (stmt->kind == JsKind::kVarDecl && stmt->op == JsOp::kHoisted) return !JsHasDefines(stmt);
  if (stmt->kind == JsKind::kBlock) {
    return std::all_of(stmt->list.begin(), stmt->list.end(), IsEmptyStmt);
  }
  return false;
}

bool JsOptimizer::EndsInIf(JsNode* stmt) {
  switch (stmt->kind) {
    case JsKind::kIf:
      if (stmt->c == nullptr) return OptimizeStmt(stmt)->kind == JsKind::kIf;
      return EndsInIf(stmt->c);
    case JsKind::kBlock:
      return !stmt->list.empty() && EndsInIf(stmt->list.back());
    case JsKind::kLabelled:
      return EndsInIf(stmt->a);
    case JsKind::kWith:
      return EndsInIf(stmt->b);
    case JsKind::kFor:
    case JsKind::kForIn:
    case JsKind::kForOf:
      return EndsInIf(stmt->d);
    default:
      return false;
  }
}

JsNode* JsOptimizer::Group(JsNode* e, JsPrec prec) {
  JsPrec inside = ExprPrec(e);
  if (e->kind != JsKind::kGroup && inside < prec &&
      (inside != JsPrec::kCoalesce || prec != JsPrec::kBitOr)) {
    JsNode* g = New(JsKind::kGroup);
    g->a = e;
    return g;
  }
  return e;
}

JsNode* JsOptimizer::Binary(JsOp op, JsNode* x, JsNode* y) {
  JsNode* n = New(JsKind::kBinary);
  n->op = op;
  n->a = x;
  n->b = y;
  return n;
}

JsNode* JsOptimizer::Unary(JsOp op, JsNode* x) {
  JsNode* n = New(JsKind::kUnary);
  n->op = op;
  n->a = x;
  return n;
}

JsNode* JsOptimizer::ExprStmt(JsNode* value) {
  JsNode* n = New(JsKind::kExprStmt);
  n->a = value;
  return n;
}

JsNode* JsOptimizer::CondExpr(JsNode* cond, JsNode* x, JsNode* y) {
  JsNode* target = cond->kind == JsKind::kComma ? cond->list.back() : cond;
  JsNode* n = New(JsKind::kCond);
  n->a = Group(target, JsPrec::kCoalesce);
  n->b = Group(x, JsPrec::kAssign);
  n->c = Group(y, JsPrec::kAssign);
  if (cond->kind == JsKind::kComma) {
    cond->list.back() = n;
    return cond;
  }
  return n;
}

JsNode* JsOptimizer::CommaExpr(JsNode* x, JsNode* y) {
  JsNode* comma = x;
  if (x->kind != JsKind::kComma) {
    comma = New(JsKind::kComma);
    comma->list.push_back(x);
  }
  if (y->kind == JsKind::kComma) {
    comma->list.insert(comma->list.end(), y->list.begin(), y->list.end());
  } else {
    comma->list.push_back(y);
  }
  return comma;
}

JsNode* JsOptimizer::OptimizeStmt(JsNode* stmt) {
  if (stmt->kind == JsKind::kIf) {
    bool has_if = !IsEmptyStmt(stmt->b);
    bool has_else = !IsEmptyStmt(stmt->c);
    if (JsIsNotExpr(stmt->a) && has_else) {
      stmt->a = stmt->a->a;
      std::swap(stmt->b, stmt->c);
      std::swap(has_if, has_else);
    }
    if (!has_if && !has_else) return ExprStmt(stmt->a);
    if (has_if && !has_else) {
      stmt->b = OptimizeStmt(stmt->b);
      if (stmt->b->kind == JsKind::kExprStmt) {
        if (JsIsNotExpr(stmt->a)) {
          return ExprStmt(Binary(JsOp::kOr, Group(stmt->a->a, JsBinaryLeftPrec(JsOp::kOr)),
                                 Group(stmt->b->a, JsBinaryRightPrec(JsOp::kOr))));
        }
        return ExprStmt(Binary(JsOp::kAnd, Group(stmt->a, JsBinaryLeftPrec(JsOp::kAnd)),
                               Group(stmt->b->a, JsBinaryRightPrec(JsOp::kAnd))));
      }
      if (stmt->b->kind == JsKind::kIf && IsEmptyStmt(stmt->b->c)) {
        JsNode* inner = stmt->b;
        stmt->a = Binary(JsOp::kAnd, Group(stmt->a, JsBinaryLeftPrec(JsOp::kAnd)),
                         Group(inner->a, JsBinaryRightPrec(JsOp::kAnd)));
        stmt->b = inner->b;
        return stmt;
      }
    } else if (!has_if && has_else) {
      stmt->c = OptimizeStmt(stmt->c);
      if (stmt->c->kind == JsKind::kExprStmt) {
        return ExprStmt(Binary(JsOp::kOr, Group(stmt->a, JsBinaryLeftPrec(JsOp::kOr)),
                               Group(stmt->c->a, JsBinaryRightPrec(JsOp::kOr))));
      }
    } else {
      stmt->b = OptimizeStmt(stmt->b);
      stmt->c = OptimizeStmt(stmt->c);
      JsNode* x = stmt->b;
      JsNode* y = stmt->c;
      if (x->kind == JsKind::kExprStmt && y->kind == JsKind::kExprStmt) {
        return ExprStmt(CondExpr(stmt->a, x->a, y->a));
      }
      if (x->kind == JsKind::kReturn && y->kind == JsKind::kReturn) {
        JsNode* ret = New(JsKind::kReturn);
        if (x->a == nullptr && y->a == nullptr) {
          JsNode* zero = New(JsKind::kLiteral);
          zero->lit = JsLit::kDecimal;
          zero->text = std::string(1, '0');
          ret->a = CommaExpr(stmt->a, Unary(JsOp::kVoid, zero));
          return ret;
        }
        if (x->a != nullptr && y->a != nullptr) {
          ret->a = CondExpr(stmt->a, x->a, y->a);
          return ret;
        }
        return stmt;
      }
      if (x->kind == JsKind::kThrow && y->kind == JsKind::kThrow) {
        JsNode* thr = New(JsKind::kThrow);
        thr->a = CondExpr(stmt->a, x->a, y->a);
        return thr;
      }
    }
    return stmt;
  }
  if (stmt->kind == JsKind::kVarDecl) {
    if (stmt->op == JsOp::kHoisted) {
      // a hoisted declaration leaves its assignments behind, or nothing
      if (JsHasDefines(stmt)) return ExprStmt(stmt);
      return New(JsKind::kEmpty);
    }
    return stmt;
  }
  if (stmt->kind == JsKind::kBlock) {
    OptimizeStmtList(stmt->list, JsBlockType::kDefault);
    if (stmt->list.size() == 1) {
      JsNode* only = stmt->list[0];
      if (only->kind == JsKind::kClass) return New(JsKind::kEmpty);
      if (only->kind == JsKind::kVarDecl && only->op != JsOp::kVar) {
        // a let or const alone in a block: keep only initializers with side effects
        std::vector<JsNode*> exprs;
        for (JsNode* item : only->list) {
          if (item->b != nullptr && JsHasSideEffects(item->b)) exprs.push_back(item->b);
        }
        if (exprs.empty()) return New(JsKind::kEmpty);
        if (exprs.size() == 1) return ExprStmt(exprs[0]);
        JsNode* comma = New(JsKind::kComma);
        comma->list = std::move(exprs);
        return ExprStmt(comma);
      }
      return OptimizeStmt(only);
    }
    if (stmt->list.empty()) return New(JsKind::kEmpty);
    return stmt;
  }
  return stmt;
}

void JsOptimizer::OptimizeStmtList(std::vector<JsNode*>& list, JsBlockType type) {
  if (list.empty()) return;
  size_t j = 0;  // write index
  for (size_t i = 0; i < list.size(); ++i) {
    if (list[i]->kind == JsKind::kIf && !IsEmptyStmt(list[i]->c)) {
      JsNode* if_stmt = list[i];
      // if(!a)b;else return c  =>  if(a)return c;b
      if (JsIsNotExpr(if_stmt->a) && IsFlowStmt(LastStmt(if_stmt->c))) {
        if_stmt->a = if_stmt->a->a;
        std::swap(if_stmt->b, if_stmt->c);
      }
      if (IsFlowStmt(LastStmt(if_stmt->b))) {
        // the else branch can follow the if in this list
        std::vector<JsNode*> moved;
        if (if_stmt->c->kind == JsKind::kBlock) {
          if (if_stmt->c->scope != nullptr) if_stmt->c->scope->Unscope();
          moved = if_stmt->c->list;
        } else {
          moved.push_back(if_stmt->c);
        }
        list.insert(list.begin() + static_cast<long>(i) + 1, moved.begin(), moved.end());
        if_stmt->c = nullptr;
      }
    }

    list[i] = OptimizeStmt(list[i]);

    if (list[i]->kind == JsKind::kEmpty) continue;

    if (0 < j) {
      JsNode* left = list[j - 1];
      JsNode* right = list[i];
      if (left->kind == JsKind::kExprStmt) {
        bool merged = true;
        if (right->kind == JsKind::kExprStmt) {
          right->a = CommaExpr(left->a, right->a);
        } else if (right->kind == JsKind::kReturn && right->a != nullptr) {
          right->a = CommaExpr(left->a, right->a);
        } else if (right->kind == JsKind::kThrow) {
          right->a = CommaExpr(left->a, right->a);
        } else if (right->kind == JsKind::kFor &&
                   (right->a == nullptr ||
                    (right->a->kind == JsKind::kVarDecl && right->a->list.empty()))) {
          right->a = left->a;
        } else if (right->kind == JsKind::kSwitch || right->kind == JsKind::kWith ||
                   right->kind == JsKind::kIf) {
          right->a = CommaExpr(left->a, right->a);
        } else if (right->kind == JsKind::kVarDecl && right->op == JsOp::kVar) {
          merged = MergeVarDeclExprStmt(right, left, true);
        } else {
          merged = false;
        }
        if (merged) --j;
      } else if (left->kind == JsKind::kVarDecl) {
        if (right->kind == JsKind::kVarDecl && left->op == right->op) {
          // merge const and let declarations, or non-hoisted var declarations
          right->list.insert(right->list.begin(), left->list.begin(), left->list.end());
          --j;
          if (left->func != nullptr) {
            auto& decls = left->func->var_decls;
            auto it = std::find(decls.begin(), decls.end(), left);
            if (it != decls.end()) decls.erase(it);
          }
        } else if (left->op == JsOp::kVar) {
          if (right->kind == JsKind::kExprStmt) {
            // var a;a=5  =>  var a=5
            if (MergeVarDeclExprStmt(left, right, false)) {
              list[i] = left;
              --j;
            }
          } else if (right->kind == JsKind::kFor) {
            JsNode* init = right->a;
            if (init == nullptr) {
              right->a = left;
              --j;
            } else if (init->kind == JsKind::kVarDecl && init->op == JsOp::kHoisted &&
                       !JsHasDefines(init)) {
              right->a = left;
              --j;
            } else if (init->kind == JsKind::kVarDecl &&
                       (init->op == JsOp::kVar || init->op == JsOp::kHoisted)) {
              MergeVarDecls(left, init, false);
              init->op = JsOp::kVar;
              right->a = left;
              --j;
            }
          }
        }
      }
    }
    list[j] = list[i];

    // if/else with a return or throw, followed by a return or throw
    while (0 < j) {
      JsNode* if_stmt = list[j - 1];
      if (if_stmt->kind != JsKind::kIf || IsEmptyStmt(if_stmt->b) == IsEmptyStmt(if_stmt->c)) {
        break;
      }
      JsNode* cur = list[j];
      JsNode* body = if_stmt->b;
      JsNode* other = if_stmt->c;
      bool again = false;
      if (cur->kind == JsKind::kReturn) {
        if (cur->a == nullptr) {
          if ((body != nullptr && body->kind == JsKind::kReturn && body->a == nullptr) ||
              (other != nullptr && other->kind == JsKind::kReturn && other->a == nullptr)) {
            list[j - 1] = ExprStmt(if_stmt->a);
          }
        } else if (body != nullptr && body->kind == JsKind::kReturn && body->a != nullptr) {
          cur->a = CondExpr(if_stmt->a, body->a, cur->a);
          again = true;
        } else if (other != nullptr && other->kind == JsKind::kReturn && other->a != nullptr) {
          cur->a = CondExpr(if_stmt->a, cur->a, other->a);
          again = true;
        }
      } else if (cur->kind == JsKind::kThrow) {
        if (body != nullptr && body->kind == JsKind::kThrow) {
          cur->a = CondExpr(if_stmt->a, body->a, cur->a);
          again = true;
        } else if (other != nullptr && other->kind == JsKind::kThrow) {
          cur->a = CondExpr(if_stmt->a, cur->a, other->a);
          again = true;
        }
      }
      if (!again) break;
      list[j - 1] = cur;
      --j;
    }
    ++j;
  }

  // a needless return or continue at the end goes
  if (0 < j) {
    JsNode* last = list[j - 1];
    if (type == JsBlockType::kFunction && last->kind == JsKind::kReturn) {
      if (last->a == nullptr || JsIsUndefined(last->a)) {
        --j;
      } else if (last->a->kind == JsKind::kComma && JsIsUndefined(last->a->list.back())) {
        // function f(){return a,void 0}  =>  function f(){a}
        if (last->a->list.size() == 2) {
          list[j - 1] = ExprStmt(last->a->list[0]);
        } else {
          last->a->list.pop_back();
        }
      }
    } else if (type == JsBlockType::kIteration && last->kind == JsKind::kBranch &&
               last->op == JsOp::kContinue && last->text.empty()) {
      --j;
    }
  }
  list.resize(j);
}

}  // namespace kiln::minify
