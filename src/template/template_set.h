// A set of named templates that may call one another ({{template}}, {{define}},
// {{block}}), like a Go *template.Template and its associated templates.
//
// Build a set single-threaded: Parse() texts into it (later definitions replace earlier
// ones, except that an empty body never replaces a real one, as in Go), Clone() it to
// overlay page-specific definitions on a shared base (Hugo's baseof.html + define "main"),
// and for HTML output call EscapeHTML() on each entry template. After that the set is
// immutable and Execute() may run from many threads at once without locks. Trees are held
// by shared_ptr<const Tree>, so clones share them. The FuncMap is borrowed and must outlive
// the set.
#ifndef KILN_TEMPLATE_TEMPLATE_SET_H_
#define KILN_TEMPLATE_TEMPLATE_SET_H_

#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "template/functions.h"
#include "template/parser.h"
#include "value/value.h"

namespace kiln::tmpl {

class TemplateSet {
 public:
  explicit TemplateSet(const FuncMap* funcs) : funcs_(funcs) {}

  // Parses `text` as the template `name` plus its definitions, adding them to the set.
  Status Parse(std::string_view name, std::string_view text);

  // Adds (or replaces) one tree, as Go's AddParseTree.
  void AddTree(std::shared_ptr<const Tree> tree);

  const Tree* Lookup(std::string_view name) const;
  std::shared_ptr<const Tree> LookupShared(std::string_view name) const;
  std::vector<std::string> Names() const;

  // A copy sharing every tree; definitions parsed into the copy do not affect this set.
  std::unique_ptr<TemplateSet> Clone() const;

  // Applies html/template's contextual autoescaping to the template `name` and every
  // template it calls (adding context-specific copies where a template is called from a
  // non-HTML-text context). Idempotent per name. Errors use Go's html/template wording.
  Status EscapeHTML(std::string_view name);

  // Executes the template `name` with `data` as dot, appending the output to `out`. On
  // error `out` holds the output written before the failure, as Go's writer would.
  Status Execute(std::string_view name, const Value& data, std::string* out) const;

  const FuncMap* funcs() const { return funcs_; }

 private:
  friend class Escaper;

  const FuncMap* funcs_;
  std::map<std::string, std::shared_ptr<const Tree>, std::less<>> trees_;
  std::set<std::string, std::less<>> escaped_;
};

}  // namespace kiln::tmpl

#endif  // KILN_TEMPLATE_TEMPLATE_SET_H_
