#include "minify/js_ast.h"

namespace kiln::minify {

std::string_view JsOpText(JsOp op) {
  switch (op) {
    case JsOp::kNone:
      return "";
    case JsOp::kAssign:
      return "=";
    case JsOp::kMulEq:
      return "*=";
    case JsOp::kDivEq:
      return "/=";
    case JsOp::kModEq:
      return "%=";
    case JsOp::kExpEq:
      return "**=";
    case JsOp::kAddEq:
      return "+=";
    case JsOp::kSubEq:
      return "-=";
    case JsOp::kShlEq:
      return "<<=";
    case JsOp::kShrEq:
      return ">>=";
    case JsOp::kUShrEq:
      return ">>>=";
    case JsOp::kBitAndEq:
      return "&=";
    case JsOp::kBitXorEq:
      return "^=";
    case JsOp::kBitOrEq:
      return "|=";
    case JsOp::kAndEq:
      return "&&=";
    case JsOp::kOrEq:
      return "||=";
    case JsOp::kNullishEq:
      return "?\?=";
    case JsOp::kExp:
      return "**";
    case JsOp::kMul:
      return "*";
    case JsOp::kDiv:
      return "/";
    case JsOp::kMod:
      return "%";
    case JsOp::kAdd:
      return "+";
    case JsOp::kSub:
      return "-";
    case JsOp::kShl:
      return "<<";
    case JsOp::kShr:
      return ">>";
    case JsOp::kUShr:
      return ">>>";
    case JsOp::kLt:
      return "<";
    case JsOp::kLe:
      return "<=";
    case JsOp::kGt:
      return ">";
    case JsOp::kGe:
      return ">=";
    case JsOp::kIn:
      return "in";
    case JsOp::kInstanceof:
      return "instanceof";
    case JsOp::kEq:
      return "==";
    case JsOp::kNe:
      return "!=";
    case JsOp::kStrictEq:
      return "===";
    case JsOp::kStrictNe:
      return "!==";
    case JsOp::kBitAnd:
      return "&";
    case JsOp::kBitXor:
      return "^";
    case JsOp::kBitOr:
      return "|";
    case JsOp::kAnd:
      return "&&";
    case JsOp::kOr:
      return "||";
    case JsOp::kNullish:
      return "??";
    case JsOp::kNot:
      return "!";
    case JsOp::kBitNot:
      return "~";
    case JsOp::kTypeof:
      return "typeof";
    case JsOp::kVoid:
      return "void";
    case JsOp::kDelete:
      return "delete";
    case JsOp::kPos:
      return "+";
    case JsOp::kNeg:
      return "-";
    case JsOp::kPreInc:
      return "++";
    case JsOp::kPreDec:
      return "--";
    case JsOp::kPostInc:
      return "++";
    case JsOp::kPostDec:
      return "--";
    case JsOp::kAwait:
      return "await";
    case JsOp::kVar:
      return "var";
    case JsOp::kLet:
      return "let";
    case JsOp::kConst:
      return "const";
    case JsOp::kHoisted:
      return "";
    case JsOp::kBreak:
      return "break";
    case JsOp::kContinue:
      return "continue";
    case JsOp::kCase:
      return "case";
    case JsOp::kDefault:
      return "default";
  }
  return "";
}

namespace {

bool IsAssignment(JsOp op) { return JsOp::kAssign <= op && op <= JsOp::kBitOrEq; }

}  // namespace

// The logical assignments (&&=, ||=, ??=) have no entry in upstream's precedence tables, so
// they read as the lowest level there; kept so that grouping decisions agree.
JsPrec JsOpPrec(JsOp op) {
  if (IsAssignment(op)) return JsPrec::kAssign;
  switch (op) {
    case JsOp::kExp:
      return JsPrec::kExp;
    case JsOp::kMul:
    case JsOp::kDiv:
    case JsOp::kMod:
      return JsPrec::kMul;
    case JsOp::kAdd:
    case JsOp::kSub:
      return JsPrec::kAdd;
    case JsOp::kShl:
    case JsOp::kShr:
    case JsOp::kUShr:
      return JsPrec::kShift;
    case JsOp::kLt:
    case JsOp::kLe:
    case JsOp::kGt:
    case JsOp::kGe:
    case JsOp::kIn:
    case JsOp::kInstanceof:
      return JsPrec::kCompare;
    case JsOp::kEq:
    case JsOp::kNe:
    case JsOp::kStrictEq:
    case JsOp::kStrictNe:
      return JsPrec::kEquals;
    case JsOp::kBitAnd:
      return JsPrec::kBitAnd;
    case JsOp::kBitXor:
      return JsPrec::kBitXor;
    case JsOp::kBitOr:
      return JsPrec::kBitOr;
    case JsOp::kAnd:
      return JsPrec::kAnd;
    case JsOp::kOr:
      return JsPrec::kOr;
    case JsOp::kNullish:
      return JsPrec::kCoalesce;
    case JsOp::kPreInc:
    case JsOp::kPreDec:
    case JsOp::kPostInc:
    case JsOp::kPostDec:
      return JsPrec::kUpdate;
    case JsOp::kNot:
    case JsOp::kBitNot:
    case JsOp::kTypeof:
    case JsOp::kVoid:
    case JsOp::kDelete:
    case JsOp::kPos:
    case JsOp::kNeg:
    case JsOp::kAwait:
      return JsPrec::kUnary;
    default:
      return JsPrec::kExpr;
  }
}

JsPrec JsBinaryLeftPrec(JsOp op) {
  if (IsAssignment(op)) return JsPrec::kLHS;
  switch (op) {
    case JsOp::kExp:
      return JsPrec::kUpdate;
    case JsOp::kNullish:
      return JsPrec::kBitOr;
    default:
      return JsOpPrec(op);
  }
}

// One level above the operator's own (left-associative), except for ** (right-associative),
// && and || (upstream's table keeps them at their level: the order of evaluation is the same)
// and ?? (whose right side is a bitwise-or expression).
JsPrec JsBinaryRightPrec(JsOp op) {
  if (IsAssignment(op)) return JsPrec::kAssign;
  switch (op) {
    case JsOp::kExp:
      return JsPrec::kExp;
    case JsOp::kAnd:
    case JsOp::kOr:
      return JsOpPrec(op);
    case JsOp::kNullish:
      return JsPrec::kBitOr;
    default: {
      JsPrec level = JsOpPrec(op);
      return level == JsPrec::kExpr ? level : static_cast<JsPrec>(static_cast<int>(level) + 1);
    }
  }
}

JsPrec JsUnaryOperandPrec(JsOp op) {
  return op == JsOp::kPostInc || op == JsOp::kPostDec ? JsPrec::kLHS : JsPrec::kUnary;
}

namespace {

void Append(std::string& out, const JsNode* node);

void AppendList(std::string& out, const std::vector<JsNode*>& list) {
  for (const JsNode* item : list) {
    out += ' ';
    Append(out, item);
  }
}

void AppendChildren(std::string& out, const JsNode* n) {
  for (const JsNode* child : {n->a, n->b, n->c, n->d}) {
    if (child == nullptr) continue;
    out += ' ';
    Append(out, child);
  }
  AppendList(out, n->list);
}

const char* KindName(JsKind kind) {
  switch (kind) {
    case JsKind::kVar:
      return "var";
    case JsKind::kLiteral:
      return "lit";
    case JsKind::kArray:
      return "array";
    case JsKind::kElement:
      return "elem";
    case JsKind::kObject:
      return "object";
    case JsKind::kProperty:
      return "prop";
    case JsKind::kPropName:
      return "name";
    case JsKind::kTemplate:
      return "template";
    case JsKind::kTemplatePart:
      return "part";
    case JsKind::kGroup:
      return "group";
    case JsKind::kUnary:
      return "unary";
    case JsKind::kBinary:
      return "binary";
    case JsKind::kCond:
      return "cond";
    case JsKind::kComma:
      return "comma";
    case JsKind::kDot:
      return "dot";
    case JsKind::kIndex:
      return "index";
    case JsKind::kCall:
      return "call";
    case JsKind::kArg:
      return "arg";
    case JsKind::kNew:
      return "new";
    case JsKind::kNewTarget:
      return "new.target";
    case JsKind::kImportMeta:
      return "import.meta";
    case JsKind::kYield:
      return "yield";
    case JsKind::kFunc:
      return "function";
    case JsKind::kArrow:
      return "arrow";
    case JsKind::kMethod:
      return "method";
    case JsKind::kClass:
      return "class";
    case JsKind::kClassElement:
      return "member";
    case JsKind::kBindingElement:
      return "bind";
    case JsKind::kBindingArray:
      return "barray";
    case JsKind::kBindingObject:
      return "bobject";
    case JsKind::kBindingObjectItem:
      return "bitem";
    case JsKind::kExprStmt:
      return "expr";
    case JsKind::kVarDecl:
      return "decl";
    case JsKind::kIf:
      return "if";
    case JsKind::kBlock:
      return "block";
    case JsKind::kReturn:
      return "return";
    case JsKind::kLabelled:
      return "label";
    case JsKind::kBranch:
      return "branch";
    case JsKind::kWith:
      return "with";
    case JsKind::kDoWhile:
      return "do";
    case JsKind::kFor:
      return "for";
    case JsKind::kForIn:
      return "forin";
    case JsKind::kForOf:
      return "forof";
    case JsKind::kSwitch:
      return "switch";
    case JsKind::kCase:
      return "case";
    case JsKind::kThrow:
      return "throw";
    case JsKind::kTry:
      return "try";
    case JsKind::kDebugger:
      return "debugger";
    case JsKind::kEmpty:
      return "empty";
    case JsKind::kImport:
      return "import";
    case JsKind::kExport:
      return "export";
    case JsKind::kAlias:
      return "alias";
    case JsKind::kDirective:
      return "directive";
  }
  return "?";
}

void Append(std::string& out, const JsNode* n) {
  if (n->kind == JsKind::kVar) {
    out += n->text;
    return;
  }
  if (n->kind == JsKind::kLiteral) {
    out += n->text;
    return;
  }
  out += '(';
  out += KindName(n->kind);
  if (n->op != JsOp::kNone) {
    out += ' ';
    out += n->op == JsOp::kHoisted ? "hoisted" : JsOpText(n->op);
  }
  if (n->optional) out += " ?.";
  if (n->spread) out += " ...";
  if (n->async) out += " async";
  if (n->generator) out += " *";
  if (n->is_static) out += " static";
  if (n->getter) out += " get";
  if (n->setter) out += " set";
  if (n->await) out += " await";
  if (n->is_default) out += " default";
  if (!n->text.empty()) {
    out += ' ';
    out += n->text;
  }
  if (!n->text2.empty()) {
    out += ' ';
    out += n->text2;
  }
  AppendChildren(out, n);
  out += ')';
}

}  // namespace

std::string JsDebugString(const JsNode* node) {
  std::string out;
  if (node != nullptr) Append(out, node);
  return out;
}

}  // namespace kiln::minify
