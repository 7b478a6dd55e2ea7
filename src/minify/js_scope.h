// JsVar and JsScope: the variables of a JavaScript program and the scopes that declare and use
// them, built while parsing exactly as hugo's minifier (tdewolff/parse 2.6) builds them, because
// the renaming of locals depends on it: which variables a scope declares and in what order, how
// often each is used, and which outer or global names it must not shadow.
//
// A use of a name that no enclosing scope declares yet is recorded as undeclared in the scopes
// it appears in; a later declaration (`a; var a`) takes it over, and leaving a scope moves its
// undeclared uses to its parent. Variables and scopes live in the JsAst's arenas. Not
// thread-safe.
#ifndef KILN_MINIFY_JS_SCOPE_H_
#define KILN_MINIFY_JS_SCOPE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kiln::minify {

// Ordered as upstream orders them: some checks compare kinds.
enum class JsDecl : uint8_t {
  kNone,      // used, not declared (a global, or not known yet)
  kVariable,  // var
  kFunction,  // function declaration
  kArgument,  // function, method and arrow parameters
  kLexical,   // let, const, class
  kCatch,     // catch binding
  kExpr,      // the name of a function or class expression
};

struct JsVar {
  std::string data;       // the name; renaming rewrites it
  JsVar* link = nullptr;  // the variable this use turned out to be
  int uses = 0;
  JsDecl decl = JsDecl::kNone;

  const JsVar* Resolved() const {
    const JsVar* v = this;
    while (v->link != nullptr) v = v->link;
    return v;
  }
  const std::string& Name() const { return Resolved()->data; }
};

class JsScope {
 public:
  // `vars` is the arena new variables are made in.
  template <typename NewVar>
  JsVar* Declare(JsDecl decl, std::string_view name, NewVar new_var, bool* ok);
  template <typename NewVar>
  JsVar* Use(std::string_view name, NewVar new_var);

  JsVar* FindDeclared(std::string_view name, bool skip_for_declared) const;
  JsVar* FindUndeclared(std::string_view name) const;
  void AddUndeclared(JsVar* v);
  void MarkForStmt();
  void MarkFuncArgs();
  // On leaving the scope: its undeclared uses become uses in the parent.
  void HoistUndeclared();
  // When what looked like arrow parameters was a parenthesized expression.
  void UndeclareScope();
  // When a block's statements move into the enclosing block.
  void Unscope();

  JsScope* parent = nullptr;
  JsScope* func = nullptr;  // the enclosing function (or program) scope; itself for one
  std::vector<JsVar*> declared;
  std::vector<JsVar*> undeclared;
  uint16_t num_for_decls = 0;
  uint16_t num_func_args = 0;
  uint16_t num_arg_uses = 0;
  bool has_with = false;
};

template <typename NewVar>
JsVar* JsScope::Declare(JsDecl decl, std::string_view name, NewVar new_var, bool* ok) {
  *ok = true;
  JsScope* s = this;
  JsScope* cur = this;
  if (decl == JsDecl::kVariable || decl == JsDecl::kFunction) {
    // var and function declarations belong to the function scope; `{let i;{var i}}` is an error
    while (s != s->func) {
      JsVar* v = s->FindDeclared(name, false);
      if (v != nullptr && v->decl != decl && v->decl != JsDecl::kCatch) {
        *ok = false;
        return nullptr;
      }
      s = s->parent;
    }
  }
  if (JsVar* v = s->FindDeclared(name, true)) {
    // declared again: allowed for var, function and parameters among themselves
    if ((JsDecl::kArgument < v->decl || JsDecl::kFunction < decl) && v->decl != JsDecl::kExpr) {
      *ok = false;
      return nullptr;
    }
    if (v->decl == JsDecl::kExpr) v->decl = decl;
    ++v->uses;
    for (; s != cur; cur = cur->parent) cur->AddUndeclared(v);
    return v;
  }
  JsVar* v = nullptr;
  if (decl != JsDecl::kArgument) {
    // a use before the declaration (`a; var a`) is the same variable
    for (size_t i = s->num_arg_uses; i < s->undeclared.size(); ++i) {
      JsVar* uv = s->undeclared[i];
      if (0 < uv->uses && uv->decl == JsDecl::kNone && uv->data == name) {
        v = uv;
        s->undeclared.erase(s->undeclared.begin() + static_cast<long>(i));
        break;
      }
    }
  }
  if (v == nullptr) {
    v = new_var();
    v->data = std::string(name);
  }
  v->decl = decl;
  ++v->uses;
  s->declared.push_back(v);
  for (; s != cur; cur = cur->parent) cur->AddUndeclared(v);
  return v;
}

template <typename NewVar>
JsVar* JsScope::Use(std::string_view name, NewVar new_var) {
  JsVar* v = FindDeclared(name, false);
  if (v == nullptr) v = FindUndeclared(name);
  if (v == nullptr) {
    v = new_var();
    v->data = std::string(name);
    undeclared.push_back(v);
  }
  ++v->uses;
  return v;
}

}  // namespace kiln::minify

#endif  // KILN_MINIFY_JS_SCOPE_H_
