#include "minify/js_scope.h"

#include <algorithm>

namespace kiln::minify {

JsVar* JsScope::FindDeclared(std::string_view name, bool skip_for_declared) const {
  size_t start = skip_for_declared ? num_for_decls : 0;
  // the innermost first, as in `for(let a in []){let a; {a}}`
  for (size_t i = declared.size(); start < i; --i) {
    if (declared[i - 1]->data == name) return declared[i - 1];
  }
  return nullptr;
}

JsVar* JsScope::FindUndeclared(std::string_view name) const {
  for (JsVar* v : undeclared) {
    if (0 < v->uses && v->data == name) return v;
  }
  return nullptr;
}

void JsScope::AddUndeclared(JsVar* v) {
  if (std::find(undeclared.begin(), undeclared.end(), v) == undeclared.end()) {
    undeclared.push_back(v);
  }
}

void JsScope::MarkForStmt() {
  num_for_decls = static_cast<uint16_t>(declared.size());
  num_arg_uses = static_cast<uint16_t>(undeclared.size());
}

void JsScope::MarkFuncArgs() {
  num_func_args = static_cast<uint16_t>(declared.size());
  num_arg_uses = static_cast<uint16_t>(undeclared.size());
}

void JsScope::HoistUndeclared() {
  for (JsVar*& orig : undeclared) {
    if (orig->uses <= 0 || orig->decl != JsDecl::kNone) continue;
    JsVar* v = parent->FindDeclared(orig->data, false);
    if (v == nullptr) v = parent->FindUndeclared(orig->data);
    if (v != nullptr) {
      v->uses += orig->uses;
      orig->link = v;
      orig = v;
    } else {
      parent->undeclared.push_back(orig);
    }
  }
}

void JsScope::UndeclareScope() {
  for (JsVar* orig : declared) {
    JsVar* v = parent->FindDeclared(orig->data, false);
    if (v == nullptr) v = parent->FindUndeclared(orig->data);
    if (v != nullptr) {
      v->uses += orig->uses;
      orig->link = v;
    } else {
      orig->decl = JsDecl::kNone;
      parent->undeclared.push_back(orig);
    }
  }
  declared.clear();
  undeclared.clear();
}

void JsScope::Unscope() {
  parent->declared.insert(parent->declared.end(), declared.begin(), declared.end());
  declared.clear();
  undeclared.clear();
}

}  // namespace kiln::minify
