// GrammarDef: a regex lexer's definition as data — its configuration and its states of rules —
// before compilation. XML grammars parse into it (xml_grammar.h) and the lexers Chroma writes
// in Go are ported as C++ functions that build it (ported_lexers.h). Plain values.
#ifndef KILN_HIGHLIGHT_GRAMMAR_H_
#define KILN_HIGHLIGHT_GRAMMAR_H_

#include <string>
#include <utility>
#include <vector>

#include "highlight/token_type.h"

namespace kiln::highlight {

class Lexer;

// A lexer's metadata and regex options, as Chroma's <config>.
struct LexerConfig {
  std::string name;
  std::vector<std::string> aliases;
  std::vector<std::string> filenames;
  std::vector<std::string> alias_filenames;
  std::vector<std::string> mime_types;
  bool case_insensitive = false;
  bool dot_all = false;
  bool not_multiline = false;
  bool ensure_nl = false;
  float priority = 0;
};

// What a matched rule emits.
struct EmitterDef {
  enum class Kind {
    kNone,          // emits nothing
    kToken,         // one token of `type` holding the whole match (or one group)
    kByGroups,      // one child emitter per capture group
    kUsing,         // the match lexed by the lexer named `name`
    kUsingSelf,     // the match lexed by this lexer from state `name`
    kUsingByGroup,  // group `code_group` lexed by the lexer named by group `name_group`
  };
  Kind kind = Kind::kNone;
  TokenType type = TokenType::kEOF;
  std::string name;
  std::vector<EmitterDef> children;  // kByGroups and kUsingByGroup: one per group
  int name_group = 0;
  int code_group = 0;
  const Lexer* lexer = nullptr;  // kUsing with a lexer object rather than a registry name

  static EmitterDef Token(TokenType t) {
    EmitterDef e;
    e.kind = Kind::kToken;
    e.type = t;
    return e;
  }
};

// How a matched rule changes the state stack. `include` and `combined` are resolved when
// the lexer compiles; push and pop act at lexing time.
struct MutatorDef {
  enum class Kind { kNone, kPush, kPop, kInclude, kCombined, kMultiple };
  Kind kind = Kind::kNone;
  std::vector<std::string> states;   // push ("#pop" pops; empty pushes the current state),
                                     // include (one), combined (several)
  int depth = 1;                     // pop
  std::vector<MutatorDef> children;  // kMultiple
};

struct RuleDef {
  std::string pattern;
  EmitterDef emitter;
  MutatorDef mutator;
};

struct GrammarDef {
  LexerConfig config;
  // States in definition order; a later state of the same name replaces an earlier one.
  std::vector<std::pair<std::string, std::vector<RuleDef>>> states;
};

}  // namespace kiln::highlight

#endif  // KILN_HIGHLIGHT_GRAMMAR_H_
