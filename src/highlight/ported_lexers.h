// Chroma's lexers written in Go rather than XML, ported to C++ as GrammarDef builders and
// composite lexers, plus the content analysers Chroma attaches to some XML lexers.
//
// Ported: Go, Go Text Template, Go HTML Template, HTML, Docker, Makefile, markdown, PHTML,
// PostgreSQL, plaintext, Chapel, Cassandra CQL, OpenEdge ABL, Org Mode, Svelte; analysers for Bash,
// DNS, Go, MySQL, Zed (PHTML's is unreachable in Chroma: a delegating lexer asks HTML's).
#ifndef KILN_HIGHLIGHT_PORTED_LEXERS_H_
#define KILN_HIGHLIGHT_PORTED_LEXERS_H_

#include <string_view>

#include "highlight/ported_grammars.h"
#include "highlight/regex_lexer.h"

namespace kiln::highlight {

class Registry;

// The analyser Chroma's Go code attaches to the XML lexer `name`, or nullptr.
Analyser AnalyserForXmlLexer(std::string_view name);
// Registers the ported lexers, in Chroma's initialisation order. Needs the XML lexers
// registered first (they are used by name).
void RegisterPortedLexers(Registry& registry);

}  // namespace kiln::highlight

#endif  // KILN_HIGHLIGHT_PORTED_LEXERS_H_
