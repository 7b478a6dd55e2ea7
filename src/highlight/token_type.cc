#include "highlight/token_type.h"

#include <algorithm>
#include <array>

namespace kiln::highlight {
namespace {

struct TypeInfo {
  TokenType type;
  std::string_view name;
  const char* css_class;  // nullptr when Chroma has no standard class for the type
};

constexpr TypeInfo kTypes[] = {
    {TokenType::kBackground, "Background", "bg"},
    {TokenType::kPreWrapper, "PreWrapper", "chroma"},
    {TokenType::kLine, "Line", "line"},
    {TokenType::kLineNumbers, "LineNumbers", "ln"},
    {TokenType::kLineNumbersTable, "LineNumbersTable", "lnt"},
    {TokenType::kLineHighlight, "LineHighlight", "hl"},
    {TokenType::kLineTable, "LineTable", "lntable"},
    {TokenType::kLineTableTD, "LineTableTD", "lntd"},
    {TokenType::kLineLink, "LineLink", "lnlinks"},
    {TokenType::kCodeLine, "CodeLine", "cl"},
    {TokenType::kError, "Error", "err"},
    {TokenType::kOther, "Other", "x"},
    {TokenType::kNone, "None", nullptr},
    {TokenType::kEOF, "EOFType", nullptr},
    {TokenType::kKeyword, "Keyword", "k"},
    {TokenType::kKeywordConstant, "KeywordConstant", "kc"},
    {TokenType::kKeywordDeclaration, "KeywordDeclaration", "kd"},
    {TokenType::kKeywordNamespace, "KeywordNamespace", "kn"},
    {TokenType::kKeywordPseudo, "KeywordPseudo", "kp"},
    {TokenType::kKeywordReserved, "KeywordReserved", "kr"},
    {TokenType::kKeywordType, "KeywordType", "kt"},
    {TokenType::kName, "Name", "n"},
    {TokenType::kNameAttribute, "NameAttribute", "na"},
    {TokenType::kNameBuiltin, "NameBuiltin", "nb"},
    {TokenType::kNameBuiltinPseudo, "NameBuiltinPseudo", "bp"},
    {TokenType::kNameClass, "NameClass", "nc"},
    {TokenType::kNameConstant, "NameConstant", "no"},
    {TokenType::kNameDecorator, "NameDecorator", "nd"},
    {TokenType::kNameEntity, "NameEntity", "ni"},
    {TokenType::kNameException, "NameException", "ne"},
    {TokenType::kNameFunction, "NameFunction", "nf"},
    {TokenType::kNameFunctionMagic, "NameFunctionMagic", "fm"},
    {TokenType::kNameKeyword, "NameKeyword", nullptr},
    {TokenType::kNameLabel, "NameLabel", "nl"},
    {TokenType::kNameNamespace, "NameNamespace", "nn"},
    {TokenType::kNameOperator, "NameOperator", nullptr},
    {TokenType::kNameOther, "NameOther", "nx"},
    {TokenType::kNamePseudo, "NamePseudo", nullptr},
    {TokenType::kNameProperty, "NameProperty", "py"},
    {TokenType::kNameTag, "NameTag", "nt"},
    {TokenType::kNameVariable, "NameVariable", "nv"},
    {TokenType::kNameVariableAnonymous, "NameVariableAnonymous", nullptr},
    {TokenType::kNameVariableClass, "NameVariableClass", "vc"},
    {TokenType::kNameVariableGlobal, "NameVariableGlobal", "vg"},
    {TokenType::kNameVariableInstance, "NameVariableInstance", "vi"},
    {TokenType::kNameVariableMagic, "NameVariableMagic", "vm"},
    {TokenType::kLiteral, "Literal", "l"},
    {TokenType::kLiteralDate, "LiteralDate", "ld"},
    {TokenType::kLiteralOther, "LiteralOther", nullptr},
    {TokenType::kLiteralString, "LiteralString", "s"},
    {TokenType::kLiteralStringAffix, "LiteralStringAffix", "sa"},
    {TokenType::kLiteralStringAtom, "LiteralStringAtom", nullptr},
    {TokenType::kLiteralStringBacktick, "LiteralStringBacktick", "sb"},
    {TokenType::kLiteralStringBoolean, "LiteralStringBoolean", nullptr},
    {TokenType::kLiteralStringChar, "LiteralStringChar", "sc"},
    {TokenType::kLiteralStringDelimiter, "LiteralStringDelimiter", "dl"},
    {TokenType::kLiteralStringDoc, "LiteralStringDoc", "sd"},
    {TokenType::kLiteralStringDouble, "LiteralStringDouble", "s2"},
    {TokenType::kLiteralStringEscape, "LiteralStringEscape", "se"},
    {TokenType::kLiteralStringHeredoc, "LiteralStringHeredoc", "sh"},
    {TokenType::kLiteralStringInterpol, "LiteralStringInterpol", "si"},
    {TokenType::kLiteralStringName, "LiteralStringName", nullptr},
    {TokenType::kLiteralStringOther, "LiteralStringOther", "sx"},
    {TokenType::kLiteralStringRegex, "LiteralStringRegex", "sr"},
    {TokenType::kLiteralStringSingle, "LiteralStringSingle", "s1"},
    {TokenType::kLiteralStringSymbol, "LiteralStringSymbol", "ss"},
    {TokenType::kLiteralNumber, "LiteralNumber", "m"},
    {TokenType::kLiteralNumberBin, "LiteralNumberBin", "mb"},
    {TokenType::kLiteralNumberFloat, "LiteralNumberFloat", "mf"},
    {TokenType::kLiteralNumberHex, "LiteralNumberHex", "mh"},
    {TokenType::kLiteralNumberInteger, "LiteralNumberInteger", "mi"},
    {TokenType::kLiteralNumberIntegerLong, "LiteralNumberIntegerLong", "il"},
    {TokenType::kLiteralNumberOct, "LiteralNumberOct", "mo"},
    {TokenType::kOperator, "Operator", "o"},
    {TokenType::kOperatorWord, "OperatorWord", "ow"},
    {TokenType::kPunctuation, "Punctuation", "p"},
    {TokenType::kComment, "Comment", "c"},
    {TokenType::kCommentHashbang, "CommentHashbang", "ch"},
    {TokenType::kCommentMultiline, "CommentMultiline", "cm"},
    {TokenType::kCommentSingle, "CommentSingle", "c1"},
    {TokenType::kCommentSpecial, "CommentSpecial", "cs"},
    {TokenType::kCommentPreproc, "CommentPreproc", "cp"},
    {TokenType::kCommentPreprocFile, "CommentPreprocFile", "cpf"},
    {TokenType::kGeneric, "Generic", "g"},
    {TokenType::kGenericDeleted, "GenericDeleted", "gd"},
    {TokenType::kGenericEmph, "GenericEmph", "ge"},
    {TokenType::kGenericError, "GenericError", "gr"},
    {TokenType::kGenericHeading, "GenericHeading", "gh"},
    {TokenType::kGenericInserted, "GenericInserted", "gi"},
    {TokenType::kGenericOutput, "GenericOutput", "go"},
    {TokenType::kGenericPrompt, "GenericPrompt", "gp"},
    {TokenType::kGenericStrong, "GenericStrong", "gs"},
    {TokenType::kGenericSubheading, "GenericSubheading", "gu"},
    {TokenType::kGenericTraceback, "GenericTraceback", "gt"},
    {TokenType::kGenericUnderline, "GenericUnderline", "gl"},
    {TokenType::kText, "Text", ""},
    {TokenType::kTextWhitespace, "TextWhitespace", "w"},
    {TokenType::kTextSymbol, "TextSymbol", nullptr},
    {TokenType::kTextPunctuation, "TextPunctuation", nullptr},
};

constexpr std::array<TypeInfo, std::size(kTypes)> SortedByValue() {
  std::array<TypeInfo, std::size(kTypes)> sorted{};
  for (size_t i = 0; i < std::size(kTypes); ++i) sorted[i] = kTypes[i];
  std::sort(sorted.begin(), sorted.end(),
            [](const TypeInfo& a, const TypeInfo& b) { return a.type < b.type; });
  return sorted;
}
constexpr auto kSorted = SortedByValue();

// Called per token while formatting: a binary search.
const TypeInfo* Find(TokenType type) {
  auto it = std::lower_bound(kSorted.begin(), kSorted.end(), type,
                             [](const TypeInfo& info, TokenType t) { return info.type < t; });
  return it != kSorted.end() && it->type == type ? &*it : nullptr;
}

constexpr std::array<TokenType, std::size(kTypes)> MakeAll() {
  std::array<TokenType, std::size(kTypes)> all{};
  for (size_t i = 0; i < std::size(kTypes); ++i) all[i] = kTypes[i].type;
  return all;
}
constexpr auto kAll = MakeAll();

}  // namespace

std::string_view TokenTypeName(TokenType type) {
  const TypeInfo* info = Find(type);
  return info ? info->name : std::string_view("Unknown");
}

std::optional<TokenType> TokenTypeFromName(std::string_view name) {
  for (const TypeInfo& info : kTypes) {
    if (info.name == name) return info.type;
  }
  return std::nullopt;
}

std::span<const TokenType> AllTokenTypes() { return kAll; }

TokenType TokenTypeParent(TokenType type) {
  int t = static_cast<int>(type);
  if (t % 100 != 0) return static_cast<TokenType>(t / 100 * 100);
  if (t % 1000 != 0) return static_cast<TokenType>(t / 1000 * 1000);
  return TokenType::kEOF;
}

std::optional<std::string_view> TokenTypeStandardClass(TokenType type) {
  const TypeInfo* info = Find(type);
  if (info == nullptr || info->css_class == nullptr) return std::nullopt;
  return std::string_view(info->css_class);
}

}  // namespace kiln::highlight
