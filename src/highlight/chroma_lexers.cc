// RegisterChromaLexers: assembles Chroma's lexer set from the embedded XML grammars and the
// ported Go-coded lexers.
#include "highlight/embedded_data.h"
#include "highlight/ported_lexers.h"
#include "highlight/registry.h"
#include "highlight/xml_grammar.h"

namespace kiln::highlight {

void RegisterChromaLexers(Registry& registry) {
  for (const EmbeddedFile& file : EmbeddedLexers()) {
    StatusOr<LexerConfig> config = ParseXmlLexerConfig(file.data);
    // The embedded grammars are fixed at build time; a broken one is skipped here and
    // reported by the conformance tests, which compile every lexer.
    if (!config.ok()) continue;
    Analyser analyser = AnalyserForXmlLexer(config->name);
    std::string_view xml = file.data;
    registry.Register(std::make_unique<RegexLexer>(
        std::move(*config), [xml] { return ParseXmlGrammar(xml); }, &registry,
        std::move(analyser)));
  }
  RegisterPortedLexers(registry);
  LexerConfig fallback;
  fallback.name = "fallback";
  fallback.filenames = {"*"};
  fallback.priority = -1;
  registry.SetFallback(std::make_unique<RegexLexer>(
      fallback, [fallback] { return PlaintextGrammar(fallback); }, &registry));
}

}  // namespace kiln::highlight
