#include "template/exec.h"

#include "template/escape_funcs.h"
#include "template/func_value.h"
#include "template/template_set.h"
#include "template/time_methods.h"
#include "value/go_format.h"
#include "value/map_object.h"

namespace kiln::tmpl {

namespace {

// Thrown inside the executor only (like Go's exec panics); caught in ExecState::Run.
struct ExecError {
  Status status;
};

std::string Quote(std::string_view s) {
  std::string q;
  AppendGoQuote(&q, s);
  return q;
}

}  // namespace

const char* ParamKindName(ParamKind k) {
  switch (k) {
    case ParamKind::kAny:
      return "interface {}";
    case ParamKind::kString:
      return "string";
    case ParamKind::kInt:
      return "int";
    case ParamKind::kFloat:
      return "float64";
    case ParamKind::kBool:
      return "bool";
  }
  return "?";
}

const Function* CallContext::FindFunction(std::string_view name) const {
  if (!state_ || !state_->set()->funcs()) return nullptr;
  return state_->set()->funcs()->Find(name);
}

bool CallContext::HasTemplate(std::string_view name) const {
  return state_ && state_->set()->Lookup(name) != nullptr;
}

Status CallContext::ExecuteTemplate(std::string_view name, const Value& data, std::string* out,
                                    std::optional<Value>* returned) const {
  const Tree* tree = state_->set()->Lookup(name);
  if (!tree) return InvalidArgumentError("template " + Quote(name) + " not defined");
  if (state_->depth() + 1 >= kMaxExecDepth) {
    return InvalidArgumentError("exceeded maximum template depth (" +
                                std::to_string(kMaxExecDepth) + ")");
  }
  ExecState inner(state_->set(), out, state_->depth() + 1);
  inner.set_returned(returned);
  return inner.Run(tree, data);
}

Status ExecState::Run(const Tree* tree, const Value& data) {
  tree_ = tree;
  Val dot{data, false};
  vars_.clear();
  vars_.emplace_back("$", dot);
  try {
    if (!tree->root) {
      return InvalidArgumentError("template: " + tree->name + ": " + Quote(tree->name) +
                                  " is an incomplete or empty template");
    }
    WalkList(dot, tree->root.get());
    if (returned_ && tree->result) *returned_ = EvalPipeline(dot, tree->result.get()).v;
  } catch (ExecError& e) {
    return std::move(e.status);
  }
  return Status::Ok();
}

void ExecState::Errorf(const std::string& message) {
  if (!node_) throw ExecError{InvalidArgumentError("template: " + tree_->name + ": " + message)};
  // Hugo prints the failing node whole, as Go's ErrorContext does.
  std::string context = node_->String();
  throw ExecError{InvalidArgumentError("template: " + tree_->Location(node_->pos) + ": executing " +
                                       Quote(tree_->name) + " at <" + context + ">: " + message)};
}

ExecState::Flow ExecState::WalkList(const Val& dot, const ListNode* list) {
  for (const NodePtr& n : list->nodes) {
    Flow f = Walk(dot, n.get());
    if (f != Flow::kNormal) return f;
  }
  return Flow::kNormal;
}

ExecState::Flow ExecState::Walk(const Val& dot, const Node* node) {
  switch (node->type) {
    case NodeType::kText:
      out_->append(static_cast<const TextNode*>(node)->text);
      break;
    case NodeType::kAction: {
      At(node);
      auto* a = static_cast<const ActionNode*>(node);
      const PipeNode* pipe = a->pipe.get();
      // An action ending in an escaper that can append writes straight into the output.
      if (pipe->decl.empty() && pipe->cmds.size() >= 2) {
        const CommandNode* last = pipe->cmds.back().get();
        if (last->args.size() == 1 && last->args[0]->type == NodeType::kIdentifier) {
          const Function* fn = static_cast<const IdentifierNode*>(last->args[0].get())->fn;
          if (fn && fn->append && fn->variadic && fn->params.empty()) {
            Val v = EvalPipeline(dot, pipe, pipe->cmds.size() - 1);
            fn->append(out_, std::span<const Value>(&v.v, 1));
            break;
          }
        }
      }
      Val v = EvalPipeline(dot, pipe);
      if (pipe->decl.empty()) PrintValue(node, v);
      break;
    }
    case NodeType::kIf:
    case NodeType::kWith:
      return WalkIfOrWith(dot, static_cast<const BranchNode*>(node));
    case NodeType::kRange:
      WalkRange(dot, static_cast<const BranchNode*>(node));
      break;
    case NodeType::kTemplate:
      WalkTemplate(dot, static_cast<const TemplateNode*>(node));
      break;
    case NodeType::kList:
      return WalkList(dot, static_cast<const ListNode*>(node));
    case NodeType::kBreak:
      return Flow::kBreak;
    case NodeType::kContinue:
      return Flow::kContinue;
    case NodeType::kComment:
      break;
    default:
      At(node);
      Errorf("unknown node: " + node->String());
  }
  return Flow::kNormal;
}

ExecState::Flow ExecState::WalkIfOrWith(const Val& dot, const BranchNode* node) {
  size_t mark = vars_.size();
  At(node);
  Val v = EvalPipeline(dot, node->pipe.get());
  Flow f = Flow::kNormal;
  if (v.v.IsTruthy()) {
    f = node->type == NodeType::kWith ? WalkList(v, node->list.get())
                                      : WalkList(dot, node->list.get());
  } else if (node->else_list) {
    f = WalkList(dot, node->else_list.get());
  }
  vars_.resize(mark);
  return f;
}

void ExecState::WalkRange(const Val& dot, const BranchNode* r) {
  At(r);
  size_t mark = vars_.size();
  Val val = EvalPipeline(dot, r->pipe.get());
  size_t inner = vars_.size();
  size_t ndecl = r->pipe->decl.size();
  bool stop = false;
  auto iteration = [&](Val index, Val elem) {
    if (ndecl > 0) vars_[inner - 1].second = elem;
    if (ndecl > 1) vars_[inner - 2].second = std::move(index);
    Flow f = WalkList(elem, r->list.get());
    vars_.resize(inner);
    if (f == Flow::kBreak) stop = true;
  };
  bool ran = false;
  switch (val.v.kind()) {
    case ValueKind::kList: {
      const ValueList& list = val.v.AsList();
      for (size_t i = 0; i < list.size() && !stop; ++i) {
        iteration(Val{Value::Int(static_cast<int64_t>(i)), false}, Val{list[i], true});
      }
      ran = !list.empty();
      break;
    }
    case ValueKind::kMap: {
      const ValueMap& map = val.v.AsMap();
      for (auto it = map.begin(); it != map.end() && !stop; ++it) {
        iteration(Val{Value::String(it->first), false}, Val{it->second, true});
      }
      ran = !map.empty();
      break;
    }
    case ValueKind::kObject: {
      if (const ValueMap* map = AsMapObject(val.v)) {
        for (auto it = map->begin(); it != map->end() && !stop; ++it) {
          iteration(Val{Value::String(it->first), false}, Val{it->second, false});
        }
        ran = !map->empty();
        break;
      }
      const ValueList* list = val.v.AsObject().AsList();
      if (!list) {
        At(r);
        Errorf("range can't iterate over " + GoValueString(val.v));
      }
      for (size_t i = 0; i < list->size() && !stop; ++i) {
        iteration(Val{Value::Int(static_cast<int64_t>(i)), false}, Val{(*list)[i], false});
      }
      ran = !list->empty();
      break;
    }
    case ValueKind::kNull:
      break;
    default:
      Errorf("range can't iterate over " + GoValueString(val.v));
  }
  if (!ran && r->else_list) WalkList(dot, r->else_list.get());
  vars_.resize(mark);
}

void ExecState::WalkTemplate(const Val& dot, const TemplateNode* t) {
  At(t);
  const Tree* tree = set_->Lookup(t->name);
  if (!tree) Errorf("template " + Quote(t->name) + " not defined");
  if (depth_ + 1 >= kMaxExecDepth) {
    Errorf("exceeded maximum template depth (" + std::to_string(kMaxExecDepth) + ")");
  }
  Val new_dot = EvalPipeline(dot, t->pipe.get());
  // The callee runs in this state with a fresh variable scope above var_base_.
  const Tree* saved_tree = tree_;
  size_t saved_base = var_base_, mark = vars_.size();
  tree_ = tree;
  var_base_ = mark;
  ++depth_;
  vars_.emplace_back("$", new_dot);
  WalkList(new_dot, tree->root.get());
  --depth_;
  vars_.resize(mark);
  var_base_ = saved_base;
  tree_ = saved_tree;
}

ExecState::Val ExecState::EvalPipeline(const Val& dot, const PipeNode* pipe, size_t ncmds) {
  if (!pipe) return Val{};
  At(pipe);
  Val value;
  bool have = false;
  for (size_t i = 0; i < pipe->cmds.size() && i < ncmds; ++i) {
    value = EvalCommand(dot, pipe->cmds[i].get(), have ? &value : nullptr);
    have = true;
    value.iface = false;  // Go digs the value out of its interface here
  }
  for (const auto& var : pipe->decl) {
    if (pipe->is_assign) {
      SetVar(var->names[0], value);
    } else {
      vars_.emplace_back(var->names[0], value);
    }
  }
  return value;
}

void ExecState::NotAFunction(std::span<const NodePtr> args, const Val* final) {
  if (args.size() > 1 || final) {
    Errorf("can't give argument to non-function " + args[0]->String());
  }
}

ExecState::Val ExecState::EvalCommand(const Val& dot, const CommandNode* cmd, const Val* final) {
  const Node* first = cmd->args[0].get();
  std::span<const NodePtr> args(cmd->args);
  switch (first->type) {
    case NodeType::kField:
      return EvalFieldNode(dot, static_cast<const FieldNode*>(first), args, final);
    case NodeType::kChain:
      return EvalChainNode(dot, static_cast<const ChainNode*>(first), args, final);
    case NodeType::kIdentifier:
      return EvalFunction(dot, static_cast<const IdentifierNode*>(first), cmd, args, final);
    case NodeType::kPipe:
      NotAFunction(args, final);
      return EvalPipeline(dot, static_cast<const PipeNode*>(first));
    case NodeType::kVariable:
      return EvalVariableNode(dot, static_cast<const VariableNode*>(first), args, final);
    default:
      break;
  }
  At(first);
  NotAFunction(args, final);
  switch (first->type) {
    case NodeType::kBool:
      return Val{Value::Bool(static_cast<const BoolNode*>(first)->value)};
    case NodeType::kDot:
      return dot;
    case NodeType::kNil:
      Errorf("nil is not a command");
    case NodeType::kNumber:
      return Val{IdealConstant(static_cast<const NumberNode*>(first))};
    case NodeType::kString:
      return Val{Value::String(static_cast<const StringNode*>(first)->text)};
    default:
      break;
  }
  Errorf("can't evaluate command " + Quote(first->String()));
}

Value ExecState::IdealConstant(const NumberNode* n) {
  At(n);
  const std::string& t = n->text;
  bool hex_int = t.size() > 2 && t[0] == '0' && (t[1] == 'x' || t[1] == 'X') &&
                 t.find_first_of("pP") == std::string::npos;
  bool rune_int = !t.empty() && t[0] == '\'';
  if (n->is_float && !hex_int && !rune_int && t.find_first_of(".eEpP") != std::string::npos) {
    return Value::Float(n->float_value);
  }
  if (n->is_int) return Value::Int(n->int_value);
  if (n->is_uint) Errorf(t + " overflows int");
  return Value();
}

ExecState::Val ExecState::EvalFieldNode(const Val& dot, const FieldNode* field,
                                        std::span<const NodePtr> args, const Val* final) {
  At(field);
  return EvalFieldChain(dot, dot, field, field->names, args, final);
}

ExecState::Val ExecState::EvalChainNode(const Val& dot, const ChainNode* chain,
                                        std::span<const NodePtr> args, const Val* final) {
  At(chain);
  if (chain->node->type == NodeType::kNil) {
    Errorf("indirection through explicit nil in " + chain->String());
  }
  Val pipe{EvalArg(dot, ParamKind::kAny, chain->node.get()), false};
  return EvalFieldChain(dot, pipe, chain, chain->fields, args, final);
}

ExecState::Val ExecState::EvalVariableNode(const Val& dot, const VariableNode* var,
                                           std::span<const NodePtr> args, const Val* final) {
  At(var);
  Val value = VarValue(var->names[0]);
  if (var->names.size() == 1) {
    NotAFunction(args, final);
    return value;
  }
  return EvalFieldChain(dot, value, var, std::span(var->names).subspan(1), args, final);
}

ExecState::Val ExecState::EvalFieldChain(const Val& dot, Val receiver, const Node* node,
                                         std::span<const std::string> idents,
                                         std::span<const NodePtr> args, const Val* final) {
  size_t n = idents.size();
  for (size_t i = 0; i + 1 < n; ++i) {
    receiver = EvalField(dot, idents[i], node, {}, nullptr, receiver);
  }
  return EvalField(dot, idents[n - 1], node, args, final, receiver);
}

ExecState::Val ExecState::EvalField(const Val& dot, const std::string& name, const Node* node,
                                    std::span<const NodePtr> args, const Val* final,
                                    const Val& receiver) {
  const Value& r = receiver.v;
  if (r.is_null()) {
    if (!receiver.iface) return Val{};  // an invalid value: Go yields no value
    Errorf("nil pointer evaluating interface {}." + name);
  }
  std::string type = receiver.iface ? "interface {}" : GoTypeName(r);
  bool has_args = args.size() > 1 || final;
  switch (r.kind()) {
    case ValueKind::kMap: {
      if (has_args) Errorf(name + " is not a method but has arguments");
      const Value* found = r.Find(name);
      // Hugo hands a params map's nil entry over as no value at all, like a missing key,
      // so `.Params.a.b` with `a: null` is empty rather than an error.
      if (!found || (r.is_params() && found->is_null())) return Val{};
      return Val{*found, true};
    }
    case ValueKind::kInt:
      // Of the ints only time.Month and time.Weekday have methods.
      if (r.int_type() != IntType::kMonth && r.int_type() != IntType::kWeekday) break;
      [[fallthrough]];
    case ValueKind::kObject:
    case ValueKind::kTime: {
      std::vector<Value> argv;
      for (size_t i = 1; i < args.size(); ++i) {
        argv.push_back(EvalArg(dot, ParamKind::kAny, args[i].get()));
      }
      if (final) argv.push_back(final->v);
      StatusOr<Value> result = r.kind() == ValueKind::kObject ? r.AsObject().Member(name, argv)
                               : r.kind() == ValueKind::kTime ? TimeMember(r.AsTime(), name, argv)
                                                              : NamedIntMember(r, name, argv);
      if (result.ok()) return Val{std::move(result).value(), false};
      At(node);
      if (result.status().code() == StatusCode::kNotFound) {
        Errorf("can't evaluate field " + name + " in type " + type);
      }
      if (result.status().code() == StatusCode::kInvalidArgument) {
        Errorf(result.status().message());
      }
      Errorf("error calling " + name + ": " + result.status().message());
    }
    default:
      break;
  }
  Errorf("can't evaluate field " + name + " in type " + type);
}

ExecState::Val ExecState::EvalFunction(const Val& dot, const IdentifierNode* ident, const Node* cmd,
                                       std::span<const NodePtr> args, const Val* final) {
  At(ident);
  const Function* fn = ident->fn;
  if (!fn && set_->funcs()) fn = set_->funcs()->Find(ident->name);
  if (!fn) fn = FindEscapeFunction(ident->name);
  if (!fn) Errorf(Quote(ident->name) + " is not a defined function");
  return EvalCall(dot, *fn, cmd, ident->name, args, final);
}

ExecState::Val ExecState::EvalCall(const Val& dot, const Function& fn, const Node* node,
                                   const std::string& name, std::span<const NodePtr> args,
                                   const Val* final) {
  if (!args.empty()) args = args.subspan(1);
  size_t num_in = args.size() + (final ? 1 : 0);
  size_t num_params = fn.params.size() + (fn.variadic ? 1 : 0);
  size_t num_fixed = args.size();
  if (fn.variadic) {
    num_fixed = fn.params.size();
    if (num_in < num_fixed) {
      Errorf("wrong number of args for " + name + ": want at least " +
             std::to_string(num_params - 1) + " got " + std::to_string(args.size()));
    }
  } else if (num_in != num_params) {
    Errorf("wrong number of args for " + name + ": want " + std::to_string(num_params) + " got " +
           std::to_string(num_in));
  }
  if (fn.builtin && (name == "and" || name == "or")) {
    Value v;
    for (const NodePtr& arg : args) {
      v = EvalArg(dot, ParamKind::kAny, arg.get());
      if (v.IsTruthy() == (name == "or")) return Val{v};
    }
    if (final) v = final->v;
    return Val{v};
  }
  // Arguments live on the stack unless there are many.
  constexpr size_t kInline = 6;
  Value inline_args[kInline];
  std::vector<Value> heap_args;
  Value* argv = inline_args;
  if (num_in > kInline) {
    heap_args.resize(num_in);
    argv = heap_args.data();
  }
  size_t i = 0;
  for (; i < num_fixed && i < args.size(); ++i) {
    argv[i] = EvalArg(dot, fn.params[i], args[i].get());
  }
  if (fn.variadic) {
    for (; i < args.size(); ++i) argv[i] = EvalArg(dot, fn.variadic_kind, args[i].get());
  }
  if (final) {
    ParamKind k = fn.variadic ? (num_in - 1 < num_fixed ? fn.params[num_in - 1] : fn.variadic_kind)
                              : fn.params.back();
    argv[i] = ValidateType(*final, k);
  }
  StatusOr<Value> result = fn.impl(CallContext(this), std::span<const Value>(argv, num_in));
  if (!result.ok()) {
    At(node);
    Errorf("error calling " + name + ": " + result.status().message());
  }
  return Val{std::move(result).value(), false};
}

Value ExecState::ValidateType(const Val& v, ParamKind kind) {
  if (kind == ParamKind::kAny) return v.v;
  if (v.v.is_null()) {
    if (v.iface) {
      Errorf(std::string("wrong type for value; expected ") + ParamKindName(kind) +
             "; got interface {}");
    }
    Errorf(std::string("invalid value; expected ") + ParamKindName(kind));
  }
  bool ok = false;
  switch (kind) {
    case ParamKind::kString:
      ok = v.v.is_string() && v.v.safe_kind() == SafeKind::kNone;
      break;
    case ParamKind::kInt:
      ok = v.v.kind() == ValueKind::kInt;
      break;
    case ParamKind::kFloat:
      ok = v.v.kind() == ValueKind::kFloat;
      break;
    case ParamKind::kBool:
      ok = v.v.kind() == ValueKind::kBool;
      break;
    case ParamKind::kAny:
      ok = true;
      break;
  }
  if (!ok) {
    Errorf(std::string("wrong type for value; expected ") + ParamKindName(kind) + "; got " +
           GoTypeName(v.v));
  }
  return v.v;
}

Value ExecState::EvalArg(const Val& dot, ParamKind kind, const Node* n) {
  At(n);
  switch (n->type) {
    case NodeType::kDot:
      return ValidateType(dot, kind);
    case NodeType::kNil:
      if (kind == ParamKind::kAny) return Value();
      Errorf(std::string("cannot assign nil to ") + ParamKindName(kind));
    case NodeType::kField:
      return ValidateType(
          EvalFieldNode(dot, static_cast<const FieldNode*>(n), std::span<const NodePtr>(), nullptr),
          kind);
    case NodeType::kVariable:
      return ValidateType(EvalVariableNode(dot, static_cast<const VariableNode*>(n), {}, nullptr),
                          kind);
    case NodeType::kPipe:
      return ValidateType(EvalPipeline(dot, static_cast<const PipeNode*>(n)), kind);
    case NodeType::kIdentifier:
      return ValidateType(EvalFunction(dot, static_cast<const IdentifierNode*>(n), n, {}, nullptr),
                          kind);
    case NodeType::kChain:
      return ValidateType(EvalChainNode(dot, static_cast<const ChainNode*>(n), {}, nullptr), kind);
    default:
      break;
  }
  switch (kind) {
    case ParamKind::kBool:
      if (n->type == NodeType::kBool) return Value::Bool(static_cast<const BoolNode*>(n)->value);
      Errorf("expected bool; found " + n->String());
    case ParamKind::kString:
      if (n->type == NodeType::kString) {
        return Value::String(static_cast<const StringNode*>(n)->text);
      }
      Errorf("expected string; found " + n->String());
    case ParamKind::kInt:
      if (n->type == NodeType::kNumber && static_cast<const NumberNode*>(n)->is_int) {
        return Value::Int(static_cast<const NumberNode*>(n)->int_value);
      }
      Errorf("expected integer; found " + n->String());
    case ParamKind::kFloat:
      if (n->type == NodeType::kNumber && static_cast<const NumberNode*>(n)->is_float) {
        return Value::Float(static_cast<const NumberNode*>(n)->float_value);
      }
      Errorf("expected float; found " + n->String());
    case ParamKind::kAny:
      switch (n->type) {
        case NodeType::kBool:
          return Value::Bool(static_cast<const BoolNode*>(n)->value);
        case NodeType::kNumber:
          return IdealConstant(static_cast<const NumberNode*>(n));
        case NodeType::kString:
          return Value::String(static_cast<const StringNode*>(n)->text);
        default:
          break;
      }
  }
  Errorf("can't handle assignment of " + n->String() + " to empty interface argument");
}

void ExecState::PrintValue(const Node* node, const Val& v) {
  At(node);
  if (v.v.is_null()) {
    out_->append("<no value>");
    return;
  }
  if (AsFuncValue(v.v) != nullptr) {
    Errorf("can't print " + node->String() + " of type " + GoTypeName(v.v));
  }
  AppendGoValue(out_, v.v);
}

const ExecState::Val& ExecState::VarValue(std::string_view name) {
  for (size_t i = vars_.size(); i-- > var_base_;) {
    if (vars_[i].first == name) return vars_[i].second;
  }
  Errorf("undefined variable: " + std::string(name));
}

void ExecState::SetVar(std::string_view name, const Val& v) {
  for (size_t i = vars_.size(); i-- > var_base_;) {
    if (vars_[i].first == name) {
      vars_[i].second = v;
      return;
    }
  }
  Errorf("undefined variable: " + std::string(name));
}

}  // namespace kiln::tmpl
