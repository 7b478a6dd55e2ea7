#include "highlight/ported_grammars.h"

#include <algorithm>

#include "highlight/grammar_builder.h"

namespace kiln::highlight {

using namespace build;  // NOLINT: the rule vocabulary
using TT = TokenType;

namespace build {

std::string Words(std::string_view prefix, std::string_view suffix,
                  std::vector<std::string_view> words) {
  std::stable_sort(words.begin(), words.end(),
                   [](std::string_view a, std::string_view b) { return a.size() > b.size(); });
  std::string out(prefix);
  out += '(';
  for (size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += '|';
    for (char c : words[i]) {
      if (std::string_view(R"re(\.+*?()|[]{}^$)re").find(c) != std::string_view::npos) out += '\\';
      out += c;
    }
  }
  out += ')';
  out += suffix;
  return out;
}

}  // namespace build

GrammarDef GoGrammar(const Lexer* backtick_lexer) {
  EmitterDef backtick = Using("");
  backtick.lexer = backtick_lexer;
  GrammarDef g;
  g.config.name = "Go";
  g.config.aliases = {"go", "golang"};
  g.config.filenames = {"*.go"};
  g.config.mime_types = {"text/x-gosrc"};
  g.config.ensure_nl = true;
  std::vector<std::string_view> types = {
      "uint",       "uint8", "uint16", "uint32", "uint64",  "int",     "int8",
      "int16",      "int32", "int64",  "float",  "float32", "float64", "complex64",
      "complex128", "byte",  "rune",   "string", "bool",    "error",   "uintptr"};
  std::vector<std::string_view> builtins = types;
  for (std::string_view b : {"print", "println", "panic", "recover", "close", "complex", "real",
                             "imag", "len", "cap", "append", "copy", "delete", "new", "make"}) {
    builtins.push_back(b);
  }
  g.states = {
      {"root",
       {
           Rule(R"re(\n)re", Tok(TT::kText)),
           Rule(R"re(\s+)re", Tok(TT::kText)),
           Rule(R"re(\\\n)re", Tok(TT::kText)),
           Rule(R"re(//(.*?)\n)re", Tok(TT::kCommentSingle)),
           Rule(R"re(/(\\\n)?[*](.|\n)*?[*](\\\n)?/)re", Tok(TT::kCommentMultiline)),
           Rule(R"re((import|package)\b)re", Tok(TT::kKeywordNamespace)),
           Rule(R"re((var|func|struct|map|chan|type|interface|const)\b)re",
                Tok(TT::kKeywordDeclaration)),
           Rule(Words("", R"re(\b)re",
                      {"break", "default", "select", "case", "defer", "go", "else", "goto",
                       "switch", "fallthrough", "if", "range", "continue", "for", "return"}),
                Tok(TT::kKeyword)),
           Rule(R"re((true|false|iota|nil)\b)re", Tok(TT::kKeywordConstant)),
           Rule(Words("", R"re(\b(\())re", builtins),
                ByGroups({Tok(TT::kNameBuiltin), Tok(TT::kPunctuation)})),
           Rule(Words("", R"re(\b)re", types), Tok(TT::kKeywordType)),
           Rule(R"re(\d+i)re", Tok(TT::kLiteralNumber)),
           Rule(R"re(\d+\.\d*([Ee][-+]\d+)?i)re", Tok(TT::kLiteralNumber)),
           Rule(R"re(\.\d+([Ee][-+]\d+)?i)re", Tok(TT::kLiteralNumber)),
           Rule(R"re(\d+[Ee][-+]\d+i)re", Tok(TT::kLiteralNumber)),
           Rule(R"re(\d+(\.\d+[eE][+\-]?\d+|\.\d*|[eE][+\-]?\d+))re", Tok(TT::kLiteralNumberFloat)),
           Rule(R"re(\.\d+([eE][+\-]?\d+)?)re", Tok(TT::kLiteralNumberFloat)),
           Rule(R"re(0[0-7]+)re", Tok(TT::kLiteralNumberOct)),
           Rule(R"re(0[xX][0-9a-fA-F_]+)re", Tok(TT::kLiteralNumberHex)),
           Rule(R"re(0b[01_]+)re", Tok(TT::kLiteralNumberBin)),
           Rule(R"re((0|[1-9][0-9_]*))re", Tok(TT::kLiteralNumberInteger)),
           Rule(
               R"re('(\\['"\\abfnrtv]|\\x[0-9a-fA-F]{2}|\\[0-7]{1,3}|\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8}|[^\\])')re",
               Tok(TT::kLiteralStringChar)),
           Rule(R"re((`)([^`]*)(`))re",
                ByGroups({Tok(TT::kLiteralString), backtick, Tok(TT::kLiteralString)})),
           Rule(R"re("(\\\\|\\"|[^"])*")re", Tok(TT::kLiteralString)),
           Rule(
               R"re((<<=|>>=|<<|>>|<=|>=|&\^=|&\^|\+=|-=|\*=|/=|%=|&=|\|=|&&|\|\||<-|\+\+|--|==|!=|:=|\.\.\.|[+\-*/%&]))re",
               Tok(TT::kOperator)),
           Rule(R"re(([a-zA-Z_]\w*)(\s*)(\())re",
                ByGroups({Tok(TT::kNameFunction), UsingSelf("root"), Tok(TT::kPunctuation)})),
           Rule(R"re([|^<>=!()\[\]{}.,;:])re", Tok(TT::kPunctuation)),
           Rule(R"re([^\W\d]\w*)re", Tok(TT::kNameOther)),
       }},
  };
  return g;
}

GrammarDef HtmlGrammar() {
  auto close_tag = [](std::string_view tag) {
    return Rule(
        "(<)(\\s*)(/)(\\s*)(" + std::string(tag) + ")(\\s*)(>)",
        ByGroups({Tok(TT::kPunctuation), Tok(TT::kText), Tok(TT::kPunctuation), Tok(TT::kText),
                  Tok(TT::kNameTag), Tok(TT::kText), Tok(TT::kPunctuation)}),
        Pop(1));
  };
  GrammarDef g;
  g.config.name = "HTML";
  g.config.aliases = {"html"};
  g.config.filenames = {"*.html", "*.htm", "*.xhtml", "*.xslt"};
  g.config.mime_types = {"text/html", "application/xhtml+xml"};
  g.config.case_insensitive = true;
  g.config.dot_all = true;
  g.config.not_multiline = true;
  g.states = {
      {"root",
       {
           Rule(R"re([^<&]+)re", Tok(TT::kText)),
           Rule(R"re(&\S*?;)re", Tok(TT::kNameEntity)),
           Rule(R"re(\<\!\[CDATA\[.*?\]\]\>)re", Tok(TT::kCommentPreproc)),
           Rule(R"re(<!--)re", Tok(TT::kComment), Push({"comment"})),
           Rule(R"re(<\?.*?\?>)re", Tok(TT::kCommentPreproc)),
           Rule(R"re(<![^>]*>)re", Tok(TT::kCommentPreproc)),
           Rule(
               R"re((<)(\s*)(script)(\s*))re",
               ByGroups({Tok(TT::kPunctuation), Tok(TT::kText), Tok(TT::kNameTag), Tok(TT::kText)}),
               Push({"script-content", "tag"})),
           Rule(
               R"re((<)(\s*)(style)(\s*))re",
               ByGroups({Tok(TT::kPunctuation), Tok(TT::kText), Tok(TT::kNameTag), Tok(TT::kText)}),
               Push({"style-content", "tag"})),
           Rule(R"re((<)(\s*)([\w:.-]+))re",
                ByGroups({Tok(TT::kPunctuation), Tok(TT::kText), Tok(TT::kNameTag)}),
                Push({"tag"})),
           Rule(R"re((<)(\s*)(/)(\s*)([\w:.-]+)(\s*)(>))re",
                ByGroups({Tok(TT::kPunctuation), Tok(TT::kText), Tok(TT::kPunctuation),
                          Tok(TT::kText), Tok(TT::kNameTag), Tok(TT::kText),
                          Tok(TT::kPunctuation)})),
       }},
      {"comment",
       {
           Rule(R"re([^-]+)re", Tok(TT::kComment)),
           Rule(R"re(-->)re", Tok(TT::kComment), Pop(1)),
           Rule(R"re(-)re", Tok(TT::kComment)),
       }},
      {"tag",
       {
           Rule(R"re(\s+)re", Tok(TT::kText)),
           Rule(R"re(([\w:-]+\s*)(=)(\s*))re",
                ByGroups({Tok(TT::kNameAttribute), Tok(TT::kOperator), Tok(TT::kText)}),
                Push({"attr"})),
           Rule(R"re([\w:-]+)re", Tok(TT::kNameAttribute)),
           Rule(R"re((/?)(\s*)(>))re",
                ByGroups({Tok(TT::kPunctuation), Tok(TT::kText), Tok(TT::kPunctuation)}), Pop(1)),
       }},
      {"script-content",
       {
           close_tag("script"),
           Rule(R"re(.+?(?=<\s*/\s*script\s*>))re", Using("Javascript")),
       }},
      {"style-content",
       {
           close_tag("style"),
           Rule(R"re(.+?(?=<\s*/\s*style\s*>))re", Using("CSS")),
       }},
      {"attr",
       {
           Rule(R"re(".*?")re", Tok(TT::kLiteralString), Pop(1)),
           Rule(R"re('.*?')re", Tok(TT::kLiteralString), Pop(1)),
           Rule(R"re([^\s>]+)re", Tok(TT::kLiteralString), Pop(1)),
       }},
  };
  return g;
}

GrammarDef DockerGrammar() {
  GrammarDef g;
  g.config.name = "Docker";
  g.config.aliases = {"docker", "dockerfile"};
  g.config.filenames = {"Dockerfile", "Dockerfile.*", "*.docker"};
  g.config.mime_types = {"text/x-dockerfile-config"};
  g.config.case_insensitive = true;
  g.states = {
      {"root",
       {
           Rule(R"re(#.*)re", Tok(TT::kComment)),
           Rule(R"re((ONBUILD)((?:\s*\\?\s*)))re", ByGroups({Tok(TT::kKeyword), Using("Bash")})),
           Rule(R"re((HEALTHCHECK)(((?:\s*\\?\s*)--\w+=\w+(?:\s*\\?\s*))*))re",
                ByGroups({Tok(TT::kKeyword), Using("Bash")})),
           Rule(R"re((VOLUME|ENTRYPOINT|CMD|SHELL)((?:\s*\\?\s*))(\[.*?\]))re",
                ByGroups({Tok(TT::kKeyword), Using("Bash"), Using("JSON")})),
           Rule(R"re((LABEL|ENV|ARG)((?:(?:\s*\\?\s*)\w+=\w+(?:\s*\\?\s*))*))re",
                ByGroups({Tok(TT::kKeyword), Using("Bash")})),
           Rule(R"re(((?:FROM|MAINTAINER|EXPOSE|WORKDIR|USER|STOPSIGNAL)|VOLUME)\b(.*))re",
                ByGroups({Tok(TT::kKeyword), Tok(TT::kLiteralString)})),
           Rule(R"re(((?:RUN|CMD|ENTRYPOINT|ENV|ARG|LABEL|ADD|COPY)))re", Tok(TT::kKeyword)),
           Rule(R"re((.*\\\n)*.+)re", Using("Bash")),
       }},
  };
  return g;
}

GrammarDef MakefileGrammar() {
  GrammarDef g;
  g.config.name = "Makefile";
  g.config.aliases = {"make", "makefile", "mf", "bsdmake"};
  g.config.filenames = {"*.mak",      "*.mk",        "Makefile",   "makefile",
                        "Makefile.*", "GNUmakefile", "BSDmakefile"};
  g.config.mime_types = {"text/x-makefile"};
  g.config.ensure_nl = true;
  g.states = {
      {"root",
       {
           Rule(R"re(^(?:[\t ]+.*\n|\n)+)re", Using("Bash")),
           Rule(R"re(\$[<@$+%?|*])re", Tok(TT::kKeyword)),
           Rule(R"re(\s+)re", Tok(TT::kText)),
           Rule(R"re(#.*?\n)re", Tok(TT::kComment)),
           Rule(R"re((export)(\s+)(?=[\w${}\t -]+\n))re",
                ByGroups({Tok(TT::kKeyword), Tok(TT::kText)}), Push({"export"})),
           Rule(R"re(export\s+)re", Tok(TT::kKeyword)),
           Rule(R"re(([\w${}().-]+)(\s*)([!?:+]?=)([ \t]*)((?:.*\\\n)+|.*\n))re",
                ByGroups({Tok(TT::kNameVariable), Tok(TT::kText), Tok(TT::kOperator),
                          Tok(TT::kText), Using("Bash")})),
           Rule(R"re((?s)"(\\\\|\\.|[^"\\])*")re", Tok(TT::kLiteralStringDouble)),
           Rule(R"re((?s)'(\\\\|\\.|[^'\\])*')re", Tok(TT::kLiteralStringSingle)),
           Rule(R"re(([^\n:]+)(:+)([ \t]*))re",
                ByGroups({Tok(TT::kNameFunction), Tok(TT::kOperator), Tok(TT::kText)}),
                Push({"block-header"})),
           Rule(R"re(\$\()re", Tok(TT::kKeyword), Push({"expansion"})),
       }},
      {"expansion",
       {
           Rule(R"re([^$a-zA-Z_()]+)re", Tok(TT::kText)),
           Rule(R"re([a-zA-Z_]+)re", Tok(TT::kNameVariable)),
           Rule(R"re(\$)re", Tok(TT::kKeyword)),
           Rule(R"re(\()re", Tok(TT::kKeyword), Push()),
           Rule(R"re(\))re", Tok(TT::kKeyword), Pop(1)),
       }},
      {"export",
       {
           Rule(R"re([\w${}-]+)re", Tok(TT::kNameVariable)),
           Rule(R"re(\n)re", Tok(TT::kText), Pop(1)),
           Rule(R"re(\s+)re", Tok(TT::kText)),
       }},
      {"block-header",
       {
           Rule(R"re([,|])re", Tok(TT::kPunctuation)),
           Rule(R"re(#.*?\n)re", Tok(TT::kComment), Pop(1)),
           Rule(R"re(\\\n)re", Tok(TT::kText)),
           Rule(R"re(\$\()re", Tok(TT::kKeyword), Push({"expansion"})),
           Rule(R"re([a-zA-Z_]+)re", Tok(TT::kName)),
           Rule(R"re(\n)re", Tok(TT::kText), Pop(1)),
           Rule(R"re(.)re", Tok(TT::kText)),
       }},
  };
  return g;
}

GrammarDef MarkdownGrammar() {
  GrammarDef g;
  g.config.name = "markdown";
  g.config.aliases = {"md", "mkd"};
  g.config.filenames = {"*.md", "*.mkd", "*.markdown"};
  g.config.mime_types = {"text/x-markdown"};
  g.states = {
      {"root",
       {
           Rule(R"re(^(#[^#].+\n))re", ByGroups({Tok(TT::kGenericHeading)})),
           Rule(R"re(^(#{2,6}.+\n))re", ByGroups({Tok(TT::kGenericSubheading)})),
           Rule(R"re(^(\s*)([*-] )(\[[ xX]\])( .+\n))re",
                ByGroups(
                    {Tok(TT::kText), Tok(TT::kKeyword), Tok(TT::kKeyword), UsingSelf("inline")})),
           Rule(R"re(^(\s*)([*-])(\s)(.+\n))re",
                ByGroups({Tok(TT::kText), Tok(TT::kKeyword), Tok(TT::kText), UsingSelf("inline")})),
           Rule(R"re(^(\s*)([0-9]+\.)( .+\n))re",
                ByGroups({Tok(TT::kText), Tok(TT::kKeyword), UsingSelf("inline")})),
           Rule(R"re(^(\s*>\s)(.+\n))re", ByGroups({Tok(TT::kKeyword), Tok(TT::kGenericEmph)})),
           Rule(R"re(^(```\n)([\w\W]*?)(^```$))re",
                ByGroups({Tok(TT::kLiteralString), Tok(TT::kText), Tok(TT::kLiteralString)})),
           Rule(R"re(^(```)(\w+)(\n)([\w\W]*?)(^```$))re",
                UsingByGroup(2, 4,
                             {Tok(TT::kLiteralString), Tok(TT::kLiteralString),
                              Tok(TT::kLiteralString), Tok(TT::kText), Tok(TT::kLiteralString)})),
           Include("inline"),
       }},
      {"inline",
       {
           Rule(R"re(\\.)re", Tok(TT::kText)),
           Rule(R"re((\s)(\*|_)((?:(?!\2).)*)(\2)((?=\W|\n)))re",
                ByGroups({Tok(TT::kText), Tok(TT::kGenericEmph), Tok(TT::kGenericEmph),
                          Tok(TT::kGenericEmph), Tok(TT::kText)})),
           Rule(R"re((\s)((\*\*|__).*?)\3((?=\W|\n)))re",
                ByGroups({Tok(TT::kText), Tok(TT::kGenericStrong), Tok(TT::kGenericStrong),
                          Tok(TT::kText)})),
           Rule(R"re((\s)(~~[^~]+~~)((?=\W|\n)))re",
                ByGroups({Tok(TT::kText), Tok(TT::kGenericDeleted), Tok(TT::kText)})),
           Rule(R"re(`[^`]+`)re", Tok(TT::kLiteralStringBacktick)),
           Rule(R"re([@#][\w/:]+)re", Tok(TT::kNameEntity)),
           Rule(R"re((!?\[)([^]]+)(\])(\()([^)]+)(\)))re",
                ByGroups({Tok(TT::kText), Tok(TT::kNameTag), Tok(TT::kText), Tok(TT::kText),
                          Tok(TT::kNameAttribute), Tok(TT::kText)})),
           Rule(R"re([^\\\s]+)re", Tok(TT::kOther)),
           Rule(R"re(.|\n)re", Tok(TT::kOther)),
       }},
  };
  return g;
}

void AppendSqlQuotingStates(GrammarDef& g) {
  EmitterDef single = Tok(TT::kLiteralStringSingle);
  EmitterDef name = Tok(TT::kLiteralStringName);
  EmitterDef comment = Tok(TT::kCommentMultiline);
  g.states.push_back({"multiline-comments",
                      {
                          Rule(R"re(/\*)re", comment, Push({"multiline-comments"})),
                          Rule(R"re(\*/)re", comment, Pop(1)),
                          Rule(R"re([^/*]+)re", comment),
                          Rule(R"re([/*])re", comment),
                      }});
  g.states.push_back({"string",
                      {
                          Rule(R"re([^']+)re", single),
                          Rule(R"re('')re", single),
                          Rule(R"re(')re", single, Pop(1)),
                      }});
  g.states.push_back({"quoted-ident",
                      {
                          Rule(R"re([^"]+)re", name),
                          Rule(R"re("")re", name),
                          Rule(R"re(")re", name, Pop(1)),
                      }});
}

GrammarDef PostgresGrammar() {
  GrammarDef g;
  g.config.name = "PostgreSQL SQL dialect";
  g.config.aliases = {"postgresql", "postgres"};
  g.config.mime_types = {"text/x-postgresql"};
  g.config.case_insensitive = true;
  g.config.not_multiline = true;
  EmitterDef heredoc = Tok(TT::kLiteralStringHeredoc);
  EmitterDef single = Tok(TT::kLiteralStringSingle);
  EmitterDef text = Tok(TT::kText);
  EmitterDef keyword = Tok(TT::kKeyword);
  g.states = {
      {"root",
       {
           Rule(R"re(\s+)re", text),
           Rule(R"re(--.*\n?)re", Tok(TT::kCommentSingle)),
           Rule(R"re(/\*)re", Tok(TT::kCommentMultiline), Push({"multiline-comments"})),
           Rule(
               R"re((bigint|bigserial|bit|bit\s+varying|bool|boolean|box|bytea|char|character|character\s+varying|cidr|circle|date|decimal|double\s+precision|float4|float8|inet|int|int2|int4|int8|integer|interval|json|jsonb|line|lseg|macaddr|money|numeric|path|pg_lsn|point|polygon|real|serial|serial2|serial4|serial8|smallint|smallserial|text|time|timestamp|timestamptz|timetz|tsquery|tsvector|txid_snapshot|uuid|varbit|varchar|with\s+time\s+zone|without\s+time\s+zone|xml|anyarray|anyelement|anyenum|anynonarray|anyrange|cstring|fdw_handler|internal|language_handler|opaque|record|void)\b)re",
               Tok(TT::kNameBuiltin)),
           Rule(
               R"re((?s)(DO)(\s+)(?:(LANGUAGE)?(\s+)('?)(\w+)?('?)(\s+))?(\$)([^$]*)(\$)(.*?)(\$)(\10)(\$))re",
               UsingByGroup(6, 12,
                            {keyword, text, keyword, text, single, single, single, text, heredoc,
                             heredoc, heredoc, heredoc, heredoc, heredoc, heredoc})),
           Rule(Words("", R"re(\b)re",
                      {
                          "ABORT",
                          "ABSOLUTE",
                          "ACCESS",
                          "ACTION",
                          "ADD",
                          "ADMIN",
                          "AFTER",
                          "AGGREGATE",
                          "ALL",
                          "ALSO",
                          "ALTER",
                          "ALWAYS",
                          "ANALYSE",
                          "ANALYZE",
                          "AND",
                          "ANY",
                          "ARRAY",
                          "AS",
                          "ASC",
                          "ASSERTION",
                          "ASSIGNMENT",
                          "ASYMMETRIC",
                          "AT",
                          "ATTRIBUTE",
                          "AUTHORIZATION",
                          "BACKWARD",
                          "BEFORE",
                          "BEGIN",
                          "BETWEEN",
                          "BIGINT",
                          "BINARY",
                          "BIT",
                          "BOOLEAN",
                          "BOTH",
                          "BY",
                          "CACHE",
                          "CALLED",
                          "CASCADE",
                          "CASCADED",
                          "CASE",
                          "CAST",
                          "CATALOG",
                          "CHAIN",
                          "CHAR",
                          "CHARACTER",
                          "CHARACTERISTICS",
                          "CHECK",
                          "CHECKPOINT",
                          "CLASS",
                          "CLOSE",
                          "CLUSTER",
                          "COALESCE",
                          "COLLATE",
                          "COLLATION",
                          "COLUMN",
                          "COMMENT",
                          "COMMENTS",
                          "COMMIT",
                          "COMMITTED",
                          "CONCURRENTLY",
                          "CONFIGURATION",
                          "CONNECTION",
                          "CONSTRAINT",
                          "CONSTRAINTS",
                          "CONTENT",
                          "CONTINUE",
                          "CONVERSION",
                          "COPY",
                          "COST",
                          "CREATE",
                          "CROSS",
                          "CSV",
                          "CURRENT",
                          "CURRENT_CATALOG",
                          "CURRENT_DATE",
                          "CURRENT_ROLE",
                          "CURRENT_SCHEMA",
                          "CURRENT_TIME",
                          "CURRENT_TIMESTAMP",
                          "CURRENT_USER",
                          "CURSOR",
                          "CYCLE",
                          "DATA",
                          "DATABASE",
                          "DAY",
                          "DEALLOCATE",
                          "DEC",
                          "DECIMAL",
                          "DECLARE",
                          "DEFAULT",
                          "DEFAULTS",
                          "DEFERRABLE",
                          "DEFERRED",
                          "DEFINER",
                          "DELETE",
                          "DELIMITER",
                          "DELIMITERS",
                          "DESC",
                          "DICTIONARY",
                          "DISABLE",
                          "DISCARD",
                          "DISTINCT",
                          "DO",
                          "DOCUMENT",
                          "DOMAIN",
                          "DOUBLE",
                          "DROP",
                          "EACH",
                          "ELSE",
                          "ENABLE",
                          "ENCODING",
                          "ENCRYPTED",
                          "END",
                          "ENUM",
                          "ESCAPE",
                          "EVENT",
                          "EXCEPT",
                          "EXCLUDE",
                          "EXCLUDING",
                          "EXCLUSIVE",
                          "EXECUTE",
                          "EXISTS",
                          "EXPLAIN",
                          "EXTENSION",
                          "EXTERNAL",
                          "EXTRACT",
                          "FALSE",
                          "FAMILY",
                          "FETCH",
                          "FILTER",
                          "FIRST",
                          "FLOAT",
                          "FOLLOWING",
                          "FOR",
                          "FORCE",
                          "FOREIGN",
                          "FORWARD",
                          "FREEZE",
                          "FROM",
                          "FULL",
                          "FUNCTION",
                          "FUNCTIONS",
                          "GLOBAL",
                          "GRANT",
                          "GRANTED",
                          "GREATEST",
                          "GROUP",
                          "HANDLER",
                          "HAVING",
                          "HEADER",
                          "HOLD",
                          "HOUR",
                          "IDENTITY",
                          "IF",
                          "ILIKE",
                          "IMMEDIATE",
                          "IMMUTABLE",
                          "IMPLICIT",
                          "IN",
                          "INCLUDING",
                          "INCREMENT",
                          "INDEX",
                          "INDEXES",
                          "INHERIT",
                          "INHERITS",
                          "INITIALLY",
                          "INLINE",
                          "INNER",
                          "INOUT",
                          "INPUT",
                          "INSENSITIVE",
                          "INSERT",
                          "INSTEAD",
                          "INT",
                          "INTEGER",
                          "INTERSECT",
                          "INTERVAL",
                          "INTO",
                          "INVOKER",
                          "IS",
                          "ISNULL",
                          "ISOLATION",
                          "JOIN",
                          "KEY",
                          "LABEL",
                          "LANGUAGE",
                          "LARGE",
                          "LAST",
                          "LATERAL",
                          "LC_COLLATE",
                          "LC_CTYPE",
                          "LEADING",
                          "LEAKPROOF",
                          "LEAST",
                          "LEFT",
                          "LEVEL",
                          "LIKE",
                          "LIMIT",
                          "LISTEN",
                          "LOAD",
                          "LOCAL",
                          "LOCALTIME",
                          "LOCALTIMESTAMP",
                          "LOCATION",
                          "LOCK",
                          "MAPPING",
                          "MATCH",
                          "MATERIALIZED",
                          "MAXVALUE",
                          "MINUTE",
                          "MINVALUE",
                          "MODE",
                          "MONTH",
                          "MOVE",
                          "NAME",
                          "NAMES",
                          "NATIONAL",
                          "NATURAL",
                          "NCHAR",
                          "NEXT",
                          "NO",
                          "NONE",
                          "NOT",
                          "NOTHING",
                          "NOTIFY",
                          "NOTNULL",
                          "NOWAIT",
                          "NULL",
                          "NULLIF",
                          "NULLS",
                          "NUMERIC",
                          "OBJECT",
                          "OF",
                          "OFF",
                          "OFFSET",
                          "OIDS",
                          "ON",
                          "ONLY",
                          "OPERATOR",
                          "OPTION",
                          "OPTIONS",
                          "OR",
                          "ORDER",
                          "ORDINALITY",
                          "OUT",
                          "OUTER",
                          "OVER",
                          "OVERLAPS",
                          "OVERLAY",
                          "OWNED",
                          "OWNER",
                          "PARSER",
                          "PARTIAL",
                          "PARTITION",
                          "PASSING",
                          "PASSWORD",
                          "PLACING",
                          "PLANS",
                          "POLICY",
                          "POSITION",
                          "PRECEDING",
                          "PRECISION",
                          "PREPARE",
                          "PREPARED",
                          "PRESERVE",
                          "PRIMARY",
                          "PRIOR",
                          "PRIVILEGES",
                          "PROCEDURAL",
                          "PROCEDURE",
                          "PROGRAM",
                          "QUOTE",
                          "RANGE",
                          "READ",
                          "REAL",
                          "REASSIGN",
                          "RECHECK",
                          "RECURSIVE",
                          "REF",
                          "REFERENCES",
                          "REFRESH",
                          "REINDEX",
                          "RELATIVE",
                          "RELEASE",
                          "RENAME",
                          "REPEATABLE",
                          "REPLACE",
                          "REPLICA",
                          "RESET",
                          "RESTART",
                          "RESTRICT",
                          "RETURNING",
                          "RETURNS",
                          "REVOKE",
                          "RIGHT",
                          "ROLE",
                          "ROLLBACK",
                          "ROW",
                          "ROWS",
                          "RULE",
                          "SAVEPOINT",
                          "SCHEMA",
                          "SCROLL",
                          "SEARCH",
                          "SECOND",
                          "SECURITY",
                          "SELECT",
                          "SEQUENCE",
                          "SEQUENCES",
                          "SERIALIZABLE",
                          "SERVER",
                          "SESSION",
                          "SESSION_USER",
                          "SET",
                          "SETOF",
                          "SHARE",
                          "SHOW",
                          "SIMILAR",
                          "SIMPLE",
                          "SMALLINT",
                          "SNAPSHOT",
                          "SOME",
                          "STABLE",
                          "STANDALONE",
                          "START",
                          "STATEMENT",
                          "STATISTICS",
                          "STDIN",
                          "STDOUT",
                          "STORAGE",
                          "STRICT",
                          "STRIP",
                          "SUBSTRING",
                          "SYMMETRIC",
                          "SYSID",
                          "SYSTEM",
                          "TABLE",
                          "TABLES",
                          "TABLESPACE",
                          "TEMP",
                          "TEMPLATE",
                          "TEMPORARY",
                          "TEXT",
                          "THEN",
                          "TIME",
                          "TIMESTAMP",
                          "TO",
                          "TRAILING",
                          "TRANSACTION",
                          "TREAT",
                          "TRIGGER",
                          "TRIM",
                          "TRUE",
                          "TRUNCATE",
                          "TRUSTED",
                          "TYPE",
                          "TYPES",
                          "UNBOUNDED",
                          "UNCOMMITTED",
                          "UNENCRYPTED",
                          "UNION",
                          "UNIQUE",
                          "UNKNOWN",
                          "UNLISTEN",
                          "UNLOGGED",
                          "UNTIL",
                          "UPDATE",
                          "USER",
                          "USING",
                          "VACUUM",
                          "VALID",
                          "VALIDATE",
                          "VALIDATOR",
                          "VALUE",
                          "VALUES",
                          "VARCHAR",
                          "VARIADIC",
                          "VARYING",
                          "VERBOSE",
                          "VERSION",
                          "VIEW",
                          "VIEWS",
                          "VOLATILE",
                          "WHEN",
                          "WHERE",
                          "WHITESPACE",
                          "WINDOW",
                          "WITH",
                          "WITHIN",
                          "WITHOUT",
                          "WORK",
                          "WRAPPER",
                          "WRITE",
                          "XML",
                          "XMLATTRIBUTES",
                          "XMLCONCAT",
                          "XMLELEMENT",
                          "XMLEXISTS",
                          "XMLFOREST",
                          "XMLPARSE",
                          "XMLPI",
                          "XMLROOT",
                          "XMLSERIALIZE",
                          "YEAR",
                          "YES",
                          "ZONE",
                      }),
                keyword),
           Rule(R"re([+*/<>=~!@#%^&|`?-]+)re", Tok(TT::kOperator)),
           Rule(R"re(::)re", Tok(TT::kOperator)),
           Rule(R"re(\$\d+)re", Tok(TT::kNameVariable)),
           Rule(R"re(([0-9]*\.[0-9]*|[0-9]+)(e[+-]?[0-9]+)?)re", Tok(TT::kLiteralNumberFloat)),
           Rule(R"re([0-9]+)re", Tok(TT::kLiteralNumberInteger)),
           Rule(R"re(((?:E|U&)?)('))re", ByGroups({Tok(TT::kLiteralStringAffix), single}),
                Push({"string"})),
           Rule(R"re(((?:U&)?)("))re",
                ByGroups({Tok(TT::kLiteralStringAffix), Tok(TT::kLiteralStringName)}),
                Push({"quoted-ident"})),
           Rule(R"re((?s)(\$)([^$]*)(\$)(.*?)(\$)(\2)(\$)(\s+)(LANGUAGE)?(\s+)('?)(\w+)?('?))re",
                UsingByGroup(12, 4,
                             {heredoc, heredoc, heredoc, heredoc, heredoc, heredoc, heredoc, text,
                              keyword, text, single, single, single})),
           Rule(R"re((?s)(\$)([^$]*)(\$)(.*?)(\$)(\2)(\$))re", heredoc),
           Rule(R"re([a-z_]\w*)re", Tok(TT::kName)),
           Rule(R"re(:(['"]?)[a-z]\w*\b\1)re", Tok(TT::kNameVariable)),
           Rule(R"re([;:()\[\]{},.])re", Tok(TT::kPunctuation)),
       }},
  };
  AppendSqlQuotingStates(g);
  return g;
}

GrammarDef PhtmlGrammar(GrammarDef php) {
  GrammarDef g;
  g.config.name = "PHTML";
  g.config.aliases = {"phtml"};
  g.config.filenames = {"*.phtml", "*.php", "*.php[345]", "*.inc"};
  g.config.mime_types = {"application/x-php",        "application/x-httpd-php",
                         "application/x-httpd-php3", "application/x-httpd-php4",
                         "application/x-httpd-php5", "text/x-php"};
  g.config.case_insensitive = true;
  g.config.dot_all = true;
  g.config.ensure_nl = true;
  g.config.priority = 2;
  for (auto& [name, rules] : php.states) {
    if (name == "root") {
      g.states.emplace_back("php", std::move(rules));
    } else {
      g.states.emplace_back(name, std::move(rules));
    }
  }
  g.states.push_back({"root",
                      {
                          Rule(R"re(<\?(php)?)re", Tok(TT::kCommentPreproc), Push({"php"})),
                          Rule(R"re([^<]+)re", Tok(TT::kOther)),
                          Rule(R"re(<)re", Tok(TT::kOther)),
                      }});
  return g;
}

GrammarDef PlaintextGrammar(LexerConfig config) {
  GrammarDef g;
  g.config = std::move(config);
  g.states = {{"root", {Rule(".+", Tok(TT::kText)), Rule(R"re(\n)re", Tok(TT::kText))}}};
  return g;
}

}  // namespace kiln::highlight
