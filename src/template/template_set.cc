#include "template/template_set.h"

#include "template/escape_funcs.h"
#include "template/escaper.h"
#include "template/exec.h"
#include "value/go_format.h"

namespace kiln::tmpl {

Status TemplateSet::Parse(std::string_view name, std::string_view text) {
  FunctionResolver resolve = [this](std::string_view fn) {
    const Function* f = funcs_ ? funcs_->Find(fn) : nullptr;
    return f ? f : FindEscapeFunction(fn);
  };
  ASSIGN_OR_RETURN(auto trees, ParseTemplate(name, text, resolve));
  for (auto& tree : trees) {
    // As Go's associate: a later empty definition never replaces an existing template.
    if (trees_.contains(tree->name) && IsEmptyTree(tree->root.get())) continue;
    AddTree(std::shared_ptr<const Tree>(std::move(tree)));
  }
  return Status::Ok();
}

// Unconditional: the escaper commits its edited copies here, and a template whose only text
// was an HTML comment is empty once escaped yet must still replace the unescaped one.
void TemplateSet::AddTree(std::shared_ptr<const Tree> tree) {
  escaped_.erase(tree->name);
  trees_[tree->name] = std::move(tree);
}

const Tree* TemplateSet::Lookup(std::string_view name) const {
  auto it = trees_.find(name);
  return it == trees_.end() ? nullptr : it->second.get();
}

std::shared_ptr<const Tree> TemplateSet::LookupShared(std::string_view name) const {
  auto it = trees_.find(name);
  return it == trees_.end() ? nullptr : it->second;
}

std::vector<std::string> TemplateSet::Names() const {
  std::vector<std::string> names;
  for (const auto& [name, tree] : trees_) names.push_back(name);
  return names;
}

std::unique_ptr<TemplateSet> TemplateSet::Clone() const {
  auto copy = std::make_unique<TemplateSet>(funcs_);
  copy->trees_ = trees_;
  copy->escaped_ = escaped_;
  return copy;
}

Status TemplateSet::Execute(std::string_view name, const Value& data, std::string* out) const {
  const Tree* tree = Lookup(name);
  if (!tree) {
    std::string q;
    AppendGoQuote(&q, name);
    return InvalidArgumentError("template: no template " + q + " associated with template " + q);
  }
  ExecState state(this, out);
  return state.Run(tree, data);
}

Status TemplateSet::EscapeHTML(std::string_view name) {
  if (escaped_.contains(name)) return Status::Ok();
  Escaper escaper(this);
  RETURN_IF_ERROR(escaper.EscapeEntry(name));
  for (const std::string& n : escaper.escaped_names()) escaped_.insert(n);
  escaped_.insert(std::string(name));
  return Status::Ok();
}

}  // namespace kiln::tmpl
