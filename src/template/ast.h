// The parse tree of a Go template, as text/template/parse builds it: a ListNode of text,
// actions and control structures, with pipelines of commands whose arguments are fields,
// variables, literals, identifiers (functions) and parenthesised pipelines.
//
// Trees are built once by the parser and never changed afterwards (the html escaper
// builds new trees rather than editing), so they may be executed from many threads at
// once. Each node owns its children through unique_ptr; `pos` is the byte offset of the
// node in the template source, for error messages.
#ifndef KILN_TEMPLATE_AST_H_
#define KILN_TEMPLATE_AST_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace kiln::tmpl {

struct Function;

enum class NodeType : uint8_t {
  kText,
  kAction,
  kBool,
  kChain,
  kCommand,
  kDot,
  kField,
  kIdentifier,
  kIf,
  kList,
  kNil,
  kNumber,
  kPipe,
  kRange,
  kString,
  kTemplate,
  kVariable,
  kWith,
  kBreak,
  kContinue,
  kComment,
};

struct Node {
  Node(NodeType t, size_t p) : type(t), pos(p) {}
  virtual ~Node() = default;
  Node(const Node&) = delete;
  Node& operator=(const Node&) = delete;

  // The template text the node was parsed from, reconstructed as Go's String() does; used
  // in "executing ... at <...>" messages.
  virtual void AppendString(std::string* out) const = 0;
  std::string String() const {
    std::string s;
    AppendString(&s);
    return s;
  }
  virtual std::unique_ptr<Node> Clone() const = 0;

  NodeType type;
  size_t pos;
};

using NodePtr = std::unique_ptr<Node>;

struct TextNode final : Node {
  TextNode(size_t p, std::string t) : Node(NodeType::kText, p), text(std::move(t)) {}
  void AppendString(std::string* out) const override;
  NodePtr Clone() const override;
  std::string text;
};

struct ListNode final : Node {
  explicit ListNode(size_t p) : Node(NodeType::kList, p) {}
  void AppendString(std::string* out) const override;
  NodePtr Clone() const override;
  std::unique_ptr<ListNode> CloneList() const;
  std::vector<NodePtr> nodes;
};

struct CommentNode final : Node {
  CommentNode(size_t p, std::string t) : Node(NodeType::kComment, p), text(std::move(t)) {}
  void AppendString(std::string* out) const override;
  NodePtr Clone() const override;
  std::string text;
};

// $x, $x.Field.Chain, or $ itself. `names[0]` is the variable name including '$'.
struct VariableNode final : Node {
  VariableNode(size_t p, std::vector<std::string> n)
      : Node(NodeType::kVariable, p), names(std::move(n)) {}
  void AppendString(std::string* out) const override;
  NodePtr Clone() const override;
  std::vector<std::string> names;
};

struct CommandNode;

struct PipeNode final : Node {
  PipeNode(size_t p, int l) : Node(NodeType::kPipe, p), line(l) {}
  void AppendString(std::string* out) const override;
  NodePtr Clone() const override;
  std::unique_ptr<PipeNode> ClonePipe() const;
  int line;
  bool is_assign = false;  // `=` rather than `:=`
  std::vector<std::unique_ptr<VariableNode>> decl;
  std::vector<std::unique_ptr<CommandNode>> cmds;
};

struct CommandNode final : Node {
  explicit CommandNode(size_t p) : Node(NodeType::kCommand, p) {}
  void AppendString(std::string* out) const override;
  NodePtr Clone() const override;
  std::vector<NodePtr> args;
};

struct ActionNode final : Node {
  ActionNode(size_t p, int l, std::unique_ptr<PipeNode> pp)
      : Node(NodeType::kAction, p), line(l), pipe(std::move(pp)) {}
  void AppendString(std::string* out) const override;
  NodePtr Clone() const override;
  int line;
  std::unique_ptr<PipeNode> pipe;
};

struct IdentifierNode final : Node {
  IdentifierNode(size_t p, std::string n, const Function* f = nullptr)
      : Node(NodeType::kIdentifier, p), name(std::move(n)), fn(f) {}
  void AppendString(std::string* out) const override;
  NodePtr Clone() const override;
  std::string name;
  const Function* fn;  // resolved when parsed, so execution needs no lookup; may be null
};

struct DotNode final : Node {
  explicit DotNode(size_t p) : Node(NodeType::kDot, p) {}
  void AppendString(std::string* out) const override;
  NodePtr Clone() const override;
};

struct NilNode final : Node {
  explicit NilNode(size_t p) : Node(NodeType::kNil, p) {}
  void AppendString(std::string* out) const override;
  NodePtr Clone() const override;
};

// .A.B.C
struct FieldNode final : Node {
  FieldNode(size_t p, std::vector<std::string> n)
      : Node(NodeType::kField, p), names(std::move(n)) {}
  void AppendString(std::string* out) const override;
  NodePtr Clone() const override;
  std::vector<std::string> names;
};

// (pipeline).A.B or other term followed by fields.
struct ChainNode final : Node {
  ChainNode(size_t p, NodePtr n) : Node(NodeType::kChain, p), node(std::move(n)) {}
  void AppendString(std::string* out) const override;
  NodePtr Clone() const override;
  NodePtr node;
  std::vector<std::string> fields;
};

struct BoolNode final : Node {
  BoolNode(size_t p, bool v) : Node(NodeType::kBool, p), value(v) {}
  void AppendString(std::string* out) const override;
  NodePtr Clone() const override;
  bool value;
};

struct NumberNode final : Node {
  explicit NumberNode(size_t p) : Node(NodeType::kNumber, p) {}
  void AppendString(std::string* out) const override;
  NodePtr Clone() const override;
  bool is_int = false, is_uint = false, is_float = false, is_complex = false;
  int64_t int_value = 0;
  uint64_t uint_value = 0;
  double float_value = 0;
  std::string text;
};

struct StringNode final : Node {
  StringNode(size_t p, std::string q, std::string t)
      : Node(NodeType::kString, p), quoted(std::move(q)), text(std::move(t)) {}
  void AppendString(std::string* out) const override;
  NodePtr Clone() const override;
  std::string quoted;
  std::string text;
};

// if, range and with share one shape.
struct BranchNode final : Node {
  BranchNode(NodeType t, size_t p, int l) : Node(t, p), line(l) {}
  void AppendString(std::string* out) const override;
  NodePtr Clone() const override;
  int line;
  std::unique_ptr<PipeNode> pipe;
  std::unique_ptr<ListNode> list;
  std::unique_ptr<ListNode> else_list;  // may be null
};

struct TemplateNode final : Node {
  TemplateNode(size_t p, int l, std::string n)
      : Node(NodeType::kTemplate, p), line(l), name(std::move(n)) {}
  void AppendString(std::string* out) const override;
  NodePtr Clone() const override;
  int line;
  std::string name;
  std::unique_ptr<PipeNode> pipe;  // may be null
};

struct LoopControlNode final : Node {  // break and continue
  LoopControlNode(NodeType t, size_t p) : Node(t, p) {}
  void AppendString(std::string* out) const override;
  NodePtr Clone() const override;
};

}  // namespace kiln::tmpl

#endif  // KILN_TEMPLATE_AST_H_
