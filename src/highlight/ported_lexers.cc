#include "highlight/ported_lexers.h"

#include "highlight/composite_lexers.h"
#include "highlight/embedded_data.h"
#include "highlight/registry.h"
#include "highlight/xml_grammar.h"

namespace kiln::highlight {
namespace {

bool Contains(std::string_view text, std::string_view needle) {
  return text.find(needle) != std::string_view::npos;
}

bool IsAsciiWord(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

bool IsRe2Space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

// Counts non-overlapping matches of open [a-zA-Z_]\w* close (RE2's FindAll semantics).
int CountDelimitedNames(std::string_view text, char open, char close) {
  int count = 0;
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] == open && i + 1 < text.size() && IsAsciiWord(text[i + 1]) &&
        !(text[i + 1] >= '0' && text[i + 1] <= '9')) {
      size_t j = i + 2;
      while (j < text.size() && IsAsciiWord(text[j])) ++j;
      if (j < text.size() && text[j] == close) {
        ++count;
        i = j + 1;
        continue;
      }
    }
    ++i;
  }
  return count;
}

// Each line start: the offsets where (?m)^ matches.
template <typename F>
bool AnyLine(std::string_view text, F f) {
  size_t start = 0;
  while (true) {
    if (f(text.substr(start))) return true;
    size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) return false;
    start = nl + 1;
  }
}

// (?m)^#!.*/bin/(?:env |)(?:bash|zsh|sh|ksh)
float AnalyseBash(std::string_view text) {
  return AnyLine(
             text,
             [](std::string_view s) {
               if (!s.starts_with("#!")) return false;
               std::string_view line = s.substr(0, s.find('\n'));
               for (size_t k = line.find("/bin/"); k != std::string_view::npos;
                    k = line.find("/bin/", k + 1)) {
                 std::string_view rest = line.substr(k + 5);
                 for (std::string_view r : {rest, rest.starts_with("env ") ? rest.substr(4) : ""}) {
                   for (std::string_view shell : {"bash", "zsh", "sh", "ksh"}) {
                     if (r.starts_with(shell)) return true;
                   }
                 }
               }
               return false;
             })
             ? 1.0f
             : 0.0f;
}

// (?m)^@\s+IN\s+SOA\s+
float AnalyseDns(std::string_view text) {
  auto spaces = [](std::string_view s, size_t& i) {
    size_t from = i;
    while (i < s.size() && IsRe2Space(s[i])) ++i;
    return i > from;
  };
  return AnyLine(text,
                 [&](std::string_view s) {
                   size_t i = 0;
                   if (s.empty() || s[0] != '@') return false;
                   ++i;
                   if (!spaces(s, i) || s.substr(i, 2) != "IN") return false;
                   i += 2;
                   if (!spaces(s, i) || s.substr(i, 3) != "SOA") return false;
                   i += 3;
                   return spaces(s, i);
                 })
             ? 1.0f
             : 0.0f;
}

float AnalyseGo(std::string_view text) {
  if (Contains(text, "fmt.") && Contains(text, "package ")) return 0.5f;
  if (Contains(text, "package ")) return 0.1f;
  return 0;
}

float AnalyseMysql(std::string_view text) {
  int backtick = CountDelimitedNames(text, '`', '`');
  int bracket = CountDelimitedNames(text, '[', ']');
  if (backtick + bracket >= 1 && backtick >= 2 * bracket) return 0.5f;
  if (backtick > bracket) return 0.2f;
  if (backtick > 0) return 0.1f;
  return 0;
}

float AnalyseZed(std::string_view text) {
  bool definition = Contains(text, "definition ");
  bool relation = Contains(text, "relation ");
  bool permission = Contains(text, "permission ");
  if (definition && relation && permission) return 0.9f;
  if (definition || relation) return 0.5f;
  if (permission) return 0.25f;
  return 0;
}

LexerConfig NamedConfig(std::string name, std::string alias) {
  LexerConfig config;
  config.name = std::move(name);
  config.aliases = {std::move(alias)};
  return config;
}

std::string_view EmbeddedGrammar(std::string_view file) {
  for (const EmbeddedFile& f : EmbeddedLexers()) {
    if (f.name == file) return f.data;
  }
  return {};
}

// A RegexLexer whose config is the grammar's own.
std::unique_ptr<RegexLexer> FromGrammar(GrammarDef (*make)(), const Registry* registry,
                                        Analyser analyser = nullptr) {
  LexerConfig config = make().config;
  return std::make_unique<RegexLexer>(
      std::move(config), [make] { return make(); }, registry, std::move(analyser));
}

}  // namespace

Analyser AnalyserForXmlLexer(std::string_view name) {
  if (name == "Bash") return AnalyseBash;
  if (name == "dns") return AnalyseDns;
  if (name == "MySQL") return AnalyseMysql;
  if (name == "Zed") return AnalyseZed;
  return nullptr;
}

void RegisterPortedLexers(Registry& registry) {
  registry.Register(FromGrammar(ChapelGrammar, &registry));
  registry.Register(FromGrammar(CassandraCqlGrammar, &registry));
  registry.Register(FromGrammar(DockerGrammar, &registry));

  std::string_view go_template = EmbeddedGrammar("go_template.xml");
  auto template_source = [go_template] { return ParseXmlGrammar(go_template); };
  const Lexer* text_template = registry.Register(std::make_unique<RegexLexer>(
      NamedConfig("Go Text Template", "go-text-template"), template_source, &registry));
  const Lexer* raw_strings = registry.Own(std::make_unique<TypeRemappingLexer>(
      text_template, text_template->config(),
      std::vector<TypeMapping>{{TokenType::kOther, TokenType::kLiteralString, {}}}));
  LexerConfig go_config = GoGrammar(nullptr).config;
  registry.Register(std::make_unique<RegexLexer>(
      std::move(go_config), [raw_strings] { return GoGrammar(raw_strings); }, &registry,
      AnalyseGo));

  const Lexer* html = registry.Register(FromGrammar(HtmlGrammar, &registry));
  const Lexer* html_template = registry.Own(std::make_unique<RegexLexer>(
      NamedConfig("Go HTML Template", "go-html-template"), template_source, &registry));
  registry.Register(std::make_unique<DelegatingLexer>(html, html_template));

  registry.Register(FromGrammar(MakefileGrammar, &registry));
  const Lexer* markdown = registry.Own(FromGrammar(MarkdownGrammar, &registry));
  registry.Register(std::make_unique<DelegatingLexer>(html, markdown));

  registry.Register(FromGrammar(OpenEdgeAblGrammar, &registry));
  registry.Register(FromGrammar(OrgGrammar, &registry));

  std::string_view php = EmbeddedGrammar("php.xml");
  LexerConfig phtml_config = PhtmlGrammar({}).config;
  const Lexer* phtml = registry.Own(std::make_unique<RegexLexer>(
      std::move(phtml_config),
      [php]() -> StatusOr<GrammarDef> {
        ASSIGN_OR_RETURN(GrammarDef grammar, ParseXmlGrammar(php));
        return PhtmlGrammar(std::move(grammar));
      },
      &registry));
  registry.Register(std::make_unique<DelegatingLexer>(html, phtml));

  LexerConfig plaintext;
  plaintext.name = "plaintext";
  plaintext.aliases = {"text", "plain", "no-highlight"};
  plaintext.filenames = {"*.txt"};
  plaintext.mime_types = {"text/plain"};
  plaintext.priority = -1;
  registry.Register(std::make_unique<RegexLexer>(
      plaintext, [plaintext] { return PlaintextGrammar(plaintext); }, &registry));
  registry.Register(FromGrammar(PostgresGrammar, &registry));
  const Lexer* svelte = registry.Own(FromGrammar(SvelteGrammar, &registry));
  registry.Register(std::make_unique<DelegatingLexer>(html, svelte));
}

}  // namespace kiln::highlight
