// The expression rewrites of JsOptimizer (see js_optimize.h).
#include <string>
#include <utility>
#include <vector>

#include "minify/js_optimize.h"

namespace kiln::minify {
namespace {

bool IsEqualExpr(JsNode* a, JsNode* b) {
  a = JsInnerExpr(a);
  b = JsInnerExpr(b);
  return a->kind == JsKind::kVar && b->kind == JsKind::kVar && JsName(a) == JsName(b);
}

bool IsUndefinedOrNull(JsNode* e) {
  e = JsInnerExpr(e);
  if (e->kind == JsKind::kLiteral) return e->lit == JsLit::kNull;
  return JsIsUndefined(e);
}

bool IsFalsy(JsNode* e, bool* known);

bool IsTruthy(JsNode* e, bool* known) {
  bool falsy = IsFalsy(e, known);
  return *known && !falsy;
}

// Whether the expression is falsy; *known says whether that could be decided at all.
bool IsFalsy(JsNode* e, bool* known) {
  bool negated = false;
  while (e->kind == JsKind::kGroup || JsIsNotExpr(e)) {
    if (e->kind != JsKind::kGroup) negated = !negated;
    e = e->a;
  }
  *known = true;
  if (e->kind == JsKind::kLiteral) {
    JsLit lit = e->lit;
    if (lit == JsLit::kFalse || lit == JsLit::kNull || (lit == JsLit::kString && e->text.empty())) {
      return !negated;
    }
    if (lit == JsLit::kTrue || lit == JsLit::kString) return negated;
    if (lit == JsLit::kDecimal || lit == JsLit::kBinary || lit == JsLit::kOctal ||
        lit == JsLit::kHexadecimal || lit == JsLit::kBigInt) {
      for (char c : e->text) {
        if (c == 'e' || c == 'E' || c == 'n') break;
        if (c != '0' && c != '.' && c != 'x' && c != 'X' && c != 'b' && c != 'B' && c != 'o' &&
            c != 'O') {
          return negated;
        }
      }
      return !negated;
    }
  } else if (JsIsUndefined(e)) {
    return !negated;
  } else if (e->kind == JsKind::kVar && JsName(e) == "NaN") {
    return !negated;
  }
  *known = false;
  return false;
}

bool IsTrue(JsNode* e) {
  e = JsInnerExpr(e);
  if (e->kind == JsKind::kLiteral && e->lit == JsLit::kTrue) return true;
  if (JsIsNotExpr(e)) {
    bool known;
    return IsFalsy(e->a, &known);
  }
  return false;
}

bool IsFalse(JsNode* e) {
  e = JsInnerExpr(e);
  if (e->kind == JsKind::kLiteral) return e->lit == JsLit::kFalse;
  if (JsIsNotExpr(e)) {
    bool known;
    return IsTruthy(e->a, &known);
  }
  return false;
}

bool IsBooleanExpr(const JsNode* e) {
  switch (e->kind) {
    case JsKind::kUnary:
      return e->op == JsOp::kNot;
    case JsKind::kBinary: {
      JsPrec p = JsOpPrec(e->op);
      if (p == JsPrec::kAnd || p == JsPrec::kOr) return IsBooleanExpr(e->a) && IsBooleanExpr(e->b);
      return p == JsPrec::kCompare || p == JsPrec::kEquals;
    }
    case JsKind::kLiteral:
      return e->lit == JsLit::kTrue || e->lit == JsLit::kFalse;
    case JsKind::kGroup:
      return IsBooleanExpr(e->a);
    default:
      return false;
  }
}

JsOp InvertBooleanOp(JsOp op) {
  switch (op) {
    case JsOp::kEq:
      return JsOp::kNe;
    case JsOp::kNe:
      return JsOp::kEq;
    case JsOp::kStrictEq:
      return JsOp::kStrictNe;
    case JsOp::kStrictNe:
      return JsOp::kStrictEq;
    default:
      return JsOp::kNone;
  }
}

// The expression a conditional's condition ends in: the last of a comma list, the target of an
// assignment.
JsNode* FinalExpr(JsNode* e) {
  e = JsInnerExpr(e);
  if (e->kind == JsKind::kComma) e = e->list.back();
  if (e->kind == JsKind::kBinary && e->op == JsOp::kAssign) e = e->a;
  return e;
}

bool IsEquals(const JsNode* e) {
  return e->kind == JsKind::kBinary && JsOpPrec(e->op) == JsPrec::kEquals;
}

}  // namespace

JsNode* JsOptimizer::UndefinedOrNullVar(JsNode* e, bool* negated) const {
  e = JsInnerExpr(e);
  if (e->kind != JsKind::kBinary) return nullptr;
  if (e->op == JsOp::kOr || e->op == JsOp::kAnd) {
    JsOp eq = e->op == JsOp::kAnd ? JsOp::kNe : JsOp::kEq;
    JsOp strict = e->op == JsOp::kAnd ? JsOp::kStrictNe : JsOp::kStrictEq;
    JsNode* left = JsInnerExpr(e->a);
    JsNode* right = JsInnerExpr(e->b);
    if (left->kind != JsKind::kBinary || right->kind != JsKind::kBinary) return nullptr;
    if ((left->op != eq && left->op != strict) || (right->op != eq && right->op != strict)) {
      return nullptr;
    }
    auto var_of = [](JsNode* b) -> JsNode* {
      if (b->a->kind == JsKind::kVar && IsUndefinedOrNull(b->b)) return b->a;
      if (b->b->kind == JsKind::kVar && IsUndefinedOrNull(b->a)) return b->b;
      return nullptr;
    };
    JsNode* lv = var_of(left);
    JsNode* rv = var_of(right);
    if (lv != nullptr && rv != nullptr && JsSameVar(lv, rv)) {
      *negated = e->op == JsOp::kAnd;
      return lv;
    }
    return nullptr;
  }
  if (e->op == JsOp::kEq || e->op == JsOp::kNe) {
    JsNode* v = nullptr;
    if (e->a->kind == JsKind::kVar && IsUndefinedOrNull(e->b)) {
      v = e->a;
    } else if (e->b->kind == JsKind::kVar && IsUndefinedOrNull(e->a)) {
      v = e->b;
    }
    if (v != nullptr) {
      *negated = e->op == JsOp::kNe;
      return v;
    }
  }
  return nullptr;
}

JsNode* JsOptimizer::ToNullishExpr(JsNode* cond) {
  bool negated = false;
  JsNode* v = UndefinedOrNullVar(cond->a, &negated);
  if (v == nullptr) return nullptr;
  JsNode* left = cond->b;
  JsNode* right = cond->c;
  if (negated) std::swap(left, right);
  if (IsEqualExpr(v, right)) {
    // a==null?b:a  =>  a??b
    return Binary(JsOp::kNullish, Group(right, JsBinaryLeftPrec(JsOp::kNullish)),
                  Group(left, JsBinaryRightPrec(JsOp::kNullish)));
  }
  if (JsIsUndefined(left)) {
    // a==null?undefined:a.b  =>  a?.b
    JsNode* e = right;
    JsNode* parent = nullptr;
    for (;;) {
      JsNode* prev = e;
      if (e->kind == JsKind::kCall || e->kind == JsKind::kDot || e->kind == JsKind::kIndex ||
          e->kind == JsKind::kTemplate) {
        e = e->a;
        if (e == nullptr) break;
      } else {
        break;
      }
      parent = prev;
    }
    if (parent != nullptr && e != nullptr && IsEqualExpr(v, e)) {
      parent->optional = true;
      return right;
    }
  }
  return nullptr;
}

JsNode* JsOptimizer::OptimizeBooleanExpr(JsNode* expr, bool invert, JsPrec prec) {
  if (invert) {
    if (IsEquals(expr)) {
      expr->op = InvertBooleanOp(expr->op);
      return expr;
    }
    return OptimizeUnaryExpr(Unary(JsOp::kNot, Group(expr, JsPrec::kUnary)), prec);
  }
  if (IsBooleanExpr(expr)) return Group(expr, prec);
  return Unary(JsOp::kNot, Unary(JsOp::kNot, Group(expr, JsPrec::kUnary)));
}

JsNode* JsOptimizer::OptimizeUnaryExpr(JsNode* expr, JsPrec prec) {
  if (expr->op != JsOp::kNot) return expr;
  bool invert = true;
  JsNode* inner = expr->a;
  for (;;) {
    if (JsIsNotExpr(inner)) {
      invert = !invert;
      inner = inner->a;
    } else if (inner->kind == JsKind::kGroup) {
      inner = inner->a;
    } else {
      break;
    }
  }
  if (!invert && IsBooleanExpr(inner)) return Group(inner, prec);
  if (inner->kind != JsKind::kBinary || !invert) return expr;
  JsNode* binary = inner;
  if (IsEquals(binary)) {
    binary->op = InvertBooleanOp(binary->op);
    return Group(binary, prec);
  }
  if (binary->op != JsOp::kAnd && binary->op != JsOp::kOr) return expr;
  // !(a||b) => !a&&!b when that is shorter
  JsOp op = binary->op == JsOp::kAnd ? JsOp::kOr : JsOp::kAnd;
  JsPrec inside = JsOpPrec(op);
  bool needs_group = inside < prec && (inside != JsPrec::kCoalesce || prec != JsPrec::kBitOr);
  int score = 3;
  if (needs_group) score -= 2;
  score -= 2;
  bool eq_x = IsEquals(binary->a);
  bool eq_y = IsEquals(binary->b);
  if (eq_x) score += 1;
  if (eq_y) score += 1;
  bool group_x = false, group_y = false;
  JsPrec px = ExprPrec(binary->a), py = ExprPrec(binary->b);
  if (!eq_x && JsBinaryLeftPrec(binary->op) <= px && px < JsPrec::kUnary) {
    score -= 2;
    group_x = true;
  }
  if (!eq_y && JsBinaryRightPrec(binary->op) <= py && py < JsPrec::kUnary) {
    score -= 2;
    group_y = true;
  }
  if (op == JsOp::kOr) {
    if (px == JsPrec::kOr) score += 2;
    if (py == JsPrec::kAnd) score += 2;
  }
  if (score <= 0) return expr;
  binary->op = op;
  if (eq_x) binary->a->op = InvertBooleanOp(binary->a->op);
  if (eq_y) binary->b->op = InvertBooleanOp(binary->b->op);
  if (group_x) {
    JsNode* g = New(JsKind::kGroup);
    g->a = binary->a;
    binary->a = g;
  }
  if (group_y) {
    JsNode* g = New(JsKind::kGroup);
    g->a = binary->b;
    binary->b = g;
  }
  if (!eq_x) binary->a = Unary(JsOp::kNot, binary->a);
  if (!eq_y) binary->b = Unary(JsOp::kNot, binary->b);
  if (needs_group) {
    JsNode* g = New(JsKind::kGroup);
    g->a = binary;
    return g;
  }
  return binary;
}

JsNode* JsOptimizer::OptimizeCondExpr(JsNode* expr, JsPrec prec) {
  // a double negative in the condition goes; a single one swaps the branches
  if (JsIsNotExpr(expr->a)) {
    JsNode* not1 = expr->a;
    if (JsIsNotExpr(not1->a)) {
      if (IsBooleanExpr(not1->a->a)) expr->a = not1->a->a;
    } else {
      expr->a = not1->a;
      std::swap(expr->b, expr->c);
    }
  }
  JsNode* final_cond = FinalExpr(expr->a);
  bool known = false;
  bool truthy = IsTruthy(expr->a, &known);
  if (known) return truthy ? expr->b : expr->c;
  JsPrec pf = ExprPrec(final_cond);
  if (IsEqualExpr(final_cond, expr->b) &&
      (pf < JsPrec::kAssign || JsBinaryLeftPrec(JsOp::kOr) <= pf) &&
      (ExprPrec(expr->c) < JsPrec::kAssign || JsBinaryRightPrec(JsOp::kOr) <= ExprPrec(expr->c))) {
    return Binary(JsOp::kOr, Group(expr->a, JsBinaryLeftPrec(JsOp::kOr)), expr->c);
  }
  if (IsEqualExpr(final_cond, expr->c) &&
      (pf < JsPrec::kAssign || JsBinaryLeftPrec(JsOp::kAnd) <= pf) &&
      (ExprPrec(expr->b) < JsPrec::kAssign || JsBinaryRightPrec(JsOp::kAnd) <= ExprPrec(expr->b))) {
    return Binary(JsOp::kAnd, Group(expr->a, JsBinaryLeftPrec(JsOp::kAnd)), expr->b);
  }
  if (IsEqualExpr(expr->b, expr->c)) {
    JsNode* comma = New(JsKind::kComma);
    comma->list = {expr->a, expr->b};
    return Group(comma, prec);
  }
  if (JsNode* nullish = ToNullishExpr(expr)) return nullish;
  JsNode* x = expr->b;
  JsNode* y = expr->c;
  if (x->kind == JsKind::kCall && y->kind == JsKind::kCall && x->list.size() == 1 &&
      y->list.size() == 1 && !x->list[0]->spread && !y->list[0]->spread &&
      IsEqualExpr(x->a, y->a)) {
    expr->b = x->list[0]->a;
    expr->c = y->list[0]->a;
    JsNode* call = New(JsKind::kCall);
    call->a = x->a;
    JsNode* arg = New(JsKind::kArg);
    arg->a = expr;
    call->list.push_back(arg);
    return call;
  }
  bool true_x = IsTrue(x), false_x = IsFalse(x);
  bool true_y = IsTrue(y), false_y = IsFalse(y);
  if ((true_x && false_y) || (false_x && true_y)) {
    return OptimizeBooleanExpr(expr->a, false_x, prec);
  }
  if (true_x || true_y) {
    JsNode* cond = OptimizeBooleanExpr(expr->a, true_y, JsBinaryLeftPrec(JsOp::kOr));
    return Binary(JsOp::kOr, cond, Group(true_y ? x : y, JsBinaryRightPrec(JsOp::kOr)));
  }
  if (false_x || false_y) {
    JsNode* cond = OptimizeBooleanExpr(expr->a, false_x, JsBinaryLeftPrec(JsOp::kAnd));
    return Binary(JsOp::kAnd, cond, Group(false_x ? y : x, JsBinaryRightPrec(JsOp::kAnd)));
  }
  if (x->kind == JsKind::kCond && IsEqualExpr(y, x->c)) {
    // a?b?c:d:d  =>  a&&b?c:d
    JsNode* n = New(JsKind::kCond);
    n->a = Binary(JsOp::kAnd, Group(expr->a, JsBinaryLeftPrec(JsOp::kAnd)),
                  Group(x->a, JsBinaryRightPrec(JsOp::kAnd)));
    n->b = x->b;
    n->c = y;
    return n;
  }
  if (prec <= JsPrec::kExpr && expr->a->kind == JsKind::kGroup &&
      expr->a->a->kind == JsKind::kComma &&
      JsPrec::kCoalesce <= ExprPrec(expr->a->a->list.back())) {
    // (a,b)?c:d  =>  a,b?c:d
    JsNode* comma = expr->a->a;
    expr->a = comma->list.back();
    comma->list.back() = expr;
    return comma;
  }
  return expr;
}

void JsOptimizer::MergeBinaryExpr(JsNode* expr) {
  while (expr->op == JsOp::kAdd) {
    JsNode* lit = expr->b;
    if (lit->kind == JsKind::kLiteral && lit->lit == JsLit::kString) {
      JsNode* left = expr;
      std::vector<JsNode*> strings = {lit};
      for (;;) {
        if (left->op != JsOp::kAdd) break;
        if (50 < strings.size()) return;
        JsNode* lx = left->a;
        if (lx != nullptr && lx->kind == JsKind::kLiteral && lx->lit == JsLit::kString) {
          strings.push_back(lx);
          left->a = nullptr;
        } else if (lx != nullptr && lx->kind == JsKind::kBinary &&
                   lx->b->kind == JsKind::kLiteral && lx->b->lit == JsLit::kString) {
          strings.push_back(lx->b);
          left = lx;
          continue;
        }
        break;
      }
      if (1 < strings.size()) {
        // unescaped quotes are repaired when the string is printed
        std::string_view first = strings.back()->text;
        std::string b(first.substr(0, first.size() - 1));
        for (size_t k = strings.size() - 2; 0 < k; --k) {
          std::string_view s = strings[k]->text;
          b.append(s.substr(1, s.size() - 2));
        }
        b.append(std::string_view(strings[0]->text).substr(1));
        b.back() = b.front();
        expr->a = left->a;
        expr->b->text = b;
      }
    }
    if (expr->a == nullptr || expr->a->kind != JsKind::kBinary) break;
    expr = expr->a;
  }
}

}  // namespace kiln::minify
