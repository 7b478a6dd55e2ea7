// A small vocabulary for writing GrammarDef rules in C++, used by the ported lexers:
//   Rule(R"(\s+)", Tok(TokenType::kText)), Rule("<!--", Tok(kComment), Push("comment")), ...
// Header-only functions over plain values.
#ifndef KILN_HIGHLIGHT_GRAMMAR_BUILDER_H_
#define KILN_HIGHLIGHT_GRAMMAR_BUILDER_H_

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "highlight/grammar.h"

namespace kiln::highlight::build {

inline EmitterDef Tok(TokenType t) { return EmitterDef::Token(t); }

inline EmitterDef ByGroups(std::initializer_list<EmitterDef> children) {
  EmitterDef e;
  e.kind = EmitterDef::Kind::kByGroups;
  e.children = children;
  return e;
}

inline EmitterDef Using(std::string lexer) {
  EmitterDef e;
  e.kind = EmitterDef::Kind::kUsing;
  e.name = std::move(lexer);
  return e;
}

inline EmitterDef UsingSelf(std::string state) {
  EmitterDef e;
  e.kind = EmitterDef::Kind::kUsingSelf;
  e.name = std::move(state);
  return e;
}

inline EmitterDef UsingByGroup(int name_group, int code_group,
                               std::initializer_list<EmitterDef> children) {
  EmitterDef e;
  e.kind = EmitterDef::Kind::kUsingByGroup;
  e.name_group = name_group;
  e.code_group = code_group;
  e.children = children;
  return e;
}

inline MutatorDef Push(std::initializer_list<std::string> states = {}) {
  MutatorDef m;
  m.kind = MutatorDef::Kind::kPush;
  m.states = states;
  return m;
}

inline MutatorDef Pop(int depth) {
  MutatorDef m;
  m.kind = MutatorDef::Kind::kPop;
  m.depth = depth;
  return m;
}

inline RuleDef Rule(std::string pattern, EmitterDef emitter, MutatorDef mutator = {}) {
  return RuleDef{std::move(pattern), std::move(emitter), std::move(mutator)};
}

inline RuleDef Include(std::string state) {
  RuleDef r;
  r.mutator.kind = MutatorDef::Kind::kInclude;
  r.mutator.states = {std::move(state)};
  return r;
}

// Chroma's Words(): an alternation of the literal words, longest first.
std::string Words(std::string_view prefix, std::string_view suffix,
                  std::vector<std::string_view> words);

}  // namespace kiln::highlight::build

#endif  // KILN_HIGHLIGHT_GRAMMAR_BUILDER_H_
