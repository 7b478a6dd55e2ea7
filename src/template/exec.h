// The executor: walks a parsed Tree against a dot Value, writing into one output string,
// with Go's text/template semantics (field and map-key chains, method calls on Objects,
// variables scoped per block, range/with/if, break/continue, template calls, function
// calls with Go's argument conversion) and its error messages ("template: x:1:5:
// executing \"x\" at <.Foo>: can't evaluate field Foo in type int").
//
// An ExecState lives for one Execute call on one thread; the Trees and the FuncMap it
// reads are shared and immutable.
#ifndef KILN_TEMPLATE_EXEC_H_
#define KILN_TEMPLATE_EXEC_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/status.h"
#include "template/ast.h"
#include "template/functions.h"
#include "template/parser.h"
#include "value/value.h"

namespace kiln::tmpl {

class TemplateSet;

// Go bounds template recursion; this bound keeps the C++ stack safe.
inline constexpr int kMaxExecDepth = 2000;

class ExecState {
 public:
  ExecState(const TemplateSet* set, std::string* out, int depth = 0)
      : set_(set), out_(out), depth_(depth) {}

  // Runs `tree` with `data` as dot and $.
  Status Run(const Tree* tree, const Value& data);

  const TemplateSet* set() const { return set_; }
  int depth() const { return depth_; }
  // Where the value of the template's result pipeline goes, or null when the caller wants
  // only its output.
  void set_returned(std::optional<Value>* returned) { returned_ = returned; }

 private:
  // A value plus whether it was read out of an interface{} container (a map value or list
  // element): Go then names its type "interface {}" and calls a nil one a nil pointer.
  // A null Value with iface false is Go's invalid "no value".
  struct Val {
    Value v;
    bool iface = false;
  };
  enum class Flow { kNormal, kBreak, kContinue };

  Flow Walk(const Val& dot, const Node* node);
  Flow WalkList(const Val& dot, const ListNode* list);
  Flow WalkIfOrWith(const Val& dot, const BranchNode* node);
  void WalkRange(const Val& dot, const BranchNode* node);
  void WalkTemplate(const Val& dot, const TemplateNode* node);

  // Evaluates the first `ncmds` commands of `pipe` (all of them by default).
  Val EvalPipeline(const Val& dot, const PipeNode* pipe, size_t ncmds = SIZE_MAX);
  Val EvalCommand(const Val& dot, const CommandNode* cmd, const Val* final);
  Val EvalFieldNode(const Val& dot, const FieldNode* field, std::span<const NodePtr> args,
                    const Val* final);
  Val EvalChainNode(const Val& dot, const ChainNode* chain, std::span<const NodePtr> args,
                    const Val* final);
  Val EvalVariableNode(const Val& dot, const VariableNode* var, std::span<const NodePtr> args,
                       const Val* final);
  Val EvalFieldChain(const Val& dot, Val receiver, const Node* node,
                     std::span<const std::string> idents, std::span<const NodePtr> args,
                     const Val* final);
  Val EvalField(const Val& dot, const std::string& name, const Node* node,
                std::span<const NodePtr> args, const Val* final, const Val& receiver);
  Val EvalFunction(const Val& dot, const IdentifierNode* ident, const Node* cmd,
                   std::span<const NodePtr> args, const Val* final);
  Val EvalCall(const Val& dot, const Function& fn, const Node* node, const std::string& name,
               std::span<const NodePtr> args, const Val* final);
  Value EvalArg(const Val& dot, ParamKind kind, const Node* node);
  Value ValidateType(const Val& v, ParamKind kind);
  Value IdealConstant(const NumberNode* n);
  void NotAFunction(std::span<const NodePtr> args, const Val* final);
  void PrintValue(const Node* node, const Val& v);

  const Val& VarValue(std::string_view name);
  void SetVar(std::string_view name, const Val& v);

  void At(const Node* node) { node_ = node; }
  [[noreturn]] void Errorf(const std::string& message);

  const TemplateSet* set_;
  std::string* out_;
  int depth_;
  const Tree* tree_ = nullptr;
  const Node* node_ = nullptr;
  std::vector<std::pair<std::string_view, Val>> vars_;
  size_t var_base_ = 0;  // variables below this index belong to calling templates
  std::optional<Value>* returned_ = nullptr;
};

}  // namespace kiln::tmpl

#endif  // KILN_TEMPLATE_EXEC_H_
