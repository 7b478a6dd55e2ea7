// html/template's contextual autoescaper: walks a template's tree tracking the HTML, CSS,
// JS and URL context each action lands in, and appends the matching escaping functions to
// each action's pipeline, as Go's html/template does. Templates called from a context other
// than plain HTML text are escaped as context-specific copies ("name$htmltemplate_...").
//
// An Escaper mutates the TemplateSet it was given (it adds escaped copies of the trees it
// touches); use it only while the set is being built, on one thread.
#ifndef KILN_TEMPLATE_ESCAPER_H_
#define KILN_TEMPLATE_ESCAPER_H_

#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "template/html_context.h"
#include "template/parser.h"

namespace kiln::tmpl {

class TemplateSet;

class Escaper {
 public:
  explicit Escaper(TemplateSet* set) : set_(set) {}

  // Escapes the template `name` (starting in HTML text) and everything it calls, then
  // replaces those trees in the set. Errors use Go's html/template wording.
  Status EscapeEntry(std::string_view name);
  const std::vector<std::string>& escaped_names() const { return escaped_names_; }

 private:
  // Loop state for {{break}} and {{continue}} inside {{range}}.
  struct RangeContext {
    RangeContext* outer = nullptr;
    std::vector<Context> breaks;
    std::vector<Context> continues;
  };
  // What one (possibly tentative) escaping pass found, as Go's escaper struct.
  struct Pass {
    std::map<std::string, Context> output;
    std::set<std::string> derived;
    std::set<std::string> called;
    std::map<ActionNode*, std::vector<std::string>> action_edits;
    std::map<TemplateNode*, std::string> template_edits;
    std::map<TextNode*, std::string> text_edits;
    RangeContext* range = nullptr;
  };

  Context Escape(Pass& p, Context c, Node* n);
  Context EscapeAction(Pass& p, Context c, ActionNode* n);
  Context EscapeBranch(Pass& p, Context c, BranchNode* n, const char* name);
  Context EscapeList(Pass& p, Context c, ListNode* n);
  std::pair<Context, bool> EscapeListConditionally(Pass& p, Context c, ListNode* n,
                                                   const Tree* filter_tree, const Context* c0);
  Context EscapeTemplateCall(Pass& p, Context c, TemplateNode* n);
  std::pair<Context, std::string> EscapeTree(Pass& p, Context c, const Node* node,
                                             const std::string& name, int line);
  Context ComputeOutCtx(Pass& p, Context c, Tree* t);
  std::pair<Context, bool> EscapeTemplateBody(Pass& p, Context c, Tree* t);
  Context EscapeText(Pass& p, Context c, TextNode* n);
  Context Join(Context a, Context b, const Node* node, const char* node_name);
  Context JoinRange(Context c0, RangeContext* rc);
  Context Err(std::string description, const Node* node, int line = 0);
  void Commit(Pass& p);

  // The working (mutable) copy of template `name`, cloned from the set on first use.
  Tree* Lookup(const std::string& name);

  TemplateSet* set_;
  std::map<std::string, std::unique_ptr<Tree>> work_;
  const Tree* tree_ = nullptr;  // the tree being escaped, for error locations
  std::vector<std::string> escaped_names_;
};

}  // namespace kiln::tmpl

#endif  // KILN_TEMPLATE_ESCAPER_H_
