// The expression half of JsParser (see js_parser_impl.h).
#include <iterator>

#include "minify/js_literals.h"
#include "minify/js_parser_impl.h"

namespace kiln::minify {
namespace {

using T = JsTokenType;

struct AssignOp {
  std::string_view text;
  JsOp op;
};
constexpr AssignOp kAssignOps[] = {
    {"=", JsOp::kAssign},       {"*=", JsOp::kMulEq},    {"/=", JsOp::kDivEq},
    {"%=", JsOp::kModEq},       {"**=", JsOp::kExpEq},   {"+=", JsOp::kAddEq},
    {"-=", JsOp::kSubEq},       {"<<=", JsOp::kShlEq},   {">>=", JsOp::kShrEq},
    {">>>=", JsOp::kUShrEq},    {"&=", JsOp::kBitAndEq}, {"^=", JsOp::kBitXorEq},
    {"|=", JsOp::kBitOrEq},     {"&&=", JsOp::kAndEq},   {"||=", JsOp::kOrEq},
    {"?\?=", JsOp::kNullishEq},
};
constexpr AssignOp kBinaryOps[] = {
    {"**", JsOp::kExp},       {"*", JsOp::kMul},        {"/", JsOp::kDiv},
    {"%", JsOp::kMod},        {"+", JsOp::kAdd},        {"-", JsOp::kSub},
    {"<<", JsOp::kShl},       {">>", JsOp::kShr},       {">>>", JsOp::kUShr},
    {"<", JsOp::kLt},         {"<=", JsOp::kLe},        {">", JsOp::kGt},
    {">=", JsOp::kGe},        {"==", JsOp::kEq},        {"!=", JsOp::kNe},
    {"===", JsOp::kStrictEq}, {"!==", JsOp::kStrictNe}, {"&", JsOp::kBitAnd},
    {"^", JsOp::kBitXor},     {"|", JsOp::kBitOr},      {"&&", JsOp::kAnd},
    {"||", JsOp::kOr},        {"??", JsOp::kNullish},
};

JsOp Lookup(const AssignOp* begin, const AssignOp* end, std::string_view text) {
  // only these characters start an operator: skip the tables for ")", ",", ";" and the like
  static constexpr std::string_view kOperatorStarts = "=*/%+-<>&^|!?";
  if (kOperatorStarts.find(text[0]) == std::string_view::npos) return JsOp::kNone;
  for (const AssignOp* it = begin; it != end; ++it) {
    if (it->text == text) return it->op;
  }
  return JsOp::kNone;
}

}  // namespace

JsNode* JsParser::PropertyName(std::string_view in) {
  if (IsIdentifierName()) {
    JsNode* name = PropName(cur_.text, JsLit::kIdentifier);
    Next();
    return name;
  }
  if (cur_.type == T::kString) {
    std::string_view inner = cur_.text.substr(1, cur_.text.size() - 2);
    JsNode* name = IsJsIdentifierName(inner)   ? PropName(inner, JsLit::kIdentifier)
                   : IsJsDecimalLiteral(inner) ? PropName(inner, JsLit::kDecimal)
                                               : PropName(cur_.text, JsLit::kString);
    Next();
    return name;
  }
  if (IsJsNumericToken(cur_.type)) {
    JsNode* name = PropName(cur_.text, JsNumericLit(cur_.type));
    Next();
    return name;
  }
  if (IsPunct("[")) {
    Next();
    JsNode* name = ast_->New(JsKind::kPropName);
    name->computed = true;
    name->a = Expression(JsPrec::kAssign);
    Expect("]", in);
    return name;
  }
  FailHere(in);
  return PropName("", JsLit::kIdentifier);
}

JsNode* JsParser::Expression(JsPrec prec) {
  if (++depth_ > kJsMaxDepth) {
    Fail("too many nested expressions", cur_offset_);
    return Var("");
  }
  JsNode* e = ExpressionInner(prec);
  --depth_;
  if (e == nullptr) e = Var("");
  return e;
}

JsNode* JsParser::Unary(JsOp op) {
  Next();
  JsNode* n = ast_->New(JsKind::kUnary);
  n->op = op;
  n->a = Expression(JsPrec::kUnary);
  return n;
}

JsNode* JsParser::ExpressionInner(JsPrec prec) {
  if (!ok()) return nullptr;
  if (IsPunct("/") || IsPunct("/=")) {
    JsToken t = lexer_.RescanRegExp(cur_offset_ - offset_base_);
    SetCurrent(t);
    if (t.type == T::kError) {
      FailHere("regular expression");
      return nullptr;
    }
  }
  JsNode* left = nullptr;
  JsPrec prec_left = JsPrec::kPrimary;
  if (IsIdentifier() && !IsKeyword("async")) {
    left = Use(cur_.text);
    Next();
    return Suffix(left, prec, prec_left);
  }
  if (IsJsNumericToken(cur_.type)) {
    left = Literal(JsNumericLit(cur_.type), cur_.text);
    Next();
    return Suffix(left, prec, prec_left);
  }
  auto fail_unary = [&]() -> JsNode* {
    FailHere("expression");
    return nullptr;
  };
  if (cur_.type == T::kString || cur_.type == T::kRegExp || IsKeyword("this") ||
      IsKeyword("null") || IsKeyword("true") || IsKeyword("false")) {
    JsLit lit = cur_.type == T::kString   ? JsLit::kString
                : cur_.type == T::kRegExp ? JsLit::kRegExp
                : cur_.text == "this"     ? JsLit::kThis
                : cur_.text == "null"     ? JsLit::kNull
                : cur_.text == "true"     ? JsLit::kTrue
                                          : JsLit::kFalse;
    left = Literal(lit, cur_.text);
    Next();
  } else if (IsPunct("[")) {
    bool parent_in_for = in_for_;
    in_for_ = false;
    left = ArrayLiteral();
    in_for_ = parent_in_for;
  } else if (IsPunct("{")) {
    bool parent_in_for = in_for_;
    in_for_ = false;
    left = ObjectLiteral();
    in_for_ = parent_in_for;
  } else if (IsPunct("(")) {
    if (JsPrec::kAssign < prec) {
      Next();
      bool parent_in_for = in_for_;
      in_for_ = false;
      left = ast_->New(JsKind::kGroup);
      left->a = Expression(JsPrec::kExpr);
      in_for_ = parent_in_for;
      if (!Expect(")", "expression")) return nullptr;
    } else {
      return ParenthesizedOrArrow(prec, std::string_view());
    }
  } else if (IsPunct("!") || IsPunct("~") || IsKeyword("typeof") || IsKeyword("void") ||
             IsKeyword("delete")) {
    JsOp op = IsPunct("!")            ? JsOp::kNot
              : IsPunct("~")          ? JsOp::kBitNot
              : cur_.text == "typeof" ? JsOp::kTypeof
              : cur_.text == "void"   ? JsOp::kVoid
                                      : JsOp::kDelete;
    if (JsPrec::kUnary < prec) return fail_unary();
    left = Unary(op);
    prec_left = JsPrec::kUnary;
  } else if (IsPunct("+") || IsPunct("-")) {
    if (JsPrec::kUnary < prec) return fail_unary();
    left = Unary(IsPunct("+") ? JsOp::kPos : JsOp::kNeg);
    prec_left = JsPrec::kUnary;
  } else if (IsPunct("++") || IsPunct("--")) {
    if (JsPrec::kUpdate < prec) return fail_unary();
    left = Unary(IsPunct("++") ? JsOp::kPreInc : JsOp::kPreDec);
    prec_left = JsPrec::kUnary;
  } else if (IsKeyword("await")) {
    if (await_ && prec <= JsPrec::kUnary) {
      left = Unary(JsOp::kAwait);
      prec_left = JsPrec::kUnary;
    } else if (await_) {
      return fail_unary();
    } else {
      left = Use(cur_.text);
      Next();
    }
  } else if (IsKeyword("new")) {
    Next();
    if (IsPunct(".")) {
      Next();
      if (!ExpectKeyword("target", "new.target expression")) return nullptr;
      left = ast_->New(JsKind::kNewTarget);
      prec_left = JsPrec::kMember;
    } else {
      left = ast_->New(JsKind::kNew);
      left->a = Expression(JsPrec::kNew);
      if (IsPunct("(")) {
        Arguments(left);
        // Upstream keeps no arguments for "new X()": it prints "new X".
        left->has_args = !left->list.empty();
        prec_left = JsPrec::kMember;
      } else {
        prec_left = JsPrec::kNew;
      }
    }
  } else if (IsKeyword("import")) {
    left = Literal(JsLit::kImport, "import");
    Next();
    if (IsPunct(".")) {
      Next();
      if (!ExpectKeyword("meta", "import.meta expression")) return nullptr;
      left = ast_->New(JsKind::kImportMeta);
      prec_left = JsPrec::kMember;
    } else if (!IsPunct("(")) {
      FailHere("import expression");
      return nullptr;
    } else if (JsPrec::kCall < prec) {
      return fail_unary();
    } else {
      prec_left = JsPrec::kCall;
    }
  } else if (IsKeyword("super")) {
    left = Literal(JsLit::kSuper, "super");
    Next();
    if (!IsPunct(".") && !IsPunct("[") && (!IsPunct("(") || JsPrec::kCall < prec)) {
      FailHere("super expression");
      return nullptr;
    }
    prec_left = JsPrec::kCall < prec ? JsPrec::kMember : JsPrec::kCall;
  } else if (IsKeyword("yield")) {
    if (yield_ && prec <= JsPrec::kAssign) {
      Next();
      left = ast_->New(JsKind::kYield);
      if (!prev_lt_) {
        left->generator = IsPunct("*");
        if (left->generator) {
          Next();
          left->a = Expression(JsPrec::kAssign);
        } else if (!IsPunct("}") && !IsPunct("]") && !IsPunct(")") && !IsPunct(":") &&
                   !IsPunct(",") && !IsPunct(";") && cur_.type != T::kError) {
          left->a = Expression(JsPrec::kAssign);
        }
      }
      prec_left = JsPrec::kAssign;
    } else if (yield_) {
      return fail_unary();
    } else {
      left = Use(cur_.text);
      Next();
    }
  } else if (IsKeyword("async")) {
    std::string_view async = cur_.text;
    Next();
    return AsyncExpression(prec, async);
  } else if (IsKeyword("class")) {
    bool parent_in_for = in_for_;
    in_for_ = false;
    left = Class(true);
    in_for_ = parent_in_for;
  } else if (IsKeyword("function")) {
    bool parent_in_for = in_for_;
    in_for_ = false;
    left = Function(false, true);
    in_for_ = parent_in_for;
  } else if (cur_.type == T::kTemplate || cur_.type == T::kTemplateStart) {
    bool parent_in_for = in_for_;
    in_for_ = false;
    left = Template(prec_left);
    in_for_ = parent_in_for;
  } else {
    return fail_unary();
  }
  if (left == nullptr || !ok()) return left;
  return Suffix(left, prec, prec_left);
}

JsNode* JsParser::AsyncExpression(JsPrec prec, std::string_view async) {
  JsNode* left = nullptr;
  JsPrec prec_left = JsPrec::kPrimary;
  if (!prev_lt_ && IsKeyword("function")) {
    bool parent_in_for = in_for_;
    in_for_ = false;
    left = Function(true, true);
    in_for_ = parent_in_for;
  } else if (!prev_lt_ && prec <= JsPrec::kAssign &&
             (IsPunct("(") || IsIdentifier() || (!yield_ && IsKeyword("yield")) ||
              IsKeyword("await"))) {
    if (IsKeyword("await")) {
      FailHere("arrow function");
      return nullptr;
    }
    if (IsPunct("(")) return ParenthesizedOrArrow(prec, async);
    // async a => ...
    JsNode* arrow = NewArrow();
    JsScope* parent = EnterScope(arrow->c, true);
    bool parent_await = await_, parent_yield = yield_;
    await_ = true;
    yield_ = false;
    JsNode* element = ast_->New(JsKind::kBindingElement);
    element->a = Declare(JsDecl::kArgument, cur_.text);
    arrow->list.push_back(element);
    Next();
    yield_ = parent_yield;
    arrow->async = true;
    ArrowBody(arrow);
    await_ = parent_await;
    yield_ = parent_yield;
    ExitScope(parent);
    left = arrow;
    prec_left = JsPrec::kAssign;
  } else {
    left = Use(async);
  }
  return Suffix(left, prec, prec_left);
}

JsNode* JsParser::NewArrow() {
  JsNode* arrow = ast_->New(JsKind::kArrow);
  arrow->c = ast_->New(JsKind::kBlock);
  return arrow;
}

// After the parameters, in the arrow function's scope: "=>" and the body.
void JsParser::ArrowBody(JsNode* arrow) {
  if (!IsPunct("=>")) {
    FailExpected("=>", "arrow function");
    return;
  }
  if (prev_lt_) {
    FailHere("expression");
    return;
  }
  Next();
  scope_->MarkFuncArgs();
  JsNode* body = arrow->c;
  funcs_.push_back(body);
  if (IsPunct("{")) {
    bool parent_in_for = in_for_;
    in_for_ = false;
    yield_ = false;
    allow_directive_ = true;
    body->list = StatementList("arrow function");
    in_for_ = parent_in_for;
  } else {
    JsNode* ret = ast_->New(JsKind::kReturn);
    ret->a = Expression(JsPrec::kAssign);
    body->list.push_back(ret);
  }
  funcs_.pop_back();
}

// a => ...: the variable just used becomes the parameter.
JsNode* JsParser::IdentifierArrow(JsNode* left) {
  JsNode* arrow = NewArrow();
  JsScope* parent = EnterScope(arrow->c, true);
  bool parent_await = await_, parent_yield = yield_;
  JsVar* v = left->var;
  JsNode* param = left;
  if (1 < v->uses) {
    --v->uses;
    param = Declare(JsDecl::kArgument, v->data);
  } else {
    // a first use: it was the last one added to the parent's undeclared
    parent->undeclared.pop_back();
    v->decl = JsDecl::kArgument;
    scope_->declared.push_back(v);
  }
  await_ = false;
  JsNode* element = ast_->New(JsKind::kBindingElement);
  element->a = param;
  arrow->list.push_back(element);
  ArrowBody(arrow);
  await_ = parent_await;
  yield_ = parent_yield;
  ExitScope(parent);
  return arrow;
}

JsNode* JsParser::AssignmentExpression() {
  if (assume_arrow_ && IsIdentifierReference()) {
    std::string_view data = cur_.text;
    bool is_async = IsKeyword("async");
    Next();
    if (IsPunct("=") || IsPunct(",") || IsPunct(")") || IsPunct("}") || IsPunct("]")) {
      bool declared = true;
      JsVar* v = scope_->Declare(
          JsDecl::kArgument, data, [this] { return ast_->NewVar(); }, &declared);
      if (declared) {
        assume_arrow_ = false;
        JsNode* left = Suffix(VarNode(v), JsPrec::kAssign, JsPrec::kPrimary);
        assume_arrow_ = true;
        return left;
      }
    }
    assume_arrow_ = false;
    if (is_async) return AsyncExpression(JsPrec::kAssign, data);
    return Suffix(Use(data), JsPrec::kAssign, JsPrec::kPrimary);
  }
  if (!IsPunct("[") && !IsPunct("{")) assume_arrow_ = false;
  return Expression(JsPrec::kAssign);
}

// At "(": a parenthesized expression, arrow parameters, or async(...) call arguments. Parsed in
// a scope that becomes the arrow function's, or is dissolved into the enclosing one.
JsNode* JsParser::ParenthesizedOrArrow(JsPrec prec, std::string_view async) {
  Next();
  const bool is_async = async.data() != nullptr;
  JsNode* arrow = NewArrow();
  JsScope* parent = EnterScope(arrow->c, true);
  bool parent_assume = assume_arrow_, parent_in_for = in_for_;
  assume_arrow_ = true;
  in_for_ = false;
  std::vector<JsNode*> list;
  JsNode* rest = nullptr;
  while (ok() && !IsPunct(")") && cur_.type != T::kError) {
    if (IsPunct("...") && assume_arrow_) {
      Next();
      if (is_async) {
        rest = AssignmentExpression();
        if (IsPunct(",")) Next();
      } else if (IsIdentifierReference()) {
        rest = Declare(JsDecl::kArgument, cur_.text);
        Next();
      } else if (IsPunct("[")) {
        rest = ArrayLiteral();
      } else if (IsPunct("{")) {
        rest = ObjectLiteral();
      } else {
        FailHere("arrow function");
        return nullptr;
      }
      break;
    }
    list.push_back(AssignmentExpression());
    if (!IsPunct(",")) break;
    Next();
  }
  if (!IsPunct(")")) {
    FailHere("expression");
    return nullptr;
  }
  Next();
  const bool is_arrow = IsPunct("=>") && assume_arrow_;
  assume_arrow_ = parent_assume;
  in_for_ = parent_in_for;
  JsNode* left = nullptr;
  JsPrec prec_left = JsPrec::kPrimary;
  if (is_arrow) {
    bool parent_await = await_, parent_yield = yield_;
    await_ = is_async;
    for (JsNode* item : list) arrow->list.push_back(ToBindingElement(item));
    arrow->async = is_async;
    arrow->b = ToBinding(rest);
    ArrowBody(arrow);
    await_ = parent_await;
    yield_ = parent_yield;
    ExitScope(parent);
    left = arrow;
    prec_left = JsPrec::kAssign;
  } else if (list.empty() || (!is_async && rest != nullptr) || (is_async && JsPrec::kCall < prec)) {
    FailExpected("=>", "arrow function");
    return nullptr;
  } else {
    JsScope* scope = scope_;
    ExitScope(parent);
    scope->UndeclareScope();
    if (is_async) {
      left = ast_->New(JsKind::kCall);
      for (JsNode* item : list) {
        JsNode* arg = ast_->New(JsKind::kArg);
        arg->a = item;
        left->list.push_back(arg);
      }
      if (rest != nullptr) {
        JsNode* arg = ast_->New(JsKind::kArg);
        arg->a = rest;
        arg->spread = true;
        left->list.push_back(arg);
      }
      left->a = Use(async);
      prec_left = JsPrec::kCall;
    } else {
      left = ast_->New(JsKind::kGroup);
      if (list.size() > 1) {
        left->a = ast_->New(JsKind::kComma);
        left->a->list = std::move(list);
      } else {
        left->a = list[0];
      }
    }
  }
  return Suffix(left, prec, prec_left);
}

JsNode* JsParser::ArrayLiteral() {
  Next();
  JsNode* array = ast_->New(JsKind::kArray);
  while (ok()) {
    if (IsPunct("]")) {
      Next();
      break;
    }
    JsNode* element = ast_->New(JsKind::kElement);
    if (IsPunct(",")) {
      Next();
      array->list.push_back(element);
      continue;
    }
    if (IsPunct("...")) {
      Next();
      element->spread = true;
    }
    element->a = AssignmentExpression();
    if (element->spread && !IsPunct("]")) assume_arrow_ = false;
    array->list.push_back(element);
    if (IsPunct(",")) {
      Next();
    } else if (!IsPunct("]")) {
      FailHere("array literal");
      return array;
    }
  }
  return array;
}

JsNode* JsParser::ObjectLiteral() {
  Next();
  JsNode* object = ast_->New(JsKind::kObject);
  while (ok()) {
    if (cur_.type == T::kError) {
      FailHere("object literal");
      return object;
    }
    if (IsPunct("}")) {
      Next();
      break;
    }
    JsNode* prop = ast_->New(JsKind::kProperty);
    if (IsPunct("...")) {
      Next();
      prop->spread = true;
      prop->b = AssignmentExpression();
      if (prop->b->kind != JsKind::kVar || !IsPunct("}")) assume_arrow_ = false;
    } else {
      JsNode* method = ast_->New(JsKind::kMethod);
      std::string_view data;
      bool has_data = false;
      if (IsPunct("*")) {
        Next();
        method->generator = true;
      } else if (IsKeyword("async")) {
        data = cur_.text;
        Next();
        if (!prev_lt_) {
          method->async = true;
          has_data = true;
          if (IsPunct("*")) {
            Next();
            method->generator = true;
            has_data = false;
          }
        } else {
          method->a = PropName(data, JsLit::kIdentifier);
        }
      } else if (IsKeyword("get") || IsKeyword("set")) {
        (IsKeyword("get") ? method->getter : method->setter) = true;
        data = cur_.text;
        has_data = true;
        Next();
      }
      if (has_data && !method->generator &&
          (IsPunct("=") || IsPunct(",") || IsPunct("}") || IsPunct(":") || IsPunct("("))) {
        method->a = PropName(data, JsLit::kIdentifier);
        method->async = method->getter = method->setter = false;
      } else if (method->a == nullptr) {
        method->a = PropertyName("object literal");
        if (!ok()) return object;
      }
      if (IsPunct("(")) {
        MethodRest(method);
        prop->b = method;
        assume_arrow_ = false;
      } else if (IsPunct(":")) {
        Next();
        prop->a = method->a;
        prop->b = AssignmentExpression();
      } else if (method->a->computed || method->a->lit != JsLit::kIdentifier) {
        FailHere("object literal");
        return object;
      } else {
        // {a} or {a = b}: a parameter if this turns out to be an arrow function's
        prop->a = method->a;
        const std::string& name = method->a->text;
        if (assume_arrow_) {
          bool declared = true;
          JsVar* v = scope_->Declare(
              JsDecl::kArgument, name, [this] { return ast_->NewVar(); }, &declared);
          if (declared) {
            prop->b = VarNode(v);
          } else {
            prop->b = Use(name);
            assume_arrow_ = false;
          }
        } else {
          prop->b = Use(name);
        }
        if (IsPunct("=")) {
          Next();
          bool parent_assume = assume_arrow_;
          assume_arrow_ = false;
          prop->c = Expression(JsPrec::kAssign);
          assume_arrow_ = parent_assume;
        }
      }
    }
    object->list.push_back(prop);
    if (IsPunct(",")) {
      Next();
    } else if (!IsPunct("}")) {
      FailHere("object literal");
      return object;
    }
  }
  return object;
}

JsNode* JsParser::Template(JsPrec prec_left) {
  JsNode* tpl = ast_->New(JsKind::kTemplate);
  tpl->prec = prec_left < JsPrec::kMember ? JsPrec::kCall : JsPrec::kMember;
  while (cur_.type == T::kTemplateStart || cur_.type == T::kTemplateMiddle) {
    JsNode* part = ast_->New(JsKind::kTemplatePart);
    part->text = std::string(cur_.text);
    Next();
    part->a = Expression(JsPrec::kExpr);
    tpl->list.push_back(part);
    if (!ok()) return tpl;
  }
  if (cur_.type != T::kTemplate && cur_.type != T::kTemplateEnd) {
    FailHere("template literal");
    return tpl;
  }
  tpl->text = std::string(cur_.text);
  Next();
  return tpl;
}

void JsParser::Arguments(JsNode* call) {
  Next();  // (
  while (ok()) {
    bool rest = IsPunct("...");
    if (rest) Next();
    if (IsPunct(")") || cur_.type == T::kError) break;
    JsNode* arg = ast_->New(JsKind::kArg);
    arg->a = Expression(JsPrec::kAssign);
    arg->spread = rest;
    call->list.push_back(arg);
    if (IsPunct(","))
      Next();
    else if (!IsPunct(")"))
      break;
  }
  Expect(")", "arguments");
}

JsNode* JsParser::Binary(JsOp op, JsNode* left, JsPrec right_prec) {
  Next();
  JsNode* n = ast_->New(JsKind::kBinary);
  n->op = op;
  n->a = left;
  n->b = Expression(right_prec);
  return n;
}

JsNode* JsParser::Suffix(JsNode* left, JsPrec prec, JsPrec prec_left) {
  for (;;) {
    if (!ok()) return left;
    if (cur_.type == T::kPunctuator) {
      std::string_view p = cur_.text;
      if (JsOp op = Lookup(std::begin(kAssignOps), std::end(kAssignOps), p); op != JsOp::kNone) {
        if (JsPrec::kAssign < prec) return left;
        if (prec_left < JsPrec::kLHS) {
          FailHere("expression");
          return left;
        }
        left = Binary(op, left, JsPrec::kAssign);
        prec_left = JsPrec::kAssign;
        continue;
      }
      if (JsOp op = Lookup(std::begin(kBinaryOps), std::end(kBinaryOps), p); op != JsOp::kNone) {
        // The level the operator sits at, the level its left side must reach and the level
        // its right side is parsed at.
        JsPrec level = JsOpPrec(op);
        // Left-associative operators read their right side one level up; ** is
        // right-associative and ?? reads a bitwise-or expression.
        JsPrec need = op == JsOp::kExp ? JsPrec::kUpdate : level;
        JsPrec right = op == JsOp::kExp       ? JsPrec::kExp
                       : op == JsOp::kNullish ? JsPrec::kBitOr
                                              : static_cast<JsPrec>(static_cast<int>(level) + 1);
        if (level < prec) return left;
        bool bad = op == JsOp::kNullish
                       ? (prec_left < JsPrec::kBitOr && prec_left != JsPrec::kCoalesce)
                       : prec_left < need;
        if (bad) {
          FailHere("expression");
          return left;
        }
        left = Binary(op, left, right);
        prec_left = level;
        continue;
      }
      if (p == "." || p == "[" || (cur_.type == T::kPunctuator && p == "?.")) {
        if (p == "?." && JsPrec::kCall < prec) return left;
        if (p != "?." && prec_left < JsPrec::kCall) {
          FailHere("expression");
          return left;
        }
        left = Member(left, p, prec_left);
        if (left == nullptr) return nullptr;
        if (p == "?.") {
          prec_left = JsPrec::kCall;
        } else {
          prec_left = prec_left < JsPrec::kMember ? JsPrec::kCall : JsPrec::kMember;
        }
        continue;
      }
      if (p == "(") {
        if (JsPrec::kCall < prec) return left;
        if (prec_left < JsPrec::kCall) {
          FailHere("expression");
          return left;
        }
        bool parent_in_for = in_for_;
        in_for_ = false;
        JsNode* call = ast_->New(JsKind::kCall);
        call->a = left;
        Arguments(call);
        in_for_ = parent_in_for;
        left = call;
        prec_left = JsPrec::kCall;
        continue;
      }
      if (p == "++" || p == "--") {
        if (prev_lt_ || JsPrec::kUpdate < prec) return left;
        if (prec_left < JsPrec::kLHS) {
          FailHere("expression");
          return left;
        }
        Next();
        JsNode* n = ast_->New(JsKind::kUnary);
        n->op = p == "++" ? JsOp::kPostInc : JsOp::kPostDec;
        n->a = left;
        left = n;
        prec_left = JsPrec::kUpdate;
        continue;
      }
      if (p == "?") {
        if (JsPrec::kAssign < prec) return left;
        if (prec_left < JsPrec::kCoalesce) {
          FailHere("expression");
          return left;
        }
        Next();
        JsNode* n = ast_->New(JsKind::kCond);
        n->a = left;
        bool parent_in_for = in_for_;
        in_for_ = false;
        n->b = Expression(JsPrec::kAssign);
        in_for_ = parent_in_for;
        if (!Expect(":", "conditional expression")) return left;
        n->c = Expression(JsPrec::kAssign);
        left = n;
        prec_left = JsPrec::kAssign;
        continue;
      }
      if (p == ",") {
        if (JsPrec::kExpr < prec) return left;
        Next();
        if (left->kind != JsKind::kComma) {
          JsNode* comma = ast_->New(JsKind::kComma);
          comma->list.push_back(left);
          left = comma;
        }
        left->list.push_back(Expression(JsPrec::kAssign));
        prec_left = JsPrec::kExpr;
        continue;
      }
      if (p == "=>") {
        if (JsPrec::kAssign < prec) return left;
        if (prec_left < JsPrec::kPrimary || left->kind != JsKind::kVar) {
          FailHere("expression");
          return left;
        }
        if (left->var == nullptr) {
          FailHere("expression");
          return left;
        }
        left = IdentifierArrow(left);
        prec_left = JsPrec::kAssign;
        continue;
      }
      return left;
    }
    if (IsKeyword("in") || IsKeyword("instanceof")) {
      bool in = IsKeyword("in");
      if (JsPrec::kCompare < prec || (in_for_ && in)) return left;
      if (prec_left < JsPrec::kCompare) {
        FailHere("expression");
        return left;
      }
      left = Binary(in ? JsOp::kIn : JsOp::kInstanceof, left, JsPrec::kShift);
      prec_left = JsPrec::kCompare;
      continue;
    }
    if (cur_.type == T::kTemplate || cur_.type == T::kTemplateStart) {
      if (prec_left < JsPrec::kCall) {
        FailHere("expression");
        return left;
      }
      bool parent_in_for = in_for_;
      in_for_ = false;
      JsNode* tpl = Template(prec_left);
      tpl->a = left;
      in_for_ = parent_in_for;
      left = tpl;
      prec_left = prec_left < JsPrec::kMember ? JsPrec::kCall : JsPrec::kMember;
      continue;
    }
    return left;
  }
}

JsNode* JsParser::Member(JsNode* left, std::string_view p, JsPrec prec_left) {
  Next();
  const bool optional = p == "?.";
  const JsPrec node_prec =
      optional || prec_left < JsPrec::kMember ? JsPrec::kCall : JsPrec::kMember;
  if (p == "[" || (optional && IsPunct("["))) {
    if (optional) Next();
    JsNode* n = ast_->New(JsKind::kIndex);
    n->a = left;
    n->prec = node_prec;
    n->optional = optional;
    bool parent_in_for = in_for_;
    in_for_ = false;
    n->b = Expression(JsPrec::kExpr);
    in_for_ = parent_in_for;
    if (!Expect("]", "index expression")) return nullptr;
    return n;
  }
  if (optional && IsPunct("(")) {
    JsNode* call = ast_->New(JsKind::kCall);
    call->a = left;
    call->optional = true;
    Arguments(call);
    return call;
  }
  if (optional && (cur_.type == T::kTemplate || cur_.type == T::kTemplateStart)) {
    JsNode* tpl = Template(prec_left);
    tpl->prec = JsPrec::kCall;
    tpl->a = left;
    tpl->optional = true;
    return tpl;
  }
  if (!IsIdentifierName() && cur_.type != T::kPrivateIdentifier) {
    FailHere(optional ? "optional chaining expression" : "dot expression");
    return nullptr;
  }
  JsNode* n = ast_->New(JsKind::kDot);
  n->a = left;
  n->text = std::string(cur_.text);
  n->lit = cur_.type == T::kPrivateIdentifier ? JsLit::kPrivate : JsLit::kIdentifier;
  n->prec = node_prec;
  n->optional = optional;
  Next();
  return n;
}

}  // namespace kiln::minify
