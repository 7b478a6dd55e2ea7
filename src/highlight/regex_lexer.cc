#include "highlight/regex_lexer.h"

#include <map>
#include <set>

#include "highlight/registry.h"

namespace kiln::highlight {
namespace {

// Nested lexers (using, usingself) deeper than this emit their text as one Error token.
constexpr int kMaxDepth = 64;
// Zero-width matches in a row after which the lexer treats the position as unmatched.
// Chroma would loop forever here; real grammars chain at most a handful.
constexpr int kMaxEmptyMatches = 256;
constexpr int kPushCurrent = -1;
constexpr int kPop = -2;

struct Action {
  int state;      // state id to push, kPushCurrent, or kPop
  int depth = 1;  // for kPop
};

struct CompiledEmitter {
  EmitterDef::Kind kind = EmitterDef::Kind::kNone;
  TokenType type = TokenType::kEOF;
  std::vector<CompiledEmitter> children;
  const Lexer* lexer = nullptr;  // kUsing
  int state = -1;                // kUsingSelf
  int name_group = 0;
  int code_group = 0;
};

struct CompiledRule {
  const Regex* regex;
  CompiledEmitter emitter;
  std::vector<Action> actions;
};

}  // namespace

struct RegexLexer::Compiled {
  std::vector<std::string> state_names;
  std::map<std::string, int, std::less<>> state_ids;
  std::vector<std::vector<const CompiledRule*>> states;
  std::vector<std::unique_ptr<CompiledRule>> rules;
  std::vector<std::unique_ptr<Regex>> regexes;

  int StateId(std::string_view name) const {
    auto it = state_ids.find(name);
    return it == state_ids.end() ? -1 : it->second;
  }
};

namespace {

// Builds a Compiled from a GrammarDef: flattens include/combined, compiles patterns.
class Compiler {
 public:
  Compiler(const GrammarDef& grammar, const LexerConfig& config, const Registry* registry,
           RegexLexer::Compiled& out)
      : config_(config), registry_(registry), out_(out) {
    for (const auto& [name, rules] : grammar.states) defs_[name] = &rules;
    flags_.multiline = !config.not_multiline;
    flags_.case_insensitive = config.case_insensitive;
    flags_.dot_all = config.dot_all;
  }

  Status Run() {
    if (!defs_.contains("root")) return InvalidArgumentError("no \"root\" state");
    for (const auto& [name, rules] : defs_) NewState(name);
    // States may be added (combined) while compiling; iterate by index.
    for (size_t id = 0; id < out_.states.size(); ++id) {
      std::vector<const RuleDef*> flat;
      std::set<std::string> visiting;
      const std::string& name = out_.state_names[id];
      auto combined = combined_.find(name);
      if (missing_.contains(name)) {
        continue;  // a push target no state defines: lexing there matches nothing
      } else if (combined != combined_.end()) {
        for (const std::string& part : combined->second) {
          RETURN_IF_ERROR(Flatten(part, visiting, flat));
        }
      } else {
        RETURN_IF_ERROR(Flatten(name, visiting, flat));
      }
      std::vector<const CompiledRule*> rules;
      for (const RuleDef* def : flat) {
        StatusOr<const CompiledRule*> rule = CompileRule(*def);
        if (!rule.ok()) return std::move(rule).status().WithContext("in state " + name);
        rules.push_back(*rule);
      }
      out_.states[id] = std::move(rules);
    }
    return Status::Ok();
  }

 private:
  int NewState(const std::string& name) {
    int id = static_cast<int>(out_.states.size());
    out_.state_names.push_back(name);
    out_.state_ids[name] = id;
    out_.states.emplace_back();
    return id;
  }

  Status Flatten(const std::string& state, std::set<std::string>& visiting,
                 std::vector<const RuleDef*>& flat) {
    auto it = defs_.find(state);
    if (it == defs_.end()) return InvalidArgumentError("invalid include state \"" + state + "\"");
    if (!visiting.insert(state).second) {
      return InvalidArgumentError("recursive include of state \"" + state + "\"");
    }
    for (const RuleDef& rule : *it->second) {
      if (rule.mutator.kind == MutatorDef::Kind::kInclude) {
        RETURN_IF_ERROR(Flatten(rule.mutator.states.at(0), visiting, flat));
      } else {
        flat.push_back(&rule);
      }
    }
    visiting.erase(state);
    return Status::Ok();
  }

  StatusOr<int> PushTarget(const std::string& name) {
    if (name == "#pop") return kPop;
    int id = out_.StateId(name);
    if (id >= 0) return id;
    // Chroma only fails when such a push is reached (YANG has one); keep the lexer usable.
    missing_.insert(name);
    return NewState(name);
  }

  Status CompileMutator(const MutatorDef& m, std::vector<Action>& actions) {
    switch (m.kind) {
      case MutatorDef::Kind::kNone:
        return Status::Ok();
      case MutatorDef::Kind::kPush:
        if (m.states.empty()) actions.push_back({kPushCurrent});
        for (const std::string& s : m.states) {
          ASSIGN_OR_RETURN(int id, PushTarget(s));
          actions.push_back({id});
        }
        return Status::Ok();
      case MutatorDef::Kind::kPop:
        actions.push_back({kPop, m.depth});
        return Status::Ok();
      case MutatorDef::Kind::kCombined: {
        std::string name = "__combined_";
        for (size_t i = 0; i < m.states.size(); ++i) {
          if (!defs_.contains(m.states[i])) {
            return InvalidArgumentError("invalid combine state \"" + m.states[i] + "\"");
          }
          if (i > 0) name += "__";
          name += m.states[i];
        }
        int id = out_.StateId(name);
        if (id < 0) {
          combined_[name] = m.states;
          id = NewState(name);
        }
        actions.push_back({id});
        return Status::Ok();
      }
      case MutatorDef::Kind::kMultiple:
        for (const MutatorDef& child : m.children) RETURN_IF_ERROR(CompileMutator(child, actions));
        return Status::Ok();
      case MutatorDef::Kind::kInclude:
        break;
    }
    return InvalidArgumentError("include is only allowed as a whole rule");
  }

  StatusOr<CompiledEmitter> CompileEmitter(const EmitterDef& e) {
    CompiledEmitter c;
    c.kind = e.kind;
    c.type = e.type;
    c.name_group = e.name_group;
    c.code_group = e.code_group;
    for (const EmitterDef& child : e.children) {
      ASSIGN_OR_RETURN(CompiledEmitter cc, CompileEmitter(child));
      c.children.push_back(std::move(cc));
    }
    if (e.kind == EmitterDef::Kind::kUsing) {
      c.lexer = e.lexer != nullptr ? e.lexer : registry_ ? registry_->Get(e.name) : nullptr;
      if (c.lexer == nullptr) return InvalidArgumentError("no such lexer \"" + e.name + "\"");
    } else if (e.kind == EmitterDef::Kind::kUsingSelf) {
      c.state = out_.StateId(e.name);
      if (c.state < 0) return InvalidArgumentError("usingself of unknown state \"" + e.name + "\"");
    }
    return c;
  }

  StatusOr<const CompiledRule*> CompileRule(const RuleDef& def) {
    auto cached = rule_cache_.find(&def);
    if (cached != rule_cache_.end()) return cached->second;
    auto rule = std::make_unique<CompiledRule>();
    ASSIGN_OR_RETURN(rule->regex, CompilePattern(def.pattern));
    ASSIGN_OR_RETURN(rule->emitter, CompileEmitter(def.emitter));
    RETURN_IF_ERROR(CompileMutator(def.mutator, rule->actions));
    const CompiledRule* ptr = rule.get();
    out_.rules.push_back(std::move(rule));
    rule_cache_[&def] = ptr;
    return ptr;
  }

  StatusOr<const Regex*> CompilePattern(const std::string& pattern) {
    auto cached = regex_cache_.find(pattern);
    if (cached != regex_cache_.end()) return cached->second;
    ASSIGN_OR_RETURN(std::unique_ptr<Regex> regex, Regex::Compile(pattern, flags_));
    const Regex* ptr = regex.get();
    out_.regexes.push_back(std::move(regex));
    regex_cache_[pattern] = ptr;
    return ptr;
  }

  const LexerConfig& config_;
  const Registry* registry_;
  RegexLexer::Compiled& out_;
  RegexFlags flags_;
  std::map<std::string, const std::vector<RuleDef>*> defs_;
  std::map<std::string, std::vector<std::string>> combined_;
  std::set<std::string> missing_;
  std::map<const RuleDef*, const CompiledRule*> rule_cache_;
  std::map<std::string, const Regex*> regex_cache_;
};

std::string EnsureLf(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') continue;
      c = '\n';
    }
    out += c;
  }
  return out;
}

// One run of the state machine over one text.
class Run {
 public:
  Run(const RegexLexer& lexer, const RegexLexer::Compiled& compiled, const Registry* registry,
      TokeniseContext& context, std::vector<Token>& out)
      : lexer_(lexer), compiled_(compiled), registry_(registry), context_(context), out_(out) {}

  Status Lex(std::string_view text, int initial, bool newline_added) {
    const size_t end = text.size() - (newline_added ? 1 : 0);
    std::vector<int> stack = {initial};
    size_t pos = 0;
    int empty_matches = 0;
    std::vector<std::string_view> groups;
    while (pos < end && !stack.empty()) {
      const int state = stack.back();
      const CompiledRule* rule = Match(text, pos, compiled_.states[state], groups);
      if (rule != nullptr && groups[0].empty() && ++empty_matches > kMaxEmptyMatches) {
        rule = nullptr;
      }
      if (rule == nullptr) {
        empty_matches = 0;
        if (text[pos] == '\n' && state != initial) {
          stack.assign(1, initial);
          continue;
        }
        size_t n = Utf8Length(text, pos);
        out_.push_back({TokenType::kError, std::string(text.substr(pos, n))});
        pos += n;
        continue;
      }
      if (!groups[0].empty()) empty_matches = 0;
      pos += groups[0].size();
      for (const Action& action : rule->actions) {
        if (action.state >= 0) {
          stack.push_back(action.state);
        } else if (action.state == kPushCurrent) {
          stack.push_back(state);
        } else {
          stack.resize(stack.size() - std::min<size_t>(stack.size(), action.depth));
        }
      }
      RETURN_IF_ERROR(Emit(rule->emitter, groups));
    }
    if (pos != text.size() && stack.empty()) {
      out_.push_back({TokenType::kError, std::string(text.substr(pos))});
    }
    return Status::Ok();
  }

 private:
  const CompiledRule* Match(std::string_view text, size_t pos,
                            const std::vector<const CompiledRule*>& rules,
                            std::vector<std::string_view>& groups) {
    MatchScratch& scratch = context_.scratch;
    for (const CompiledRule* rule : rules) {
      if (!rule->regex->MatchAt(text, pos, scratch)) continue;
      int n = rule->regex->group_count();
      groups.resize(n + 1);
      for (int i = 0; i <= n; ++i) {
        size_t start = scratch.group_start(i);
        groups[i] = start == std::string_view::npos
                        ? std::string_view()
                        : text.substr(start, scratch.group_end(i) - start);
      }
      return rule;
    }
    return nullptr;
  }

  Status Nested(const Lexer& lexer, std::string_view text, const TokeniseOptions& options) {
    if (context_.depth >= kMaxDepth) {
      out_.push_back({TokenType::kError, std::string(text)});
      return Status::Ok();
    }
    ++context_.depth;
    Status status = lexer.TokeniseInto(text, options, context_, out_);
    --context_.depth;
    return status;
  }

  Status Emit(const CompiledEmitter& e, std::span<const std::string_view> groups) {
    switch (e.kind) {
      case EmitterDef::Kind::kNone:
        return Status::Ok();
      case EmitterDef::Kind::kToken:
        out_.push_back({e.type, std::string(groups[0])});
        return Status::Ok();
      case EmitterDef::Kind::kByGroups:
        if (e.children.size() != groups.size() - 1) {
          out_.push_back({TokenType::kError, std::string(groups[0])});
          return Status::Ok();
        }
        for (size_t i = 0; i < e.children.size(); ++i) {
          RETURN_IF_ERROR(Emit(e.children[i], groups.subspan(i + 1, 1)));
        }
        return Status::Ok();
      case EmitterDef::Kind::kUsing:
        return Nested(*e.lexer, groups[0], {.state = "root", .nested = true, .ensure_lf = false});
      case EmitterDef::Kind::kUsingSelf:
        return Nested(
            lexer_, groups[0],
            {.state = compiled_.state_names[e.state], .nested = true, .ensure_lf = false});
      case EmitterDef::Kind::kUsingByGroup:
        return EmitUsingByGroup(e, groups);
    }
    return Status::Ok();
  }

  Status EmitUsingByGroup(const CompiledEmitter& e, std::span<const std::string_view> groups) {
    if (e.children.size() != groups.size() - 1 || e.name_group >= static_cast<int>(groups.size()) ||
        e.code_group >= static_cast<int>(groups.size())) {
      out_.push_back({TokenType::kError, std::string(groups[0])});
      return Status::Ok();
    }
    const Lexer* sub = registry_ ? registry_->Get(groups[e.name_group]) : nullptr;
    for (size_t i = 1; i < groups.size(); ++i) {
      if (static_cast<int>(i) == e.code_group && sub != nullptr) {
        RETURN_IF_ERROR(Nested(*sub, groups[i], TokeniseOptions()));
      } else {
        RETURN_IF_ERROR(Emit(e.children[i - 1], groups.subspan(i, 1)));
      }
    }
    return Status::Ok();
  }

  const RegexLexer& lexer_;
  const RegexLexer::Compiled& compiled_;
  const Registry* registry_;
  TokeniseContext& context_;
  std::vector<Token>& out_;
};

}  // namespace

RegexLexer::RegexLexer(LexerConfig config, GrammarSource source, const Registry* registry,
                       Analyser analyser)
    : config_(std::move(config)),
      source_(std::move(source)),
      registry_(registry),
      analyser_(std::move(analyser)) {}

RegexLexer::~RegexLexer() = default;

Status RegexLexer::Compile() const {
  std::call_once(once_, [this] {
    StatusOr<GrammarDef> grammar = source_();
    if (!grammar.ok()) {
      compile_status_ = std::move(grammar).status();
    } else {
      auto compiled = std::make_unique<Compiled>();
      compile_status_ = Compiler(*grammar, config_, registry_, *compiled).Run();
      if (compile_status_.ok()) compiled_ = std::move(compiled);
    }
    if (!compile_status_.ok()) compile_status_.WithContext("compiling lexer " + config_.name);
  });
  return compile_status_;
}

Status RegexLexer::TokeniseInto(std::string_view input, const TokeniseOptions& options,
                                TokeniseContext& context, std::vector<Token>& out) const {
  RETURN_IF_ERROR(Compile());
  int initial = compiled_->StateId(options.state);
  if (initial < 0) {
    return InvalidArgumentError("unknown state \"" + std::string(options.state) + "\" in lexer " +
                                config_.name);
  }
  std::string owned;
  std::string_view text = input;
  if (options.ensure_lf && text.find('\r') != std::string_view::npos) {
    owned = EnsureLf(text);
    text = owned;
  }
  bool newline_added = false;
  if (!options.nested && config_.ensure_nl && (text.empty() || text.back() != '\n')) {
    if (owned.empty()) owned = std::string(text);
    owned += '\n';
    text = owned;
    newline_added = true;
  }
  return Run(*this, *compiled_, registry_, context, out).Lex(text, initial, newline_added);
}

}  // namespace kiln::highlight
