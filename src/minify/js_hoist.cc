// Var hoisting and declaration merging of JsOptimizer (see js_optimize.h).
#include <algorithm>
#include <vector>

#include "minify/js_optimize.h"

namespace kiln::minify {

void JsOptimizer::AddDefinition(JsNode* decl, JsNode* binding, JsNode* value, bool forward) {
  std::vector<JsNode*> vars;
  JsBindingVars(binding, vars);
  for (JsNode* v : vars) {
    auto matches = [v](JsNode* item) {
      return item->b == nullptr && item->a != nullptr && item->a->kind == JsKind::kVar &&
             JsSameVar(item->a, v);
    };
    auto it = std::find_if(decl->list.begin(), decl->list.end(), matches);
    if (it != decl->list.end()) {
      if ((*it)->a->var != nullptr) --(*it)->a->var->uses;
      decl->list.erase(it);
      continue;
    }
    if (value != nullptr && decl->func != nullptr) {
      for (JsNode* other : decl->func->var_decls) {
        auto found = std::find_if(other->list.begin(), other->list.end(), matches);
        if (found != other->list.end()) {
          if ((*found)->a->var != nullptr) --(*found)->a->var->uses;
          other->list.erase(found);
          break;
        }
      }
    }
  }
  JsNode* item = New(JsKind::kBindingElement);
  item->a = binding;
  item->b = value;
  if (forward) {
    decl->list.insert(decl->list.begin(), item);
  } else {
    decl->list.push_back(item);
  }
}

void JsOptimizer::MergeVarDecls(JsNode* dst, JsNode* src, bool forward) {
  if (forward) std::reverse(src->list.begin(), src->list.end());
  for (size_t k = 0; k < src->list.size(); ++k) {
    AddDefinition(dst, src->list[k]->a, src->list[k]->b, forward);
  }
  src->list.clear();
}

namespace {

// Whether the assigned variable is one declared with var in this function (not an outer one).
bool IsVarDeclared(const JsNode* v) {
  return v->var != nullptr && v->var->decl == JsDecl::kVariable;
}

}  // namespace

bool JsOptimizer::MergeVarDeclExprStmt(JsNode* decl, JsNode* expr_stmt, bool forward) {
  JsNode* value = expr_stmt->a;
  if (value->kind == JsKind::kVarDecl) {
    MergeVarDecls(decl, value, forward);
    return true;
  }
  if (value->kind == JsKind::kComma) {
    size_t n = 0;
    const size_t count = value->list.size();
    for (size_t k = 0; k < count; ++k) {
      JsNode* item = forward ? value->list[count - k - 1] : value->list[k];
      if (item->kind == JsKind::kVarDecl) {
        MergeVarDecls(decl, item, forward);
        ++n;
        continue;
      }
      if (item->kind == JsKind::kBinary && item->op == JsOp::kAssign &&
          item->a->kind == JsKind::kVar && IsVarDeclared(item->a)) {
        AddDefinition(decl, item->a, item->b, forward);
        ++n;
        continue;
      }
      break;
    }
    bool merge = n == count;
    if (!forward) {
      value->list.erase(value->list.begin(), value->list.begin() + static_cast<long>(n));
    } else {
      value->list.resize(count - n);
    }
    return merge;
  }
  if (value->kind == JsKind::kBinary && value->op == JsOp::kAssign &&
      value->a->kind == JsKind::kVar && IsVarDeclared(value->a)) {
    AddDefinition(decl, value->a, value->b, forward);
    return true;
  }
  return false;
}

void JsOptimizer::HoistVars(JsNode* body) {
  std::vector<JsNode*>& decls = body->var_decls;
  if (decls.size() <= 1) return;
  size_t best = 0;
  std::vector<int> score(decls.size());
  std::vector<bool> hoist(decls.size());
  for (size_t i = 0; i < decls.size(); ++i) {
    JsNode* decl = decls[i];
    hoist[i] = true;
    score[i] = 4;  // "var "
    if (decl->in_for_in_of) continue;
    int n = 0, arrays = 0, objects = 0;
    bool has_definitions = false;
    for (size_t k = 0; k < decl->list.size(); ++k) {
      JsNode* item = decl->list[k];
      if (item->b == nullptr) continue;
      if (item->a->kind == JsKind::kBindingObject || item->a->kind == JsKind::kBindingArray) {
        if (k != 0 && arrays == 0 && objects == 0) std::swap(decl->list[0], decl->list[k]);
        (item->a->kind == JsKind::kBindingObject ? objects : arrays)++;
      }
      std::vector<JsNode*> vars;
      JsBindingVars(item->a, vars);
      score[i] -= static_cast<int>(vars.size()) * 2;  // names of one letter and commas
      has_definitions = true;
      ++n;
    }
    if (!has_definitions) {
      score[i] = 5 - 1;
      if (decl->in_for) --score[i];  // the semicolon is reused
    }
    if (objects != 0 && !decl->in_for && objects == n) score[i] -= 2;
    if (arrays != 0 || objects != 0) --score[i];
    if (score[i] < score[best] || decls[best]->in_for_in_of) best = i;
    if (score[i] < 0) hoist[i] = false;
  }
  if (decls[best]->in_for_in_of) return;
  JsNode* decl = decls[best];
  if (10000 < decl->list.size()) return;
  hoist[best] = false;

  std::vector<JsNode*> orig;
  for (JsNode* item : decl->list) JsBindingVars(item->a, orig);
  size_t j = 0;
  for (size_t i = 0; i < decls.size(); ++i) {
    if (!hoist[i]) continue;
    JsNode* other = decls[i];
    other->op = JsOp::kHoisted;
    for (JsNode* item : other->list) {
      std::vector<JsNode*> refs;
      JsBindingVars(item->a, refs);
      std::vector<JsNode*> elements;
      for (JsNode* ref : refs) {
        bool declared =
            std::any_of(orig.begin(), orig.end(), [ref](JsNode* v) { return JsSameVar(ref, v); });
        if (declared) continue;
        JsNode* element = New(JsKind::kBindingElement);
        element->a = ref;
        elements.push_back(element);
        orig.push_back(ref);
        if (ref->var != nullptr) {
          // the declaration now names the variable in the scopes between it and its function
          for (JsScope* s = decl->scope; s != nullptr && s != s->func; s = s->parent) {
            s->AddUndeclared(ref->var);
          }
          if (item->b != nullptr) ++ref->var->uses;
        }
      }
      if (i < best) {
        decl->list.insert(decl->list.begin() + static_cast<long>(j), elements.begin(),
                          elements.end());
        j += elements.size();
      } else {
        decl->list.insert(decl->list.end(), elements.begin(), elements.end());
      }
    }
  }

  // an array or object pattern goes first, where that changes nothing
  std::vector<JsNode*> prev_refs;
  for (size_t i = 0; i < decl->list.size(); ++i) {
    JsNode* item = decl->list[i];
    std::vector<JsNode*> refs;
    JsBindingVars(item->a, refs);
    if (item->a->kind != JsKind::kVar) {
      if (i == 0) break;
      bool interferes = false;
      if (item->b != nullptr) {
        for (JsNode* ref : refs) {
          for (JsNode* v : prev_refs) interferes = interferes || JsSameVar(ref, v);
        }
      }
      if (!interferes) {
        std::swap(decl->list[0], decl->list[i]);
        break;
      }
    }
    if (item->b != nullptr) prev_refs.insert(prev_refs.end(), refs.begin(), refs.end());
  }
}

}  // namespace kiln::minify
