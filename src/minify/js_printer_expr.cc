// The expression half of JsPrinter (see js_printer.h).
#include <string>

#include "minify/js_literals.h"
#include "minify/js_printer.h"
#include "minify/number.h"

namespace kiln::minify {

void JsPrinter::Expr(JsNode* e, JsPrec prec) {
  if (e == nullptr) return;
  if (e->kind == JsKind::kCond) {
    e = opt_.OptimizeCondExpr(e, prec);
  } else if (e->kind == JsKind::kUnary) {
    e = opt_.OptimizeUnaryExpr(e, prec);
  }
  switch (e->kind) {
    case JsKind::kVar:
      if (JsName(e) == "undefined") {
        Write(JsPrec::kUnary < prec ? "(void 0)" : "void 0");
      } else if (JsName(e) == "Infinity") {
        Write(JsPrec::kMul < prec ? "(1/0)" : "1/0");
      } else {
        Write(JsName(e));
      }
      break;
    case JsKind::kLiteral:
      Literal(e, prec);
      break;
    case JsKind::kBinary:
      BinaryExpr(e, prec);
      break;
    case JsKind::kUnary:
      UnaryExpr(e);
      break;
    case JsKind::kDot:
      DotExpr(e, prec);
      break;
    case JsKind::kGroup: {
      if (e->a->kind == JsKind::kCond) e->a = opt_.OptimizeCondExpr(e->a, JsPrec::kExpr);
      JsPrec inside = JsOptimizer::ExprPrec(e->a);
      if (prec <= inside || (inside == JsPrec::kCoalesce && prec == JsPrec::kBitOr)) {
        Expr(e->a, prec);
      } else {
        bool parent_in_for = in_for_;
        in_for_ = false;
        Write("(");
        Expr(e->a, JsPrec::kExpr);
        Write(")");
        in_for_ = parent_in_for;
      }
      break;
    }
    case JsKind::kArray: {
      bool parent_in_for = in_for_;
      in_for_ = false;
      Write("[");
      for (size_t i = 0; i < e->list.size(); ++i) {
        if (i != 0) Write(",");
        if (e->list[i]->spread) Write("...");
        Expr(e->list[i]->a, JsPrec::kAssign);
      }
      if (!e->list.empty() && e->list.back()->a == nullptr) Write(",");
      Write("]");
      in_for_ = parent_in_for;
      break;
    }
    case JsKind::kObject: {
      bool parent_in_for = in_for_;
      in_for_ = false;
      bool grouped = expect_ != Expect::kAny;
      Write(grouped ? "({" : "{");
      for (size_t i = 0; i < e->list.size(); ++i) {
        if (i != 0) Write(",");
        Property(e->list[i]);
      }
      Write("}");
      if (grouped) grouped_stmt_ = true;
      in_for_ = parent_in_for;
      break;
    }
    case JsKind::kTemplate: {
      if (e->a != nullptr) {
        Expr(e->a, prec < JsPrec::kMember ? JsPrec::kCall : JsPrec::kMember);
        if (e->optional) Write("?.");
      }
      bool parent_in_for = in_for_;
      in_for_ = false;
      for (JsNode* part : e->list) {
        Write(ReplaceJsEscapes(part->text, '`', 1, 2));
        Expr(part->a, JsPrec::kExpr);
      }
      Write(ReplaceJsEscapes(e->text, '`', 1, 1));
      in_for_ = parent_in_for;
      break;
    }
    case JsKind::kNew:
      if (!e->has_args && JsPrec::kLHS < prec && prec != JsPrec::kNew) {
        Write("(new");
        SpaceBeforeIdent();
        Expr(e->a, JsPrec::kNew);
        Write(")");
      } else {
        Write("new");
        SpaceBeforeIdent();
        if (e->has_args) {
          Expr(e->a, JsPrec::kMember);
          Arguments(e);
        } else {
          Expr(e->a, JsPrec::kNew);
        }
      }
      break;
    case JsKind::kNewTarget:
      Write("new.target");
      SpaceBeforeIdent();
      break;
    case JsKind::kImportMeta:
      if (expect_ == Expect::kExprStmt) {
        Write("(");
        grouped_stmt_ = true;
      }
      Write("import.meta");
      SpaceBeforeIdent();
      break;
    case JsKind::kYield:
      Write("yield");
      SpaceBeforeIdent();
      if (e->a != nullptr) {
        if (e->generator) {
          Write("*");
          Expr(e->a, JsPrec::kAssign);
        } else if (e->a->kind != JsKind::kVar || JsName(e->a) != "undefined") {
          Expr(e->a, JsPrec::kAssign);
        }
      }
      break;
    case JsKind::kCall: {
      Expr(e->a, JsPrec::kCall);
      bool parent_in_for = in_for_;
      in_for_ = false;
      if (e->optional) Write("?.");
      Arguments(e);
      in_for_ = parent_in_for;
      break;
    }
    case JsKind::kIndex:
      IndexExpr(e, prec);
      break;
    case JsKind::kCond:
      Expr(e->a, JsPrec::kCoalesce);
      Write("?");
      Expr(e->b, JsPrec::kAssign);
      Write(":");
      Expr(e->c, JsPrec::kAssign);
      break;
    case JsKind::kVarDecl:
      VarDecl(e, true);  // in a for head, or left by hoisting
      break;
    case JsKind::kFunc: {
      bool grouped = expect_ == Expect::kExprStmt && prec != JsPrec::kExpr;
      if (grouped) {
        Write("(");
      } else if (expect_ == Expect::kExprStmt) {
        Write("!");
      }
      bool parent_in_for = in_for_, parent_grouped = grouped_stmt_;
      in_for_ = grouped_stmt_ = false;
      FuncDecl(e, true);
      in_for_ = parent_in_for;
      grouped_stmt_ = parent_grouped;
      if (grouped) Write(")");
      break;
    }
    case JsKind::kArrow: {
      bool parent_grouped = grouped_stmt_;
      grouped_stmt_ = false;
      ArrowFunc(e);
      grouped_stmt_ = parent_grouped;
      break;
    }
    case JsKind::kMethod: {
      bool parent_grouped = grouped_stmt_;
      grouped_stmt_ = false;
      MethodDecl(e);
      grouped_stmt_ = parent_grouped;
      break;
    }
    case JsKind::kClass: {
      if (expect_ == Expect::kExprStmt) Write("!");
      bool parent_in_for = in_for_, parent_grouped = grouped_stmt_;
      in_for_ = grouped_stmt_ = false;
      ClassDecl(e);
      in_for_ = parent_in_for;
      grouped_stmt_ = parent_grouped;
      break;
    }
    case JsKind::kComma:
      for (size_t i = 0; i < e->list.size(); ++i) {
        if (i != 0) Write(",");
        Expr(e->list[i], JsPrec::kAssign);
      }
      break;
    default:
      break;
  }
}

void JsPrinter::Literal(JsNode* e, JsPrec prec) {
  switch (e->lit) {
    case JsLit::kDecimal:
    case JsLit::kBinary:
    case JsLit::kOctal:
    case JsLit::kHexadecimal:
      Write(MinifyJsNumber(e->lit, e->text));
      break;
    case JsLit::kTrue:
      Write(JsPrec::kUnary < prec ? "(!0)" : "!0");
      break;
    case JsLit::kFalse:
      Write(JsPrec::kUnary < prec ? "(!1)" : "!1");
      break;
    case JsLit::kString:
      Write(MinifyJsString(e->text, true));
      break;
    case JsLit::kRegExp: {
      // "</script>/" must not close the script element it may sit in
      std::string_view prev = Prev();
      if (!prev.empty() && prev.back() == '<' && e->text.starts_with("/script>")) out_ += ' ';
      Write(MinifyJsRegExp(e->text));
      break;
    }
    default:
      Write(e->text);
      break;
  }
}

void JsPrinter::BinaryExpr(JsNode* e, JsPrec prec) {
  opt_.MergeBinaryExpr(e);
  if (e->a == nullptr) {
    Expr(e->b, prec);
    return;
  }
  JsPrec prec_left = JsBinaryLeftPrec(e->op);
  // (a,b)&&c  =>  a,b&&c, but not a=(b,c)&&d  =>  a=(b,c&&d)
  if (prec <= JsPrec::kExpr && e->a->kind == JsKind::kGroup && e->a->a->kind == JsKind::kComma &&
      JsPrec::kAnd <= JsOptimizer::ExprPrec(e->a->a->list.back())) {
    e->a = e->a->a;
    prec_left = JsPrec::kExpr;
  }
  if (e->op == JsOp::kInstanceof || e->op == JsOp::kIn) {
    bool group = e->op == JsOp::kIn && in_for_;
    if (group) Write("(");
    Expr(e->a, prec_left);
    WriteSpaceAfterIdent();
    Write(JsOpText(e->op));
    SpaceBeforeIdent();
    Expr(e->b, JsBinaryRightPrec(e->op));
    if (group) Write(")");
    return;
  }
  bool negated = false;
  if (JsNode* v = opt_.UndefinedOrNullVar(e, &negated)) {
    // a===null||a===undefined  =>  a==null
    JsNode* null = ast_->New(JsKind::kLiteral);
    null->lit = JsLit::kNull;
    null->text = std::string("null");
    JsNode* n = ast_->New(JsKind::kBinary);
    n->op = negated ? JsOp::kNe : JsOp::kEq;
    n->a = v;
    n->b = null;
    e = n;
  }
  Expr(e->a, prec_left);
  if (e->op == JsOp::kGt && Prev().back() == '-') {
    out_ += ' ';  // a-- >b must not read as a-->b
  } else if (e->op == JsOp::kStrictEq || e->op == JsOp::kStrictNe) {
    // typeof a==="x"  =>  typeof a=="x"
    bool typeof_string = (e->a->kind == JsKind::kUnary && e->a->op == JsOp::kTypeof &&
                          e->b->kind == JsKind::kLiteral && e->b->lit == JsLit::kString) ||
                         (e->b->kind == JsKind::kUnary && e->b->op == JsOp::kTypeof &&
                          e->a->kind == JsKind::kLiteral && e->a->lit == JsLit::kString);
    if (typeof_string) e->op = e->op == JsOp::kStrictEq ? JsOp::kEq : JsOp::kNe;
  }
  Write(JsOpText(e->op));
  if (e->op == JsOp::kAdd) {
    SpaceBefore('+');
  } else if (e->op == JsOp::kSub) {
    SpaceBefore('-');
  } else if (e->op == JsOp::kDiv) {
    SpaceBefore('/');
  }
  Expr(e->b, JsBinaryRightPrec(e->op));
}

void JsPrinter::UnaryExpr(JsNode* e) {
  if (e->op == JsOp::kPostInc || e->op == JsOp::kPostDec) {
    Expr(e->a, JsUnaryOperandPrec(e->op));
    Write(JsOpText(e->op));
    return;
  }
  std::string_view prev = Prev();
  bool lt_not = e->op == JsOp::kNot && !prev.empty() && prev.back() == '<';
  Write(JsOpText(e->op));
  if (e->op == JsOp::kDelete || e->op == JsOp::kVoid || e->op == JsOp::kTypeof ||
      e->op == JsOp::kAwait) {
    SpaceBeforeIdent();
  } else if (e->op == JsOp::kPos) {
    SpaceBefore('+');
  } else if (e->op == JsOp::kNeg || lt_not) {
    SpaceBefore('-');  // "- --a", and "<! --" that is no comment
  } else if (e->op == JsOp::kNot && e->a->kind == JsKind::kLiteral) {
    JsLit lit = e->a->lit;
    if (lit == JsLit::kString || lit == JsLit::kRegExp) {
      Write("1");  // !"string"  =>  !1
      return;
    }
    if (lit == JsLit::kDecimal) {
      Write(ShortNumber(e->a->text) == "0" ? "0" : "1");
      return;
    }
  }
  Expr(e->a, JsUnaryOperandPrec(e->op));
}

void JsPrinter::DotExpr(JsNode* e, JsPrec prec) {
  if (e->a->kind == JsKind::kGroup && e->a->a->kind == JsKind::kLiteral &&
      e->a->a->lit == JsLit::kDecimal) {
    // (1).x  =>  1..x
    std::string num = ShortNumber(e->a->a->text);
    bool is_int = num.find_first_of(".eE") == std::string::npos;
    Write(num);
    if (is_int) Write(".");
    Write(".");
    Write(e->text);
    return;
  }
  Expr(e->a, prec < JsPrec::kMember ? JsPrec::kCall : JsPrec::kMember);
  if (e->optional) {
    Write("?");
  } else {
    std::string_view prev = Prev();
    if (!prev.empty() && '0' <= prev.back() && prev.back() <= '9' &&
        prev.find_first_not_of("0123456789") == std::string_view::npos) {
      Write(".");  // 1..x: the first dot would belong to the number
    }
  }
  Write(".");
  Write(e->text);
}

void JsPrinter::IndexExpr(JsNode* e, JsPrec prec) {
  if (expect_ == Expect::kExprStmt && e->a->kind == JsKind::kVar && JsName(e->a) == "let") {
    Write("!");
  }
  Expr(e->a, prec < JsPrec::kMember ? JsPrec::kCall : JsPrec::kMember);
  if (e->optional) Write("?.");
  JsNode* y = e->b;
  if (y->kind == JsKind::kLiteral && y->lit == JsLit::kString && y->text.size() > 2) {
    std::string_view inner = std::string_view(y->text).substr(1, y->text.size() - 2);
    if (IsJsIdentifierName(inner)) {
      Write(".");
      Write(inner);
      return;
    }
    if (IsJsDecimalLiteral(inner)) {
      Write("[");
      Write(ShortNumber(inner));
      Write("]");
      return;
    }
  }
  bool parent_in_for = in_for_;
  in_for_ = false;
  Write("[");
  Expr(y, JsPrec::kExpr);
  Write("]");
  in_for_ = parent_in_for;
}

}  // namespace kiln::minify
