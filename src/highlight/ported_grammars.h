// The rules of Chroma's Go-coded regex lexers, ported as GrammarDef values.
// Pure functions; thread-safe.
#ifndef KILN_HIGHLIGHT_PORTED_GRAMMARS_H_
#define KILN_HIGHLIGHT_PORTED_GRAMMARS_H_

#include "highlight/grammar.h"

namespace kiln::highlight {

class Lexer;

// `backtick_lexer` lexes the inside of raw strings (Go templates, strings remapped).
GrammarDef GoGrammar(const Lexer* backtick_lexer);
GrammarDef HtmlGrammar();
GrammarDef DockerGrammar();
GrammarDef MakefileGrammar();
GrammarDef MarkdownGrammar();
GrammarDef PostgresGrammar();
// The nested comments, '' strings and "" identifiers PostgreSQL and CQL share.
void AppendSqlQuotingStates(GrammarDef& grammar);
// PHTML: PHP's states with "root" renamed "php", under a root that finds <?php.
GrammarDef PhtmlGrammar(GrammarDef php);
GrammarDef PlaintextGrammar(LexerConfig config);
// ported_grammars_more.cc
GrammarDef ChapelGrammar();
GrammarDef CassandraCqlGrammar();
GrammarDef OpenEdgeAblGrammar();
GrammarDef OrgGrammar();
GrammarDef SvelteGrammar();  // the language lexer under an HTML DelegatingLexer

}  // namespace kiln::highlight

#endif  // KILN_HIGHLIGHT_PORTED_GRAMMARS_H_
