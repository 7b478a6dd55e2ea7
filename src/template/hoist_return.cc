#include "template/hoist_return.h"

namespace kiln::tmpl {

namespace {

bool IsReturn(const CommandNode& cmd, std::string_view ident) {
  if (cmd.args.size() < 2 || cmd.args[0]->type != NodeType::kIdentifier) return false;
  return static_cast<const IdentifierNode*>(cmd.args[0].get())->name == ident;
}

// Takes the return command out of `pipe`, or returns null.
std::unique_ptr<CommandNode> TakeFromPipe(PipeNode* pipe, std::string_view ident) {
  for (auto it = pipe->cmds.begin(); it != pipe->cmds.end(); ++it) {
    if (!IsReturn(**it, ident)) continue;
    std::unique_ptr<CommandNode> cmd = std::move(*it);
    pipe->cmds.erase(it);
    return cmd;
  }
  return nullptr;
}

std::unique_ptr<CommandNode> TakeFromList(ListNode* list, std::string_view ident) {
  if (list == nullptr) return nullptr;
  for (auto it = list->nodes.begin(); it != list->nodes.end(); ++it) {
    Node* n = it->get();
    std::unique_ptr<CommandNode> found;
    switch (n->type) {
      case NodeType::kAction: {
        PipeNode* pipe = static_cast<ActionNode*>(n)->pipe.get();
        found = TakeFromPipe(pipe, ident);
        // An action left with nothing to run goes too.
        if (found && pipe->cmds.empty()) list->nodes.erase(it);
        break;
      }
      case NodeType::kIf:
      case NodeType::kRange:
      case NodeType::kWith: {
        auto* b = static_cast<BranchNode*>(n);
        found = TakeFromList(b->list.get(), ident);
        if (!found) found = TakeFromList(b->else_list.get(), ident);
        break;
      }
      default:
        break;
    }
    if (found) return found;
  }
  return nullptr;
}

}  // namespace

bool HoistReturn(Tree* tree, std::string_view ident) {
  std::unique_ptr<CommandNode> cmd = TakeFromList(tree->root.get(), ident);
  if (!cmd) return false;
  cmd->args.erase(cmd->args.begin());  // the `return` itself
  auto pipe = std::make_unique<PipeNode>(cmd->pos, 0);
  pipe->cmds.push_back(std::move(cmd));
  tree->result = std::move(pipe);
  return true;
}

}  // namespace kiln::tmpl
