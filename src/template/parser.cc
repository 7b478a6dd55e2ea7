#include "template/parser.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>

#include "base/utf8.h"
#include "template/lexer.h"
#include "value/go_format.h"

namespace kiln::tmpl {

namespace {

// Thrown inside the parser only, like Go's parser panics; caught in ParseTemplate.
struct ParseError {
  std::string message;
};

int HexVal(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// strconv.UnquoteChar: decodes one (possibly escaped) character at s[*i].
bool UnquoteChar(std::string_view s, size_t* i, char quote, std::string* out) {
  char c = s[*i];
  if (c == quote && (quote == '\'' || quote == '"')) return false;
  if (c != '\\') {
    int w;
    char32_t r = DecodeRune(s, *i, &w);
    if (r == kRuneError && w == 1) {
      out->push_back(c);
    } else {
      out->append(s.substr(*i, w));
    }
    *i += w;
    return true;
  }
  if (*i + 1 >= s.size()) return false;
  char e = s[*i + 1];
  *i += 2;
  switch (e) {
    case 'a':
      out->push_back('\a');
      return true;
    case 'b':
      out->push_back('\b');
      return true;
    case 'f':
      out->push_back('\f');
      return true;
    case 'n':
      out->push_back('\n');
      return true;
    case 'r':
      out->push_back('\r');
      return true;
    case 't':
      out->push_back('\t');
      return true;
    case 'v':
      out->push_back('\v');
      return true;
    case '\\':
      out->push_back('\\');
      return true;
    case '\'':
    case '"':
      if (e != quote) return false;
      out->push_back(e);
      return true;
    case 'x':
    case 'u':
    case 'U': {
      int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
      if (*i + n > s.size()) return false;
      uint32_t v = 0;
      for (int k = 0; k < n; ++k) {
        int h = HexVal(s[*i + k]);
        if (h < 0) return false;
        v = v * 16 + h;
      }
      *i += n;
      if (e == 'x') {
        out->push_back(static_cast<char>(v));
        return true;
      }
      if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return false;
      AppendRune(out, v);
      return true;
    }
    default:
      if (e >= '0' && e <= '7') {
        if (*i + 2 > s.size()) return false;
        int v = e - '0';
        for (int k = 0; k < 2; ++k) {
          char d = s[*i + k];
          if (d < '0' || d > '7') return false;
          v = v * 8 + (d - '0');
        }
        if (v > 255) return false;
        *i += 2;
        out->push_back(static_cast<char>(v));
        return true;
      }
      return false;
  }
}

// strconv.ParseInt/ParseUint with base 0: sign, 0x/0o/0b/0 prefixes, underscores.
bool ParseGoInteger(std::string_view text, bool allow_sign, bool* negative, uint64_t* mag) {
  *negative = false;
  if (!text.empty() && (text[0] == '+' || text[0] == '-')) {
    if (!allow_sign) return false;
    *negative = text[0] == '-';
    text.remove_prefix(1);
  }
  int base = 10;
  bool prefixed = false;
  if (text.size() >= 2 && text[0] == '0') {
    char p = static_cast<char>(text[1] | 0x20);
    if (p == 'x') base = 16, prefixed = true;
    if (p == 'o') base = 8, prefixed = true;
    if (p == 'b') base = 2, prefixed = true;
    if (!prefixed) {
      base = 8;
      text.remove_prefix(1);
    } else {
      text.remove_prefix(2);
    }
  }
  // Underscores must separate digits or follow the base prefix.
  std::string digits;
  bool after_digit = true, after_underscore = false;
  for (char c : text) {
    if (c == '_') {
      if (!after_digit) return false;
      after_digit = false;
      after_underscore = true;
      continue;
    }
    digits.push_back(c);
    after_digit = true;
    after_underscore = false;
  }
  if (after_underscore) return false;
  if (digits.empty()) return base == 8 && !prefixed;  // "0"
  auto res = std::from_chars(digits.data(), digits.data() + digits.size(), *mag, base);
  return res.ec == std::errc() && res.ptr == digits.data() + digits.size();
}

class Parser {
 public:
  Parser(std::string_view name, std::string_view text, const FunctionResolver& resolve)
      : name_(name), source_(std::make_shared<const std::string>(text)), resolve_(resolve) {
    lexed_ = Lex(*source_);
  }

  std::vector<std::unique_ptr<Tree>> Run() {
    auto top = NewTree(name_);
    top->root = std::make_unique<ListNode>(0);
    while (Peek().type != Tok::kEOF) {
      if (Peek().type == Tok::kLeftDelim) {
        size_t save = i_;
        Next();
        if (NextNonSpace().type == Tok::kDefine) {
          ParseDefinition();
          continue;
        }
        i_ = save;
      }
      NodePtr n = TextOrAction();
      if (!n) continue;
      if (IsMarker(n.get())) {
        Errorf("unexpected " + ControlString(n.get()));
      }
      top->root->nodes.push_back(std::move(n));
    }
    Add(std::move(top));
    std::vector<std::unique_ptr<Tree>> out;
    // The top-level tree first.
    for (auto& t : trees_) {
      if (t->name == name_)
        out.insert(out.begin(), std::move(t));
      else
        out.push_back(std::move(t));
    }
    return out;
  }

 private:
  // Markers for {{end}} and {{else}}, which exist only while parsing.
  static constexpr NodeType kEndType = NodeType::kBreak;
  static constexpr NodeType kElseType = NodeType::kContinue;
  struct MarkerNode final : Node {
    MarkerNode(NodeType t, size_t p, bool e) : Node(t, p), is_end(e) {}
    void AppendString(std::string* out) const override {
      out->append(is_end ? "{{end}}" : "{{else}}");
    }
    NodePtr Clone() const override { return std::make_unique<MarkerNode>(type, pos, is_end); }
    bool is_end;
  };
  static bool IsMarker(const Node* n) { return dynamic_cast<const MarkerNode*>(n) != nullptr; }
  static bool IsEnd(const Node* n) {
    auto* m = dynamic_cast<const MarkerNode*>(n);
    return m && m->is_end;
  }
  static bool IsElse(const Node* n) {
    auto* m = dynamic_cast<const MarkerNode*>(n);
    return m && !m->is_end;
  }
  static std::string ControlString(const Node* n) { return n->String(); }

  std::unique_ptr<Tree> NewTree(std::string name) {
    auto t = std::make_unique<Tree>();
    t->name = std::move(name);
    t->parse_name = name_;
    t->source = source_;
    return t;
  }

  void Add(std::unique_ptr<Tree> t) {
    for (auto& existing : trees_) {
      if (existing->name != t->name) continue;
      if (IsEmptyTree(existing->root.get())) {
        existing = std::move(t);
        return;
      }
      if (!IsEmptyTree(t->root.get())) {
        Errorf("template: multiple definition of template " + Quote(t->name));
      }
      return;
    }
    trees_.push_back(std::move(t));
  }

  static std::string Quote(std::string_view s) {
    std::string q;
    AppendGoQuote(&q, s);
    return q;
  }

  [[noreturn]] void Errorf(const std::string& msg) {
    int line = last_line_;
    throw ParseError{"template: " + name_ + ":" + std::to_string(line) + ": " + msg};
  }

  // Reading past the end keeps returning the final EOF or error token.
  const Token& Peek() const { return lexed_.tokens[std::min(i_, lexed_.tokens.size() - 1)]; }
  const Token& Next() {
    const Token& t = Peek();
    last_line_ = t.line;
    ++i_;
    return t;
  }
  void Backup() { --i_; }
  const Token& NextNonSpace() {
    while (Peek().type == Tok::kSpace) Next();
    return Next();
  }
  const Token& PeekNonSpace() {
    while (Peek().type == Tok::kSpace) Next();
    return Peek();
  }

  [[noreturn]] void Unexpected(const Token& t, std::string_view context) {
    if (t.type == Tok::kError) {
      std::string extra;
      if (action_line_ != 0 && action_line_ != t.line) {
        extra = " in action started at " + name_ + ":" + std::to_string(action_line_);
        if (lexed_.error.ends_with(" action"))
          extra = extra.substr(std::string(" in action").size());
      }
      Errorf(lexed_.error + extra);
    }
    Errorf("unexpected " + TokenString(t) + " in " + std::string(context));
  }

  const Token& Expect(Tok type, std::string_view context) {
    const Token& t = NextNonSpace();
    if (t.type != type) Unexpected(t, context);
    return t;
  }

  void Enter() {
    if (++depth_ > kMaxParseDepth) Errorf("max expression depth exceeded");
  }

  void ParseDefinition() {
    const char* context = "define clause";
    const Token& name = NextNonSpace();
    if (name.type != Tok::kString && name.type != Tok::kRawString) Unexpected(name, context);
    std::string unquoted;
    if (!GoUnquote(name.val, &unquoted)) Errorf("invalid syntax");
    Expect(Tok::kRightDelim, context);
    auto saved_vars = std::move(vars_);
    vars_ = {"$"};
    auto t = NewTree(unquoted);
    NodePtr end;
    t->root = ItemList(&end);
    if (!IsEnd(end.get())) Errorf("unexpected " + end->String() + " in " + context);
    vars_ = std::move(saved_vars);
    Add(std::move(t));
  }

  std::unique_ptr<ListNode> ItemList(NodePtr* next) {
    Enter();
    auto list = std::make_unique<ListNode>(PeekNonSpace().pos);
    while (PeekNonSpace().type != Tok::kEOF) {
      NodePtr n = TextOrAction();
      if (!n) continue;
      if (IsMarker(n.get())) {
        *next = std::move(n);
        --depth_;
        return list;
      }
      list->nodes.push_back(std::move(n));
    }
    Errorf("unexpected EOF");
  }

  NodePtr TextOrAction() {
    const Token& t = NextNonSpace();
    switch (t.type) {
      case Tok::kText:
        return std::make_unique<TextNode>(t.pos, std::string(t.val));
      case Tok::kLeftDelim: {
        action_line_ = t.line;
        NodePtr n = Action();
        action_line_ = 0;
        return n;
      }
      case Tok::kComment:
        return nullptr;
      default:
        Unexpected(t, "input");
    }
  }

  NodePtr Action() {
    const Token& t = NextNonSpace();
    switch (t.type) {
      case Tok::kBlock:
        return BlockControl();
      case Tok::kBreak:
      case Tok::kContinue: {
        bool is_break = t.type == Tok::kBreak;
        const char* ctx = is_break ? "{{break}}" : "{{continue}}";
        const Token& n = NextNonSpace();
        if (n.type != Tok::kRightDelim) Unexpected(n, ctx);
        if (range_depth_ == 0) Errorf(std::string(ctx) + " outside {{range}}");
        return std::make_unique<LoopControlNode>(is_break ? NodeType::kBreak : NodeType::kContinue,
                                                 t.pos);
      }
      case Tok::kElse: {
        const Token& p = PeekNonSpace();
        if (p.type == Tok::kIf || p.type == Tok::kWith) {
          return std::make_unique<MarkerNode>(kElseType, p.pos, false);
        }
        const Token& e = Expect(Tok::kRightDelim, "else");
        return std::make_unique<MarkerNode>(kElseType, e.pos, false);
      }
      case Tok::kEnd: {
        const Token& e = Expect(Tok::kRightDelim, "end");
        return std::make_unique<MarkerNode>(kEndType, e.pos, true);
      }
      case Tok::kIf:
        return Control(NodeType::kIf, "if");
      case Tok::kRange:
        return Control(NodeType::kRange, "range");
      case Tok::kWith:
        return Control(NodeType::kWith, "with");
      case Tok::kTemplate:
        return TemplateControl();
      default:
        break;
    }
    Backup();
    const Token& p = Peek();
    size_t pos = p.pos;
    int line = p.line;
    return std::make_unique<ActionNode>(pos, line, Pipeline("command", Tok::kRightDelim));
  }

  std::unique_ptr<BranchNode> Control(NodeType type, const char* context) {
    size_t saved_vars = vars_.size();
    auto pipe = Pipeline(context, Tok::kRightDelim);
    auto node = std::make_unique<BranchNode>(type, pipe->pos, pipe->line);
    node->pipe = std::move(pipe);
    if (type == NodeType::kRange) ++range_depth_;
    NodePtr next;
    node->list = ItemList(&next);
    if (type == NodeType::kRange) --range_depth_;
    if (IsElse(next.get())) {
      // {{else if}} in if, and Hugo's {{else with}} in with, chain a nested branch.
      Tok chain = type == NodeType::kIf     ? Tok::kIf
                  : type == NodeType::kWith ? Tok::kWith
                                            : Tok::kError;
      if (chain != Tok::kError && Peek().type == chain) {
        Next();
        node->else_list = std::make_unique<ListNode>(next->pos);
        node->else_list->nodes.push_back(Control(type, context));
      } else {
        NodePtr end;
        node->else_list = ItemList(&end);
        if (!IsEnd(end.get())) Errorf("expected end; found " + end->String());
      }
    }
    vars_.resize(saved_vars);
    return node;
  }

  NodePtr BlockControl() {
    const char* context = "block clause";
    const Token& t = NextNonSpace();
    std::string name = TemplateName(t, context);
    auto pipe = Pipeline(context, Tok::kRightDelim);
    auto saved_vars = std::move(vars_);
    vars_ = {"$"};
    auto tree = NewTree(name);
    NodePtr end;
    tree->root = ItemList(&end);
    if (!IsEnd(end.get())) Errorf("unexpected " + end->String() + " in " + context);
    vars_ = std::move(saved_vars);
    Add(std::move(tree));
    auto node = std::make_unique<TemplateNode>(t.pos, t.line, name);
    node->pipe = std::move(pipe);
    return node;
  }

  NodePtr TemplateControl() {
    const char* context = "template clause";
    const Token& t = NextNonSpace();
    std::string name = TemplateName(t, context);
    auto node = std::make_unique<TemplateNode>(t.pos, t.line, name);
    if (NextNonSpace().type != Tok::kRightDelim) {
      Backup();
      node->pipe = Pipeline(context, Tok::kRightDelim);
    }
    return node;
  }

  std::string TemplateName(const Token& t, const char* context) {
    if (t.type != Tok::kString && t.type != Tok::kRawString) Unexpected(t, context);
    std::string s;
    if (!GoUnquote(t.val, &s)) Errorf("invalid syntax");
    return s;
  }

  std::unique_ptr<PipeNode> Pipeline(std::string_view context, Tok end) {
    const Token& first = PeekNonSpace();
    auto pipe = std::make_unique<PipeNode>(first.pos, first.line);
    bool is_range = context == "range";
    while (true) {
      const Token& v = PeekNonSpace();
      if (v.type != Tok::kVariable) break;
      size_t save = i_;
      Next();
      const Token& after = Peek();
      const Token& next = PeekNonSpace();
      if (next.type == Tok::kAssign || next.type == Tok::kDeclare) {
        pipe->is_assign = next.type == Tok::kAssign;
        NextNonSpace();
        pipe->decl.push_back(
            std::make_unique<VariableNode>(v.pos, std::vector<std::string>{std::string(v.val)}));
        vars_.push_back(std::string(v.val));
        break;
      }
      if (next.type == Tok::kChar && next.val == ",") {
        NextNonSpace();
        pipe->decl.push_back(
            std::make_unique<VariableNode>(v.pos, std::vector<std::string>{std::string(v.val)}));
        vars_.push_back(std::string(v.val));
        if (is_range && pipe->decl.size() < 2) {
          Tok p = PeekNonSpace().type;
          if (p == Tok::kVariable || p == Tok::kRightDelim || p == Tok::kRightParen) continue;
          Errorf("range can only initialize variables");
        }
        Errorf("too many declarations in " + std::string(context));
      }
      (void)after;
      i_ = save;
      break;
    }
    while (true) {
      const Token& t = NextNonSpace();
      if (t.type == end) {
        if (pipe->cmds.empty()) Errorf("missing value for " + std::string(context));
        for (size_t k = 1; k < pipe->cmds.size(); ++k) {
          NodeType a = pipe->cmds[k]->args[0]->type;
          if (a == NodeType::kBool || a == NodeType::kDot || a == NodeType::kNil ||
              a == NodeType::kNumber || a == NodeType::kString) {
            Errorf("non executable command in pipeline stage " + std::to_string(k + 1));
          }
        }
        return pipe;
      }
      switch (t.type) {
        case Tok::kBool:
        case Tok::kCharConstant:
        case Tok::kComplex:
        case Tok::kDot:
        case Tok::kField:
        case Tok::kIdentifier:
        case Tok::kNumber:
        case Tok::kNil:
        case Tok::kRawString:
        case Tok::kString:
        case Tok::kVariable:
        case Tok::kLeftParen:
          Backup();
          pipe->cmds.push_back(Command());
          break;
        default:
          Unexpected(t, context);
      }
    }
  }

  std::unique_ptr<CommandNode> Command() {
    auto cmd = std::make_unique<CommandNode>(PeekNonSpace().pos);
    while (true) {
      PeekNonSpace();
      NodePtr operand = Operand();
      if (operand) cmd->args.push_back(std::move(operand));
      const Token& t = Next();
      if (t.type == Tok::kSpace) continue;
      if (t.type == Tok::kRightDelim || t.type == Tok::kRightParen) {
        Backup();
      } else if (t.type != Tok::kPipe) {
        Unexpected(t, "operand");
      }
      break;
    }
    if (cmd->args.empty()) Errorf("empty command");
    return cmd;
  }

  NodePtr Operand() {
    NodePtr node = Term();
    if (!node) return nullptr;
    if (Peek().type == Tok::kField) {
      auto chain = std::make_unique<ChainNode>(Peek().pos, nullptr);
      std::vector<std::string> fields;
      while (Peek().type == Tok::kField) fields.push_back(std::string(Next().val.substr(1)));
      switch (node->type) {
        case NodeType::kField: {
          auto* f = static_cast<FieldNode*>(node.get());
          f->names.insert(f->names.end(), fields.begin(), fields.end());
          f->pos = chain->pos;
          return node;
        }
        case NodeType::kVariable: {
          auto* v = static_cast<VariableNode*>(node.get());
          v->names.insert(v->names.end(), fields.begin(), fields.end());
          v->pos = chain->pos;
          return node;
        }
        case NodeType::kBool:
        case NodeType::kString:
        case NodeType::kNumber:
        case NodeType::kNil:
        case NodeType::kDot:
          Errorf("unexpected . after term " + Quote(node->String()));
        default:
          chain->node = std::move(node);
          chain->fields = std::move(fields);
          return chain;
      }
    }
    return node;
  }

  NodePtr Term() {
    const Token& t = NextNonSpace();
    switch (t.type) {
      case Tok::kIdentifier: {
        const Function* fn = resolve_(t.val);
        if (!fn) Errorf("function " + Quote(t.val) + " not defined");
        return std::make_unique<IdentifierNode>(t.pos, std::string(t.val), fn);
      }
      case Tok::kDot:
        return std::make_unique<DotNode>(t.pos);
      case Tok::kNil:
        return std::make_unique<NilNode>(t.pos);
      case Tok::kVariable: {
        std::string_view name = t.val;
        size_t dot = name.find('.', 1);
        std::vector<std::string> names;
        names.push_back(std::string(name.substr(0, dot)));
        bool found = false;
        for (const std::string& v : vars_) found = found || v == names[0];
        if (!found) Errorf("undefined variable " + Quote(names[0]));
        return std::make_unique<VariableNode>(t.pos, std::move(names));
      }
      case Tok::kField: {
        return std::make_unique<FieldNode>(t.pos,
                                           std::vector<std::string>{std::string(t.val.substr(1))});
      }
      case Tok::kBool:
        return std::make_unique<BoolNode>(t.pos, t.val == "true");
      case Tok::kCharConstant:
      case Tok::kNumber:
        return Number(t);
      case Tok::kLeftParen: {
        Enter();
        auto p = Pipeline("parenthesized pipeline", Tok::kRightParen);
        --depth_;
        return p;
      }
      case Tok::kString:
      case Tok::kRawString: {
        std::string s;
        if (!GoUnquote(t.val, &s)) Errorf("invalid syntax");
        return std::make_unique<StringNode>(t.pos, std::string(t.val), std::move(s));
      }
      default:
        Backup();
        return nullptr;
    }
  }

  NodePtr Number(const Token& t) {
    auto n = std::make_unique<NumberNode>(t.pos);
    std::string_view text = t.val;
    n->text = std::string(text);
    if (t.type == Tok::kCharConstant) {
      std::string ch;
      size_t i = 1;
      if (text.size() < 3 || !UnquoteChar(text, &i, '\'', &ch)) Errorf("invalid syntax");
      if (text.substr(i) != "'") Errorf("malformed character constant: " + n->text);
      int w;
      char32_t r = ch.size() == 1 ? static_cast<unsigned char>(ch[0]) : DecodeRune(ch, 0, &w);
      n->is_int = n->is_uint = n->is_float = true;
      n->int_value = r;
      n->uint_value = r;
      n->float_value = r;
      return n;
    }
    if (!text.empty() && text.back() == 'i') {
      Errorf("complex constants are not supported: " + n->text);
    }
    bool neg;
    uint64_t mag;
    if (ParseGoInteger(text, false, &neg, &mag)) {
      n->is_uint = true;
      n->uint_value = mag;
    }
    if (ParseGoInteger(text, true, &neg, &mag)) {
      if (neg ? mag <= (uint64_t{1} << 63) : mag < (uint64_t{1} << 63)) {
        n->is_int = true;
        n->int_value = neg ? static_cast<int64_t>(0 - mag) : static_cast<int64_t>(mag);
        if (n->int_value == 0) {
          n->is_uint = true;
          n->uint_value = 0;
        }
      }
    }
    if (n->is_int) {
      n->is_float = true;
      n->float_value = static_cast<double>(n->int_value);
    } else if (n->is_uint) {
      n->is_float = true;
      n->float_value = static_cast<double>(n->uint_value);
    } else {
      std::string clean;
      for (char c : text) {
        if (c != '_') clean.push_back(c);
      }
      char* end = nullptr;
      double f = std::strtod(clean.c_str(), &end);
      bool ok = end == clean.c_str() + clean.size() && !clean.empty();
      if (ok) {
        if (n->text.find_first_of(".eEpP") == std::string::npos) {
          Errorf("integer overflow: " + Quote(n->text));
        }
        n->is_float = true;
        n->float_value = f;
        if (f >= -9.2e18 && f <= 9.2e18 && static_cast<double>(static_cast<int64_t>(f)) == f) {
          n->is_int = true;
          n->int_value = static_cast<int64_t>(f);
        }
        if (f >= 0 && f <= 1.8e19 && static_cast<double>(static_cast<uint64_t>(f)) == f) {
          n->is_uint = true;
          n->uint_value = static_cast<uint64_t>(f);
        }
      }
    }
    if (!n->is_int && !n->is_uint && !n->is_float) {
      Errorf("illegal number syntax: " + Quote(n->text));
    }
    return n;
  }

  std::string name_;
  std::shared_ptr<const std::string> source_;
  const FunctionResolver& resolve_;
  Lexed lexed_;
  size_t i_ = 0;
  int last_line_ = 1;
  int action_line_ = 0;
  int range_depth_ = 0;
  int depth_ = 0;
  std::vector<std::string> vars_ = {"$"};
  std::vector<std::unique_ptr<Tree>> trees_;
};

}  // namespace

std::string Tree::Location(size_t pos) const {
  std::string_view text = *source;
  if (pos > text.size()) pos = text.size();
  std::string_view before = text.substr(0, pos);
  size_t nl = before.rfind('\n');
  size_t col = nl == std::string_view::npos ? pos : pos - (nl + 1);
  int line = 1;
  for (char c : before) line += c == '\n';
  return parse_name + ":" + std::to_string(line) + ":" + std::to_string(col);
}

std::unique_ptr<Tree> Tree::Clone() const {
  auto t = std::make_unique<Tree>();
  t->name = name;
  t->parse_name = parse_name;
  t->source = source;
  t->root = root ? root->CloneList() : nullptr;
  t->result = result ? result->ClonePipe() : nullptr;
  return t;
}

bool IsEmptyTree(const ListNode* root) {
  if (!root) return true;
  for (const NodePtr& n : root->nodes) {
    if (n->type == NodeType::kText) {
      for (char c : static_cast<const TextNode*>(n.get())->text) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return false;
      }
    } else if (n->type != NodeType::kComment) {
      return false;
    }
  }
  return true;
}

bool GoUnquote(std::string_view q, std::string* out) {
  out->clear();
  if (q.size() < 2) return false;
  char quote = q[0];
  if (q.back() != quote) return false;
  std::string_view body = q.substr(1, q.size() - 2);
  if (quote == '`') {
    if (body.find('`') != std::string_view::npos) return false;
    for (char c : body) {
      if (c != '\r') out->push_back(c);
    }
    return true;
  }
  if (quote != '"' && quote != '\'') return false;
  size_t i = 0;
  while (i < body.size()) {
    if (body[i] == '\n') return false;
    if (!UnquoteChar(body, &i, quote, out)) return false;
  }
  return quote == '"' || RuneCount(*out) == 1;
}

StatusOr<std::vector<std::unique_ptr<Tree>>> ParseTemplate(std::string_view name,
                                                           std::string_view text,
                                                           const FunctionResolver& resolve) {
  try {
    Parser p(name, text, resolve);
    return p.Run();
  } catch (const ParseError& e) {
    return InvalidArgumentError(e.message);
  }
}

}  // namespace kiln::tmpl
