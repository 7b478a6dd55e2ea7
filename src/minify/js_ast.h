// JsAst: the syntax tree of a JavaScript program as the JS minifier's parser builds it and its
// printer rewrites it. The tree has the shape hugo's minifier (tdewolff/parse 2.6) gives it, so
// the rewrites that depend on shape (groups kept as nodes, `new X()` without arguments, hoisted
// declarations turned into expressions) come out the same.
//
// Every node is a JsNode tagged with its JsKind; which child fields a kind uses is written next
// to the kind. Nodes live in the JsAst's arena and point at each other with raw pointers; the
// JsAst owns them all and rewrites happen in place. Not thread-safe.
#ifndef KILN_MINIFY_JS_AST_H_
#define KILN_MINIFY_JS_AST_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "minify/js_scope.h"

namespace kiln::minify {

// Operator precedence, lowest first, as in the grammar's expression levels.
enum class JsPrec : uint8_t {
  kExpr,      // a,b
  kAssign,    // a?b:c, yield, arrow functions, a=b
  kCoalesce,  // a??b
  kOr,
  kAnd,
  kBitOr,
  kBitXor,
  kBitAnd,
  kEquals,
  kCompare,
  kShift,
  kAdd,
  kMul,
  kExp,
  kUnary,
  kUpdate,
  kLHS,
  kCall,
  kNew,
  kMember,
  kPrimary,
};

enum class JsOp : uint8_t {
  kNone,
  // assignment
  kAssign,
  kMulEq,
  kDivEq,
  kModEq,
  kExpEq,
  kAddEq,
  kSubEq,
  kShlEq,
  kShrEq,
  kUShrEq,
  kBitAndEq,
  kBitXorEq,
  kBitOrEq,
  kAndEq,
  kOrEq,
  kNullishEq,
  // binary
  kExp,
  kMul,
  kDiv,
  kMod,
  kAdd,
  kSub,
  kShl,
  kShr,
  kUShr,
  kLt,
  kLe,
  kGt,
  kGe,
  kIn,
  kInstanceof,
  kEq,
  kNe,
  kStrictEq,
  kStrictNe,
  kBitAnd,
  kBitXor,
  kBitOr,
  kAnd,
  kOr,
  kNullish,
  // unary
  kNot,
  kBitNot,
  kTypeof,
  kVoid,
  kDelete,
  kPos,
  kNeg,
  kPreInc,
  kPreDec,
  kPostInc,
  kPostDec,
  kAwait,
  // declarations and branches
  kVar,
  kLet,
  kConst,
  kHoisted,  // kHoisted: a var declaration moved to the top of its function
  kBreak,
  kContinue,
  kCase,
  kDefault,
};

// The operator's spelling ("===", "typeof", "++").
std::string_view JsOpText(JsOp op);
// The precedence of an expression with this operator, and of its left and right operands.
JsPrec JsOpPrec(JsOp op);
JsPrec JsBinaryLeftPrec(JsOp op);
JsPrec JsBinaryRightPrec(JsOp op);
JsPrec JsUnaryOperandPrec(JsOp op);

enum class JsLit : uint8_t {
  kNone,
  kDecimal,
  kBinary,
  kOctal,
  kHexadecimal,
  kBigInt,
  kString,
  kRegExp,
  kTrue,
  kFalse,
  kNull,
  kThis,
  kSuper,
  kImport,
  kIdentifier,
  kPrivate,
};

enum class JsKind : uint8_t {
  // expressions
  kVar,           // text: name
  kLiteral,       // lit, text
  kArray,         // list: kElement
  kElement,       // a: value (null for a hole), spread
  kObject,        // list: kProperty
  kProperty,      // a: kPropName (null for a spread or shorthand), b: value, c: initializer, spread
  kPropName,      // computed ? a: expression : lit (kIdentifier, kString, numbers…) + text
  kTemplate,      // a: tag, list: kTemplatePart, text: tail (with its quote or "}"), optional, prec
  kTemplatePart,  // text: the raw chunk ("`a${", "}b${"), a: expression after it
  kGroup,         // a
  kUnary,         // op, a
  kBinary,        // op, a, b
  kCond,          // a ? b : c
  kComma,         // list
  kDot,           // a . text (lit kPrivate for #name), prec, optional
  kIndex,         // a [ b ], prec, optional
  kCall,          // a ( list: kArg ), optional
  kArg,           // a, spread
  kNew,           // new a ( list: kArg ), has_args
  kNewTarget,
  kImportMeta,
  kYield,         // a (may be null), generator
  kFunc,          // a: name kVar or null, list: params kBindingElement, b: rest, c: body kBlock,
                  // async, generator
  kArrow,         // list: params, b: rest, c: body kBlock, async
  kMethod,        // a: kPropName, list: params, b: rest, c: body, is_static, async, generator,
                  // getter, setter
  kClass,         // a: name or null, b: extends, list: kClassElement
  kClassElement,  // is_static; a: kPropName + b: initializer (field), or c: kMethod, or d: kBlock
                  // (static block)
  // bindings
  kBindingElement,     // a: binding (kVar, kBindingArray, kBindingObject; null for a hole),
                       // b: default
  kBindingArray,       // list: kBindingElement, b: rest binding
  kBindingObject,      // list: kBindingObjectItem, b: rest kVar
  kBindingObjectItem,  // a: key kPropName, b: kBindingElement
  // statements
  kExprStmt,  // a
  kVarDecl,   // op: kVar/kLet/kConst/kHoisted, list: kBindingElement, in_for, in_for_in_of
  kIf,        // if (a) b else c
  kBlock,     // list
  kReturn,    // a (may be null)
  kLabelled,  // text: label, a
  kBranch,    // op: kBreak/kContinue, text: label
  kWith,      // with (a) b
  kDoWhile,   // do b while (a)
  kFor,       // for (a; b; c) d (d is a kBlock); while loops read as for loops
  kForIn,     // for (a in b) d
  kForOf,     // for (a of b) d, await
  kSwitch,    // switch (a) { list: kCase }
  kCase,      // op: kCase/kDefault, a: test, list: statements
  kThrow,     // a
  kTry,       // a: block, b: catch binding, c: catch block, d: finally block
  kDebugger,
  kEmpty,
  kImport,     // text: default binding, list: kAlias, text2: module string
  kExport,     // list: kAlias, text2: module, a: declaration, is_default
  kAlias,      // text: name (empty if none), text2: binding
  kDirective,  // text: the string
};

struct JsNode {
  JsKind kind = JsKind::kEmpty;
  JsOp op = JsOp::kNone;
  JsLit lit = JsLit::kNone;
  JsPrec prec = JsPrec::kPrimary;
  bool optional = false;
  bool spread = false;
  bool async = false;
  bool generator = false;
  bool is_static = false;
  bool getter = false;
  bool setter = false;
  bool computed = false;
  bool has_args = false;
  bool await = false;
  bool is_default = false;
  bool in_for = false;
  bool in_for_in_of = false;
  std::string text;
  std::string text2;
  JsNode* a = nullptr;
  JsNode* b = nullptr;
  JsNode* c = nullptr;
  JsNode* d = nullptr;
  std::vector<JsNode*> list;
  // On a function body (and the program's block): its var declarations, in source order, each
  // a kVarDecl with op kVar (for-loop heads without one get an empty declaration here too).
  std::vector<JsNode*> var_decls;
  // On a kVarDecl with op kVar: the body (kBlock) whose var_decls lists it.
  JsNode* func = nullptr;
  // On a kVar: the variable it names. On a kBlock or kSwitch that opens a scope: the scope;
  // on a kVarDecl, the scope it was declared in.
  JsVar* var = nullptr;
  JsScope* scope = nullptr;
};

// Storage for many objects of one type, allocated in blocks and freed together.
template <typename T>
class JsArena {
 public:
  T* New() {
    if (used_ == kBlock) {
      blocks_.push_back(std::make_unique<T[]>(kBlock));
      used_ = 0;
    }
    return &blocks_.back()[used_++];
  }

 private:
  static constexpr size_t kBlock = 256;
  std::vector<std::unique_ptr<T[]>> blocks_;
  size_t used_ = kBlock;
};

// A parsed program: its statements, the comments the minifier keeps ("/*! ... */" notices
// and a "#!" line), and for each function body (and the program) the var declarations that
// hoisting may merge.
class JsAst {
 public:
  JsNode* New(JsKind kind) {
    JsNode* node = nodes_.New();
    node->kind = kind;
    return node;
  }
  JsVar* NewVar() { return vars_.New(); }
  JsScope* NewScope() { return scopes_.New(); }

  JsNode* program = nullptr;  // a kBlock
  std::vector<std::string> license_comments;

 private:
  JsArena<JsNode> nodes_;
  JsArena<JsVar> vars_;
  JsArena<JsScope> scopes_;
};

// The current name of a kVar node's variable (after renaming).
inline const std::string& JsName(const JsNode* v) {
  return v->var != nullptr ? v->var->Name() : v->text;
}

// One line describing the subtree, for tests: the program "var a=1;f(a)" reads
// "(block (var a=1) (expr (call f a)))".
std::string JsDebugString(const JsNode* node);

}  // namespace kiln::minify

#endif  // KILN_MINIFY_JS_AST_H_
