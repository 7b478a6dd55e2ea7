// The binding patterns of JsParser (see js_parser_impl.h): declarations' names and
// destructuring patterns, and arrow parameters read back from the expression they were parsed as.
#include "minify/js_parser_impl.h"

namespace kiln::minify {

JsNode* JsParser::Binding(JsDecl decl) {
  if (IsIdentifierReference()) {
    JsNode* v = Declare(decl, cur_.text);
    Next();
    return v;
  }
  if (IsPunct("[")) {
    Next();
    JsNode* array = ast_->New(JsKind::kBindingArray);
    size_t last = 0;  // elisions after the last element go, as upstream drops them
    while (ok() && !IsPunct("]")) {
      if (IsPunct(",")) {  // elision
        array->list.push_back(ast_->New(JsKind::kBindingElement));
        Next();
        if (IsPunct("]")) array->list.resize(last);
        continue;
      }
      if (IsPunct("...")) {
        Next();
        array->b = Binding(decl);
        break;
      }
      JsNode* element = ast_->New(JsKind::kBindingElement);
      element->a = Binding(decl);
      if (IsPunct("=")) {
        Next();
        element->b = Expression(JsPrec::kAssign);
      }
      array->list.push_back(element);
      last = array->list.size();
      if (!IsPunct(",")) break;
      Next();
      if (IsPunct("]")) array->list.resize(last);
    }
    Expect("]", "array binding pattern");
    return array;
  }
  if (IsPunct("{")) {
    Next();
    JsNode* object = ast_->New(JsKind::kBindingObject);
    while (ok() && !IsPunct("}")) {
      if (IsPunct("...")) {
        Next();
        if (!IsIdentifierReference()) {
          FailHere("object binding pattern");
          return object;
        }
        object->b = Declare(decl, cur_.text);
        Next();
        break;
      }
      JsNode* item = ast_->New(JsKind::kBindingObjectItem);
      JsNode* element = ast_->New(JsKind::kBindingElement);
      item->b = element;
      if (IsIdentifierReference()) {
        std::string_view name = cur_.text;
        Next();
        item->a = PropName(name, JsLit::kIdentifier);
        if (IsPunct(":")) {
          Next();
          element->a = Binding(decl);
        } else {
          element->a = Declare(decl, name);
        }
      } else {
        item->a = PropertyName("object binding pattern");
        if (!Expect(":", "object binding pattern")) return object;
        element->a = Binding(decl);
      }
      if (IsPunct("=")) {
        Next();
        element->b = Expression(JsPrec::kAssign);
      }
      object->list.push_back(item);
      if (!IsPunct(",")) break;
      Next();
    }
    Expect("}", "object binding pattern");
    return object;
  }
  FailHere("binding");
  return Var("");
}

JsNode* JsParser::ToBinding(JsNode* expr) {
  if (expr == nullptr) return nullptr;
  if (expr->kind == JsKind::kVar) return expr;
  if (expr->kind == JsKind::kArray) {
    JsNode* array = ast_->New(JsKind::kBindingArray);
    for (JsNode* item : expr->list) {
      if (item->spread) {
        array->b = ToBinding(item->a);
        break;
      }
      array->list.push_back(ToBindingElement(item->a));
    }
    return array;
  }
  if (expr->kind == JsKind::kObject) {
    JsNode* object = ast_->New(JsKind::kBindingObject);
    for (JsNode* prop : expr->list) {
      if (prop->spread) {
        object->b = prop->b;
        break;
      }
      JsNode* item = ast_->New(JsKind::kBindingObjectItem);
      item->a = prop->a;
      JsNode* binding = ToBinding(prop->b);
      if (binding == nullptr) {
        item->b = ToBindingElement(prop->b);
      } else {
        item->b = ast_->New(JsKind::kBindingElement);
        item->b->a = binding;
        item->b->b = prop->c;
      }
      object->list.push_back(item);
    }
    return object;
  }
  return nullptr;
}

JsNode* JsParser::ToBindingElement(JsNode* expr) {
  JsNode* element = ast_->New(JsKind::kBindingElement);
  if (expr != nullptr && expr->kind == JsKind::kBinary && expr->op == JsOp::kAssign) {
    element->a = ToBinding(expr->a);
    element->b = expr->b;
  } else {
    element->a = ToBinding(expr);
  }
  return element;
}

}  // namespace kiln::minify
