// Parsing of Chroma's XML lexer grammars (lexers/embedded/*.xml) into GrammarDef.
// Pure functions; thread-safe.
#ifndef KILN_HIGHLIGHT_XML_GRAMMAR_H_
#define KILN_HIGHLIGHT_XML_GRAMMAR_H_

#include <string_view>

#include "base/status.h"
#include "highlight/grammar.h"

namespace kiln::highlight {

// Only the <config> element: cheap enough to run for every grammar at start-up.
StatusOr<LexerConfig> ParseXmlLexerConfig(std::string_view xml);
// The whole grammar: config and rules.
StatusOr<GrammarDef> ParseXmlGrammar(std::string_view xml);

}  // namespace kiln::highlight

#endif  // KILN_HIGHLIGHT_XML_GRAMMAR_H_
