#include "template/ast.h"

namespace kiln::tmpl {

namespace {

template <typename T>
std::unique_ptr<T> CloneAs(const std::unique_ptr<T>& p) {
  if (!p) return nullptr;
  return std::unique_ptr<T>(static_cast<T*>(p->Clone().release()));
}

void AppendJoined(std::string* out, const std::vector<std::string>& names, bool leading_dot) {
  for (size_t i = 0; i < names.size(); ++i) {
    if (leading_dot || i > 0) out->push_back('.');
    out->append(names[i]);
  }
}

}  // namespace

void TextNode::AppendString(std::string* out) const { out->append(text); }
NodePtr TextNode::Clone() const { return std::make_unique<TextNode>(pos, text); }

void ListNode::AppendString(std::string* out) const {
  for (const NodePtr& n : nodes) n->AppendString(out);
}
NodePtr ListNode::Clone() const { return CloneList(); }
std::unique_ptr<ListNode> ListNode::CloneList() const {
  auto l = std::make_unique<ListNode>(pos);
  l->nodes.reserve(nodes.size());
  for (const NodePtr& n : nodes) l->nodes.push_back(n->Clone());
  return l;
}

void CommentNode::AppendString(std::string* out) const {
  out->append("{{");
  out->append(text);
  out->append("}}");
}
NodePtr CommentNode::Clone() const { return std::make_unique<CommentNode>(pos, text); }

void VariableNode::AppendString(std::string* out) const { AppendJoined(out, names, false); }
NodePtr VariableNode::Clone() const { return std::make_unique<VariableNode>(pos, names); }

void PipeNode::AppendString(std::string* out) const {
  for (size_t i = 0; i < decl.size(); ++i) {
    if (i > 0) out->append(", ");
    decl[i]->AppendString(out);
  }
  if (!decl.empty()) out->append(is_assign ? " = " : " := ");
  for (size_t i = 0; i < cmds.size(); ++i) {
    if (i > 0) out->append(" | ");
    cmds[i]->AppendString(out);
  }
}
NodePtr PipeNode::Clone() const { return ClonePipe(); }
std::unique_ptr<PipeNode> PipeNode::ClonePipe() const {
  auto p = std::make_unique<PipeNode>(pos, line);
  p->is_assign = is_assign;
  for (const auto& d : decl) p->decl.push_back(CloneAs(d));
  for (const auto& c : cmds) p->cmds.push_back(CloneAs(c));
  return p;
}

void CommandNode::AppendString(std::string* out) const {
  for (size_t i = 0; i < args.size(); ++i) {
    if (i > 0) out->push_back(' ');
    if (args[i]->type == NodeType::kPipe) {
      out->push_back('(');
      args[i]->AppendString(out);
      out->push_back(')');
    } else {
      args[i]->AppendString(out);
    }
  }
}
NodePtr CommandNode::Clone() const {
  auto c = std::make_unique<CommandNode>(pos);
  for (const NodePtr& a : args) c->args.push_back(a->Clone());
  return c;
}

void ActionNode::AppendString(std::string* out) const {
  out->append("{{");
  pipe->AppendString(out);
  out->append("}}");
}
NodePtr ActionNode::Clone() const {
  return std::make_unique<ActionNode>(pos, line, pipe->ClonePipe());
}

void IdentifierNode::AppendString(std::string* out) const { out->append(name); }
NodePtr IdentifierNode::Clone() const { return std::make_unique<IdentifierNode>(pos, name, fn); }

void DotNode::AppendString(std::string* out) const { out->push_back('.'); }
NodePtr DotNode::Clone() const { return std::make_unique<DotNode>(pos); }

void NilNode::AppendString(std::string* out) const { out->append("nil"); }
NodePtr NilNode::Clone() const { return std::make_unique<NilNode>(pos); }

void FieldNode::AppendString(std::string* out) const { AppendJoined(out, names, true); }
NodePtr FieldNode::Clone() const { return std::make_unique<FieldNode>(pos, names); }

void ChainNode::AppendString(std::string* out) const {
  if (node->type == NodeType::kPipe) {
    out->push_back('(');
    node->AppendString(out);
    out->push_back(')');
  } else {
    node->AppendString(out);
  }
  AppendJoined(out, fields, true);
}
NodePtr ChainNode::Clone() const {
  auto c = std::make_unique<ChainNode>(pos, node->Clone());
  c->fields = fields;
  return c;
}

void BoolNode::AppendString(std::string* out) const { out->append(value ? "true" : "false"); }
NodePtr BoolNode::Clone() const { return std::make_unique<BoolNode>(pos, value); }

void NumberNode::AppendString(std::string* out) const { out->append(text); }
NodePtr NumberNode::Clone() const {
  auto n = std::make_unique<NumberNode>(pos);
  n->is_int = is_int;
  n->is_uint = is_uint;
  n->is_float = is_float;
  n->is_complex = is_complex;
  n->int_value = int_value;
  n->uint_value = uint_value;
  n->float_value = float_value;
  n->text = text;
  return n;
}

void StringNode::AppendString(std::string* out) const { out->append(quoted); }
NodePtr StringNode::Clone() const { return std::make_unique<StringNode>(pos, quoted, text); }

void BranchNode::AppendString(std::string* out) const {
  const char* name = type == NodeType::kIf ? "if" : type == NodeType::kRange ? "range" : "with";
  out->append("{{");
  out->append(name);
  out->push_back(' ');
  pipe->AppendString(out);
  out->append("}}");
  list->AppendString(out);
  if (else_list) {
    out->append("{{else}}");
    else_list->AppendString(out);
  }
  out->append("{{end}}");
}
NodePtr BranchNode::Clone() const {
  auto b = std::make_unique<BranchNode>(type, pos, line);
  b->pipe = pipe->ClonePipe();
  b->list = list->CloneList();
  if (else_list) b->else_list = else_list->CloneList();
  return b;
}

void TemplateNode::AppendString(std::string* out) const {
  out->append("{{template \"");
  out->append(name);
  out->push_back('"');
  if (pipe) {
    out->push_back(' ');
    pipe->AppendString(out);
  }
  out->append("}}");
}
NodePtr TemplateNode::Clone() const {
  auto t = std::make_unique<TemplateNode>(pos, line, name);
  if (pipe) t->pipe = pipe->ClonePipe();
  return t;
}

void LoopControlNode::AppendString(std::string* out) const {
  out->append(type == NodeType::kBreak ? "{{break}}" : "{{continue}}");
}
NodePtr LoopControlNode::Clone() const { return std::make_unique<LoopControlNode>(type, pos); }

}  // namespace kiln::tmpl
