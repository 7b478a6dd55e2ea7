// Registry: the set of lexers, found by name, alias, file name or content — Chroma's
// LexerRegistry with its lookup rules.
//
// Registry::Default() holds every lexer of Chroma 2.5.0 that kiln has: all embedded XML
// grammars plus the ported Go-coded lexers. It is built once and immutable afterwards
// (lexers compile their rules lazily, thread-safely), so it is shared by all threads.
// Lexers are owned by the Registry; pointers stay valid for its lifetime.
#ifndef KILN_HIGHLIGHT_REGISTRY_H_
#define KILN_HIGHLIGHT_REGISTRY_H_

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "highlight/lexer.h"

namespace kiln::highlight {

class Registry {
 public:
  // An empty registry; see Default() for Chroma's lexers.
  Registry();
  ~Registry();
  Registry(const Registry&) = delete;
  Registry& operator=(const Registry&) = delete;

  // The registry with all of Chroma's lexers, built on first use.
  static const Registry& Default();

  // Adds a lexer; a later lexer with the same name or alias wins lookups, as in Chroma.
  const Lexer* Register(std::unique_ptr<Lexer> lexer);
  // Chroma's Get: exact name, exact alias, lower-cased name and alias, then the lexer
  // whose file name patterns match "filename.<name>" or <name>. nullptr if none.
  const Lexer* Get(std::string_view name) const;
  // Keeps a lexer alive for the registry's lifetime without making it findable (a lexer
  // other lexers use directly).
  const Lexer* Own(std::unique_ptr<Lexer> lexer);
  // The highest-priority lexer whose file name patterns match the base name of `filename`.
  const Lexer* Match(std::string_view filename) const;
  // The lexer whose content analyser scores `text` highest (> 0); nullptr if none.
  const Lexer* Analyse(std::string_view text) const;
  // The plain-text lexer used when nothing else applies (not found by Get or Match).
  const Lexer* fallback() const { return fallback_.get(); }
  void SetFallback(std::unique_ptr<Lexer> lexer) { fallback_ = std::move(lexer); }

  const std::vector<std::unique_ptr<Lexer>>& lexers() const { return lexers_; }

 private:
  const Lexer* MatchPatterns(std::string_view base, bool aliases) const;

  std::vector<std::unique_ptr<Lexer>> lexers_;
  std::map<std::string, const Lexer*, std::less<>> by_name_;
  std::map<std::string, const Lexer*, std::less<>> by_alias_;
  std::vector<std::unique_ptr<Lexer>> owned_;
  std::unique_ptr<Lexer> fallback_;
};

// Go's filepath.Match for one path element (no separators in `name`).
bool GlobMatch(std::string_view pattern, std::string_view name);

// Adds Chroma's lexers to `registry` in Chroma's registration order: the embedded XML
// grammars, then the ported Go-coded lexers; and sets the fallback lexer.
void RegisterChromaLexers(Registry& registry);

}  // namespace kiln::highlight

#endif  // KILN_HIGHLIGHT_REGISTRY_H_
