// Token types of Chroma 2.5.0: the categories a lexer assigns to spans of source text.
//
// Values follow Chroma's numbering (category × 1000, sub-category × 100) because a style
// resolves an unstyled type through its parent, which is computed from the number. Plain
// value type; all functions are pure and thread-safe.
#ifndef KILN_HIGHLIGHT_TOKEN_TYPE_H_
#define KILN_HIGHLIGHT_TOKEN_TYPE_H_

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace kiln::highlight {

enum class TokenType : int {
  // Meta types used by styles and formatters.
  kBackground = -1,
  kPreWrapper = -2,
  kLine = -3,
  kLineNumbers = -4,
  kLineNumbersTable = -5,
  kLineHighlight = -6,
  kLineTable = -7,
  kLineTableTD = -8,
  kLineLink = -9,
  kCodeLine = -10,
  kError = -11,
  kOther = -12,
  kNone = -13,
  kEOF = 0,

  kKeyword = 1000,
  kKeywordConstant,
  kKeywordDeclaration,
  kKeywordNamespace,
  kKeywordPseudo,
  kKeywordReserved,
  kKeywordType,

  kName = 2000,
  kNameAttribute,
  kNameBuiltin,
  kNameBuiltinPseudo,
  kNameClass,
  kNameConstant,
  kNameDecorator,
  kNameEntity,
  kNameException,
  kNameFunction,
  kNameFunctionMagic,
  kNameKeyword,
  kNameLabel,
  kNameNamespace,
  kNameOperator,
  kNameOther,
  kNamePseudo,
  kNameProperty,
  kNameTag,
  kNameVariable,
  kNameVariableAnonymous,
  kNameVariableClass,
  kNameVariableGlobal,
  kNameVariableInstance,
  kNameVariableMagic,

  kLiteral = 3000,
  kLiteralDate,
  kLiteralOther,

  kLiteralString = 3100,
  kLiteralStringAffix,
  kLiteralStringAtom,
  kLiteralStringBacktick,
  kLiteralStringBoolean,
  kLiteralStringChar,
  kLiteralStringDelimiter,
  kLiteralStringDoc,
  kLiteralStringDouble,
  kLiteralStringEscape,
  kLiteralStringHeredoc,
  kLiteralStringInterpol,
  kLiteralStringName,
  kLiteralStringOther,
  kLiteralStringRegex,
  kLiteralStringSingle,
  kLiteralStringSymbol,

  kLiteralNumber = 3200,
  kLiteralNumberBin,
  kLiteralNumberFloat,
  kLiteralNumberHex,
  kLiteralNumberInteger,
  kLiteralNumberIntegerLong,
  kLiteralNumberOct,

  kOperator = 4000,
  kOperatorWord,

  kPunctuation = 5000,

  kComment = 6000,
  kCommentHashbang,
  kCommentMultiline,
  kCommentSingle,
  kCommentSpecial,

  kCommentPreproc = 6100,
  kCommentPreprocFile,

  kGeneric = 7000,
  kGenericDeleted,
  kGenericEmph,
  kGenericError,
  kGenericHeading,
  kGenericInserted,
  kGenericOutput,
  kGenericPrompt,
  kGenericStrong,
  kGenericSubheading,
  kGenericTraceback,
  kGenericUnderline,

  kText = 8000,
  kTextWhitespace,
  kTextSymbol,
  kTextPunctuation,
};

// Chroma's name for the type, e.g. "LiteralStringDouble" (as in its JSON and XML).
std::string_view TokenTypeName(TokenType type);
// Parses Chroma's name; nullopt for unknown names.
std::optional<TokenType> TokenTypeFromName(std::string_view name);
// Every type, meta types first, in Chroma's order.
std::span<const TokenType> AllTokenTypes();

// The parent in the style hierarchy: sub-category, then category, then kEOF (none).
TokenType TokenTypeParent(TokenType type);
inline TokenType TokenTypeCategory(TokenType t) {
  return static_cast<TokenType>(static_cast<int>(t) / 1000 * 1000);
}
inline TokenType TokenTypeSubCategory(TokenType t) {
  return static_cast<TokenType>(static_cast<int>(t) / 100 * 100);
}
// The CSS class of the type when it has a standard one ("k", "s2", "" for Text);
// nullopt for types without one.
std::optional<std::string_view> TokenTypeStandardClass(TokenType type);

}  // namespace kiln::highlight

#endif  // KILN_HIGHLIGHT_TOKEN_TYPE_H_
