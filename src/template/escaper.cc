#include "template/escaper.h"

#include "template/escape_funcs.h"
#include "template/template_set.h"
#include "value/go_format.h"

namespace kiln::tmpl {

namespace {

bool IsPredefinedEscaper(std::string_view name) { return name == "html" || name == "urlquery"; }

std::string NormalizeEscFn(const std::string& e) {
  if (e == "_html_template_attrescaper" || e == "_html_template_htmlescaper" ||
      e == "_html_template_rcdataescaper") {
    return "html";
  }
  if (e == "_html_template_urlescaper" || e == "_html_template_urlnormalizer") return "urlquery";
  return e;
}

// Whether escaper `next` is redundant right after `last`.
bool Redundant(const std::string& last, const std::string& next) {
  if (last == "_html_template_commentescaper") {
    return next == "_html_template_attrescaper" || next == "_html_template_nospaceescaper" ||
           next == "_html_template_htmlescaper";
  }
  if (last == "_html_template_cssescaper" || last == "_html_template_jsregexpescaper" ||
      last == "_html_template_jsstrescaper") {
    return next == "_html_template_attrescaper";
  }
  if (last == "_html_template_urlescaper") return next == "_html_template_urlnormalizer";
  return false;
}

const IdentifierNode* FirstIdent(const CommandNode* cmd) {
  if (cmd->args.empty() || cmd->args[0]->type != NodeType::kIdentifier) return nullptr;
  return static_cast<const IdentifierNode*>(cmd->args[0].get());
}

std::unique_ptr<CommandNode> NewIdentCmd(const std::string& name, size_t pos) {
  auto cmd = std::make_unique<CommandNode>(pos);
  cmd->args.push_back(std::make_unique<IdentifierNode>(pos, name, FindEscapeFunction(name)));
  return cmd;
}

void AppendCmd(std::vector<std::unique_ptr<CommandNode>>* cmds, std::unique_ptr<CommandNode> cmd) {
  if (!cmds->empty()) {
    const IdentifierNode* last = FirstIdent(cmds->back().get());
    const IdentifierNode* next = FirstIdent(cmd.get());
    if (last && next && Redundant(last->name, next->name)) return;
  }
  cmds->push_back(std::move(cmd));
}

// Go's ensurePipelineContains: appends the escapers `s` not already at the pipeline's end.
void EnsurePipelineContains(PipeNode* p, std::vector<std::string> s) {
  if (s.empty()) return;
  size_t len = p->cmds.size();
  if (len > 0) {
    CommandNode* last = p->cmds[len - 1].get();
    if (const IdentifierNode* id = FirstIdent(last); id && IsPredefinedEscaper(id->name)) {
      std::string esc = id->name;
      if (p->cmds.size() == 1 && last->args.size() > 1) {
        size_t pos = last->args[0]->pos;
        last->args[0] =
            std::make_unique<IdentifierNode>(pos, "_eval_args_", FindEscapeFunction("_eval_args_"));
        AppendCmd(&p->cmds, NewIdentCmd(esc, p->pos));
        ++len;
      }
      bool dup = false;
      for (std::string& e : s) {
        if (NormalizeEscFn(esc) == NormalizeEscFn(e)) {
          e = esc;
          dup = true;
        }
      }
      if (dup) --len;
    }
  }
  std::vector<std::unique_ptr<CommandNode>> cmds;
  std::set<std::string> inserted;
  for (size_t i = 0; i < len; ++i) {
    if (const IdentifierNode* id = FirstIdent(p->cmds[i].get())) {
      inserted.insert(NormalizeEscFn(id->name));
    }
    cmds.push_back(std::move(p->cmds[i]));
  }
  for (const std::string& name : s) {
    if (!inserted.contains(NormalizeEscFn(name))) AppendCmd(&cmds, NewIdentCmd(name, p->pos));
  }
  p->cmds = std::move(cmds);
}

Context DeadContext() {
  Context c;
  c.state = State::kDead;
  return c;
}

Context Nudge(Context c) {
  switch (c.state) {
    case State::kTag:
      c.state = State::kAttrName;
      break;
    case State::kBeforeValue:
      c.state = c.attr == Attr::kScript   ? State::kJS
                : c.attr == Attr::kStyle  ? State::kCSS
                : c.attr == Attr::kURL    ? State::kURL
                : c.attr == Attr::kSrcset ? State::kSrcset
                                          : State::kAttr;
      c.delim = Delim::kSpaceOrTagEnd;
      c.attr = Attr::kNone;
      break;
    case State::kAfterName:
      c.state = State::kAttrName;
      c.attr = Attr::kNone;
      break;
    default:
      break;
  }
  return c;
}

}  // namespace

Context Escaper::Err(std::string description, const Node* node, int line) {
  Context c = Context::Error(std::move(description), node, line);
  c.err->tree = tree_;
  return c;
}

Tree* Escaper::Lookup(const std::string& name) {
  auto it = work_.find(name);
  if (it != work_.end()) return it->second.get();
  const Tree* t = set_->Lookup(name);
  if (!t || !t->root) return nullptr;
  auto clone = t->Clone();
  Tree* raw = clone.get();
  work_[name] = std::move(clone);
  return raw;
}

Status Escaper::EscapeEntry(std::string_view name) {
  std::string n(name);
  const Tree* entry = set_->Lookup(n);
  if (!entry || !entry->root) {
    std::string q;
    AppendGoQuote(&q, n);
    return InvalidArgumentError("template: " + q + " is an incomplete or empty template");
  }
  Pass p;
  Context c = EscapeTree(p, Context(), nullptr, n, 0).first;
  std::shared_ptr<EscapeError> err = c.err;
  if (!err && c.state != State::kText) {
    return InvalidArgumentError("html/template:" + n +
                                ": ends in a non-text context: " + c.String());
  }
  if (err) {
    if (err->node && err->tree) {
      return InvalidArgumentError("html/template:" + err->tree->Location(err->node->pos) + ": " +
                                  err->description);
    }
    if (err->line != 0) {
      return InvalidArgumentError("html/template:" + n + ":" + std::to_string(err->line) + ": " +
                                  err->description);
    }
    return InvalidArgumentError("html/template:" + n + ": " + err->description);
  }
  Commit(p);
  return Status::Ok();
}

void Escaper::Commit(Pass& p) {
  for (auto& [node, cmds] : p.action_edits) EnsurePipelineContains(node->pipe.get(), cmds);
  for (auto& [node, callee] : p.template_edits) node->name = callee;
  for (auto& [node, text] : p.text_edits) node->text = text;
  for (const auto& [name, ctx] : p.output) {
    auto it = work_.find(name);
    if (it == work_.end()) continue;
    std::unique_ptr<Tree> tree = std::move(it->second);
    work_.erase(it);
    tree->name = name;
    escaped_names_.push_back(name);
    set_->AddTree(std::shared_ptr<const Tree>(std::move(tree)));
  }
}

Context Escaper::Escape(Pass& p, Context c, Node* n) {
  switch (n->type) {
    case NodeType::kAction:
      return EscapeAction(p, c, static_cast<ActionNode*>(n));
    case NodeType::kBreak:
      c.n = n;
      p.range->breaks.push_back(c);
      return DeadContext();
    case NodeType::kContinue:
      c.n = n;
      // Go records the breaks too when it records a continue.
      p.range->continues = p.range->breaks;
      p.range->continues.push_back(c);
      return DeadContext();
    case NodeType::kComment:
      return c;
    case NodeType::kIf:
      return EscapeBranch(p, c, static_cast<BranchNode*>(n), "if");
    case NodeType::kRange:
      return EscapeBranch(p, c, static_cast<BranchNode*>(n), "range");
    case NodeType::kWith:
      return EscapeBranch(p, c, static_cast<BranchNode*>(n), "with");
    case NodeType::kList:
      return EscapeList(p, c, static_cast<ListNode*>(n));
    case NodeType::kTemplate:
      return EscapeTemplateCall(p, c, static_cast<TemplateNode*>(n));
    case NodeType::kText:
      return EscapeText(p, c, static_cast<TextNode*>(n));
    default:
      return Err("escaping " + n->String() + " is unimplemented", n);
  }
}

Context Escaper::EscapeAction(Pass& p, Context c, ActionNode* n) {
  if (!n->pipe->decl.empty()) return c;
  c = Nudge(c);
  for (size_t pos = 0; pos < n->pipe->cmds.size(); ++pos) {
    const IdentifierNode* id = FirstIdent(n->pipe->cmds[pos].get());
    if (!id || !IsPredefinedEscaper(id->name)) continue;
    if (pos < n->pipe->cmds.size() - 1 ||
        (c.state == State::kAttr && c.delim == Delim::kSpaceOrTagEnd && id->name == "html")) {
      std::string q;
      AppendGoQuote(&q, id->name);
      return Err("predefined escaper " + q + " disallowed in template", n, n->line);
    }
  }
  std::vector<std::string> s;
  switch (c.state) {
    case State::kError:
      return c;
    case State::kURL:
    case State::kCSSDqStr:
    case State::kCSSSqStr:
    case State::kCSSDqURL:
    case State::kCSSSqURL:
    case State::kCSSURL:
      switch (c.url_part) {
        case UrlPart::kNone:
          s.push_back("_html_template_urlfilter");
          [[fallthrough]];
        case UrlPart::kPreQuery:
          if (c.state == State::kCSSDqStr || c.state == State::kCSSSqStr) {
            s.push_back("_html_template_cssescaper");
          } else {
            s.push_back("_html_template_urlnormalizer");
          }
          break;
        case UrlPart::kQueryOrFrag:
          s.push_back("_html_template_urlescaper");
          break;
        case UrlPart::kUnknown:
          return Err(n->String() + " appears in an ambiguous context within a URL", n, n->line);
      }
      break;
    case State::kJS:
      s.push_back("_html_template_jsvalescaper");
      c.js_ctx = JsCtx::kDivOp;
      break;
    case State::kJSDqStr:
    case State::kJSSqStr:
      s.push_back("_html_template_jsstrescaper");
      break;
    case State::kJSBqStr:
      return Err(n->String() + " appears in a JS template literal", n, n->line);
    case State::kJSRegexp:
      s.push_back("_html_template_jsregexpescaper");
      break;
    case State::kCSS:
      s.push_back("_html_template_cssvaluefilter");
      break;
    case State::kText:
      s.push_back("_html_template_htmlescaper");
      break;
    case State::kRCDATA:
      s.push_back("_html_template_rcdataescaper");
      break;
    case State::kAttr:
      break;
    case State::kAttrName:
    case State::kTag:
      c.state = State::kAttrName;
      s.push_back("_html_template_htmlnamefilter");
      break;
    case State::kSrcset:
      s.push_back("_html_template_srcsetescaper");
      break;
    default:
      if (IsComment(c.state)) {
        s.push_back("_html_template_commentescaper");
      } else {
        return Err("unexpected state " + c.String(), n, n->line);
      }
  }
  switch (c.delim) {
    case Delim::kNone:
      break;
    case Delim::kSpaceOrTagEnd:
      s.push_back("_html_template_nospaceescaper");
      break;
    default:
      s.push_back("_html_template_attrescaper");
  }
  p.action_edits[n] = std::move(s);
  return c;
}

Context Escaper::Join(Context a, Context b, const Node* node, const char* node_name) {
  if (a.state == State::kError) return a;
  if (b.state == State::kError) return b;
  if (a.state == State::kDead) return b;
  if (b.state == State::kDead) return a;
  if (a.Eq(b)) return a;
  Context c = a;
  c.url_part = b.url_part;
  if (c.Eq(b)) {
    c.url_part = UrlPart::kUnknown;
    return c;
  }
  c = a;
  c.js_ctx = b.js_ctx;
  if (c.Eq(b)) {
    c.js_ctx = JsCtx::kUnknown;
    return c;
  }
  Context na = Nudge(a), nb = Nudge(b);
  if (!(na.Eq(a) && nb.Eq(b))) {
    Context e = Join(na, nb, node, node_name);
    if (e.state != State::kError) return e;
  }
  return Err(std::string("{{") + node_name +
                 "}} branches end in different contexts: " + a.String() + ", " + b.String(),
             node);
}

Context Escaper::JoinRange(Context c0, RangeContext* rc) {
  for (const Context& c : rc->breaks) {
    c0 = Join(c0, c, c.n, "range");
    if (c0.state == State::kError) {
      c0.err->description = "at range loop break: " + c0.err->description;
      return c0;
    }
  }
  for (const Context& c : rc->continues) {
    c0 = Join(c0, c, c.n, "range");
    if (c0.state == State::kError) {
      c0.err->description = "at range loop continue: " + c0.err->description;
      return c0;
    }
  }
  return c0;
}

Context Escaper::EscapeBranch(Pass& p, Context c, BranchNode* n, const char* name) {
  bool is_range = std::string_view(name) == "range";
  RangeContext loop;
  loop.outer = p.range;
  if (is_range) p.range = &loop;
  Context c0 = EscapeList(p, c, n->list.get());
  if (is_range) {
    if (c0.state != State::kError) c0 = JoinRange(c0, p.range);
    p.range = loop.outer;
    if (c0.state == State::kError) return c0;
    // The body may run again after itself: escape it once more from its end context.
    RangeContext again;
    again.outer = p.range;
    p.range = &again;
    Context c1 = EscapeListConditionally(p, c0, n->list.get(), nullptr, nullptr).first;
    c0 = Join(c0, c1, n, name);
    if (c0.state == State::kError) {
      p.range = again.outer;
      c0.err->line = n->line;
      c0.err->description = "on range loop re-entry: " + c0.err->description;
      return c0;
    }
    c0 = JoinRange(c0, p.range);
    p.range = again.outer;
    if (c0.state == State::kError) return c0;
  }
  Context c1 = EscapeList(p, c, n->else_list.get());
  return Join(c0, c1, n, name);
}

Context Escaper::EscapeList(Pass& p, Context c, ListNode* n) {
  if (!n) return c;
  for (NodePtr& m : n->nodes) {
    c = Escape(p, c, m.get());
    if (c.state == State::kDead) break;
  }
  return c;
}

std::pair<Context, bool> Escaper::EscapeListConditionally(Pass& p, Context c, ListNode* n,
                                                          const Tree* filter_tree,
                                                          const Context* c0) {
  Pass e1;
  e1.range = p.range;
  e1.output = p.output;
  c = EscapeList(e1, c, n);
  bool ok = false;
  if (filter_tree) {
    if (c.state == State::kError) {
      ok = false;
    } else if (!e1.called.contains(filter_tree->name)) {
      ok = true;
    } else {
      ok = c0->Eq(c);
    }
  }
  if (ok) {
    for (auto& [k, v] : e1.output) p.output[k] = v;
    p.derived.insert(e1.derived.begin(), e1.derived.end());
    p.called.insert(e1.called.begin(), e1.called.end());
    for (auto& [k, v] : e1.action_edits) p.action_edits[k] = std::move(v);
    for (auto& [k, v] : e1.template_edits) p.template_edits[k] = std::move(v);
    for (auto& [k, v] : e1.text_edits) p.text_edits[k] = std::move(v);
  }
  return {c, ok};
}

Context Escaper::EscapeTemplateCall(Pass& p, Context c, TemplateNode* n) {
  auto [c1, name] = EscapeTree(p, c, n, n->name, n->line);
  if (name != n->name) p.template_edits[n] = name;
  return c1;
}

std::pair<Context, std::string> Escaper::EscapeTree(Pass& p, Context c, const Node* node,
                                                    const std::string& name, int line) {
  std::string dname = c.Mangle(name);
  p.called.insert(dname);
  if (auto it = p.output.find(dname); it != p.output.end()) return {it->second, dname};
  Tree* t = Lookup(name);
  if (!t) {
    std::string q;
    AppendGoQuote(&q, name);
    if (set_->Lookup(name)) {
      return {Err(q + " is an incomplete or empty template", node, line), dname};
    }
    return {Err("no such template " + q, node, line), dname};
  }
  if (dname != name) {
    Tree* dt = Lookup(dname);
    if (!dt) {
      auto copy = t->Clone();
      copy->name = dname;
      dt = copy.get();
      work_[dname] = std::move(copy);
      p.derived.insert(dname);
    }
    t = dt;
  }
  return {ComputeOutCtx(p, c, t), dname};
}

Context Escaper::ComputeOutCtx(Pass& p, Context c, Tree* t) {
  auto [c1, ok] = EscapeTemplateBody(p, c, t);
  if (!ok) {
    auto [c2, ok2] = EscapeTemplateBody(p, c1, t);
    if (ok2) {
      c1 = c2;
      ok = true;
    }
  }
  if (!ok && c1.state != State::kError) {
    const Tree* saved = tree_;
    tree_ = t;
    Context e = Err("cannot compute output context for template " + t->name, t->root.get());
    tree_ = saved;
    return e;
  }
  return c1;
}

std::pair<Context, bool> Escaper::EscapeTemplateBody(Pass& p, Context c, Tree* t) {
  p.output[t->name] = c;
  const Tree* saved = tree_;
  tree_ = t;
  auto result = EscapeListConditionally(p, c, t->root.get(), t, &c);
  tree_ = saved;
  return result;
}

Context Escaper::EscapeText(Pass& p, Context c, TextNode* n) {
  std::string_view s = n->text;
  size_t written = 0, i = 0;
  std::string b;
  while (i != s.size()) {
    auto [c1, nread] = ContextAfterText(c, s.substr(i));
    size_t i1 = i + nread;
    if (c.state == State::kText || c.state == State::kRCDATA) {
      size_t end = i1;
      if (c1.state != c.state) {
        for (size_t j = end; j-- > i;) {
          if (s[j] == '<') {
            end = j;
            break;
          }
        }
      }
      for (size_t j = i; j < end; ++j) {
        if (s[j] == '<') {
          std::string_view rest = s.substr(j, 9);
          std::string upper(rest);
          for (char& ch : upper)
            ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
          if (upper != "<!DOCTYPE") {
            b.append(s.substr(written, j - written));
            b.append("&lt;");
            written = j + 1;
          }
        }
      }
    } else if (IsComment(c.state) && c.delim == Delim::kNone) {
      if (c.state == State::kJSBlockCmt) {
        std::string_view part = s.substr(written, i1 - written);
        bool nl = part.find_first_of("\n\r") != std::string_view::npos ||
                  part.find("\u2028") != std::string_view::npos ||
                  part.find("\u2029") != std::string_view::npos;
        b.push_back(nl ? '\n' : ' ');
      } else if (c.state == State::kCSSBlockCmt) {
        b.push_back(' ');
      }
      written = i1;
    }
    if (c.state != c1.state && IsComment(c1.state) && c1.delim == Delim::kNone) {
      size_t cs = i1 - 2;
      if (c1.state == State::kHTMLCmt) cs -= 2;
      b.append(s.substr(written, cs - written));
      written = i1;
    }
    if (i == i1 && c.state == c1.state) {
      return Err("infinite loop escaping text", n);
    }
    c = c1;
    i = i1;
  }
  if (written != 0 && c.state != State::kError) {
    if (!IsComment(c.state) || c.delim != Delim::kNone) b.append(s.substr(written));
    p.text_edits[n] = std::move(b);
  }
  return c;
}

}  // namespace kiln::tmpl
