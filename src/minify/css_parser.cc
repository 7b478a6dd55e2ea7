#include "minify/css_parser.h"

#include "minify/ascii.h"

namespace kiln::minify {
namespace {

constexpr std::string_view kSpace = " ";
constexpr std::string_view kRightBrace = "}";

bool IsOpen(CssToken t) {
  return t == CssToken::kLeftParenthesis || t == CssToken::kLeftBrace ||
         t == CssToken::kLeftBracket || t == CssToken::kFunction;
}

bool IsClose(CssToken t) {
  return t == CssToken::kRightParenthesis || t == CssToken::kRightBrace ||
         t == CssToken::kRightBracket;
}

bool IsOneOf(std::string_view data, std::string_view chars) {
  return data.size() == 1 && chars.find(data[0]) != std::string_view::npos;
}

}  // namespace

CssParser::CssParser(std::string_view text, bool is_inline) : lexer_(text) {
  state_.push_back(is_inline ? State::kDeclarationList : State::kStylesheet);
}

CssGrammar CssParser::Next(CssToken* type, std::string_view* data) {
  has_error_ = false;
  if (prev_end_) {
    tt_ = CssToken::kRightBrace;
    data_ = kRightBrace;
    prev_end_ = false;
  } else {
    tt_ = PopToken(true, &data_);
  }
  CssGrammar g = Dispatch();
  *type = tt_;
  *data = data_;
  return g;
}

CssGrammar CssParser::Dispatch() {
  switch (state_.back()) {
    case State::kStylesheet:
      return ParseStylesheet();
    case State::kDeclarationList:
      return ParseDeclarationList();
    case State::kAtRuleRuleList:
      return ParseAtRuleRuleList();
    case State::kAtRuleDeclarationList:
      return ParseAtRuleDeclarationList();
    case State::kAtRuleUnknown:
      return ParseAtRuleUnknown();
    case State::kQualifiedRuleDeclarationList:
      return ParseQualifiedRuleDeclarationList();
  }
  return CssGrammar::kError;
}

CssToken CssParser::PopToken(bool allow_comment, std::string_view* data) {
  prev_ws_ = false;
  prev_comment_ = false;
  CssToken t = lexer_.Next(data);
  while ((!keep_ws_ && t == CssToken::kWhitespace) || t == CssToken::kComment) {
    if (t == CssToken::kWhitespace) {
      prev_ws_ = true;
    } else {
      prev_comment_ = true;
      // Top-level comments are events of their own (for /*! ... */ licences).
      if (allow_comment && state_.size() == 1) break;
    }
    t = lexer_.Next(data);
  }
  return t;
}

void CssParser::TrackLevel(CssToken type) {
  if (IsOpen(type)) {
    ++level_;
  } else if (IsClose(type)) {
    --level_;
  }
}

CssGrammar CssParser::ParseStylesheet() {
  switch (tt_) {
    case CssToken::kCdo:
    case CssToken::kCdc:
      return CssGrammar::kToken;
    case CssToken::kAtKeyword:
      return ParseAtRule();
    case CssToken::kComment:
      return CssGrammar::kComment;
    case CssToken::kError:
      return CssGrammar::kError;
    default:
      return ParseQualifiedRule();
  }
}

CssGrammar CssParser::ParseDeclarationList() {
  if (tt_ == CssToken::kComment) tt_ = PopToken(false, &data_);
  while (tt_ == CssToken::kSemicolon) tt_ = PopToken(false, &data_);

  // The IE hack "*color: red" joins the star to the property name.
  if (tt_ == CssToken::kDelim && data_[0] == '*') {
    std::string joined(data_);
    tt_ = PopToken(false, &data_);
    joined += data_;
    owned_ = std::move(joined);
    data_ = owned_;
  }

  switch (tt_) {
    case CssToken::kError:
      return CssGrammar::kError;
    case CssToken::kAtKeyword:
      return ParseAtRule();
    case CssToken::kIdent:
    case CssToken::kDelim:
      return ParseDeclaration();
    case CssToken::kCustomPropertyName:
      return ParseCustomProperty();
    default:
      break;
  }
  buf_.clear();
  has_error_ = true;
  if (tt_ == CssToken::kRightBrace) {
    // A stray "}" after a broken declaration in a style attribute.
    Push(tt_, data_);
    return CssGrammar::kError;
  }
  return ParseDeclarationError(tt_, data_);
}

CssGrammar CssParser::ParseAtRule() {
  buf_.clear();
  owned_ = std::string(data_);  // data_ may point into owned_ (IE hack)
  LowerAsciiInPlace(owned_);
  data_ = owned_;
  // A vendor prefix ("@-webkit-keyframes") does not change what kind of block follows.
  std::string_view name = owned_;
  if (name.size() > 1 && name[1] == '-') {
    size_t dash = name.find('-', 2);
    if (dash != std::string_view::npos) name = name.substr(dash);
  }
  name.remove_prefix(1);

  bool first = true;
  bool skip_ws = false;
  while (true) {
    std::string_view data;
    CssToken t = PopToken(false, &data);
    if (t == CssToken::kLeftBrace && level_ == 0) {
      if (name == "font-face" || name == "page") {
        state_.push_back(State::kAtRuleDeclarationList);
      } else if (name == "document" || name == "keyframes" || name == "media" ||
                 name == "supports") {
        state_.push_back(State::kAtRuleRuleList);
      } else {
        state_.push_back(State::kAtRuleUnknown);
      }
      return CssGrammar::kBeginAtRule;
    }
    if (((t == CssToken::kSemicolon || t == CssToken::kRightBrace) && level_ == 0) ||
        t == CssToken::kError) {
      prev_end_ = t == CssToken::kRightBrace;
      return CssGrammar::kAtRule;
    }
    TrackLevel(t);
    if (first) {
      if (t == CssToken::kLeftParenthesis || t == CssToken::kLeftBracket) prev_ws_ = false;
      first = false;
    }
    if (IsOneOf(data, ",:")) {
      skip_ws = true;
    } else if (prev_ws_ && !skip_ws && t != CssToken::kRightParenthesis) {
      Push(CssToken::kWhitespace, kSpace);
    } else {
      skip_ws = false;
    }
    if (t == CssToken::kLeftParenthesis) skip_ws = true;
    Push(t, data);
  }
}

CssGrammar CssParser::ParseAtRuleRuleList() {
  if (tt_ == CssToken::kRightBrace || tt_ == CssToken::kError) {
    PopState();
    return CssGrammar::kEndAtRule;
  }
  if (tt_ == CssToken::kAtKeyword) return ParseAtRule();
  return ParseQualifiedRule();
}

CssGrammar CssParser::ParseAtRuleDeclarationList() {
  while (tt_ == CssToken::kSemicolon) tt_ = PopToken(false, &data_);
  if (tt_ == CssToken::kRightBrace || tt_ == CssToken::kError) {
    PopState();
    return CssGrammar::kEndAtRule;
  }
  return ParseDeclarationList();
}

CssGrammar CssParser::ParseAtRuleUnknown() {
  keep_ws_ = true;
  if ((tt_ == CssToken::kRightBrace && level_ == 0) || tt_ == CssToken::kError) {
    PopState();
    keep_ws_ = false;
    return CssGrammar::kEndAtRule;
  }
  TrackLevel(tt_);
  return CssGrammar::kToken;
}

CssGrammar CssParser::ParseQualifiedRule() {
  buf_.clear();
  bool first = true;
  bool in_attr = false;
  bool skip_ws = true;
  while (true) {
    CssToken t;
    std::string_view data;
    if (first) {
      t = tt_;
      data = data_;
      tt_ = CssToken::kWhitespace;
      data_ = {};
      first = false;
    } else {
      t = PopToken(false, &data);
    }
    if (t == CssToken::kLeftBrace && level_ == 0) {
      state_.push_back(State::kQualifiedRuleDeclarationList);
      return CssGrammar::kBeginRuleset;
    }
    if (t == CssToken::kError) {
      has_error_ = true;  // unexpected end in a selector
      return CssGrammar::kError;
    }
    TrackLevel(t);
    if (IsOneOf(data, ",>+~")) {
      if (data[0] == ',') return CssGrammar::kQualifiedRule;
      skip_ws = true;
    } else if (prev_ws_ && !skip_ws && !in_attr) {
      Push(CssToken::kWhitespace, kSpace);
    } else {
      skip_ws = false;
    }
    if (t == CssToken::kLeftBracket) {
      in_attr = true;
    } else if (t == CssToken::kRightBracket) {
      in_attr = false;
    }
    Push(t, data);
  }
}

CssGrammar CssParser::ParseQualifiedRuleDeclarationList() {
  while (tt_ == CssToken::kSemicolon) tt_ = PopToken(false, &data_);
  if (tt_ == CssToken::kRightBrace || tt_ == CssToken::kError) {
    PopState();
    return CssGrammar::kEndRuleset;
  }
  return ParseDeclarationList();
}

CssGrammar CssParser::ParseDeclaration() {
  buf_.clear();
  if (data_.data() != owned_.data()) owned_.assign(data_);
  LowerAsciiInPlace(owned_);
  data_ = owned_;

  CssToken name_type = tt_;
  std::string_view name = data_;
  std::string_view data;
  CssToken t = PopToken(false, &data);
  if (t != CssToken::kColon) {
    has_error_ = true;
    Push(name_type, name);
    return ParseDeclarationError(t, data);
  }

  bool skip_ws = true;
  while (true) {
    t = PopToken(false, &data);
    if (((t == CssToken::kSemicolon || t == CssToken::kRightBrace) && level_ == 0) ||
        t == CssToken::kError) {
      prev_end_ = t == CssToken::kRightBrace;
      return CssGrammar::kDeclaration;
    }
    TrackLevel(t);
    if (IsOneOf(data, ",/:!=")) {
      skip_ws = true;
    } else if ((prev_ws_ || prev_comment_) && !skip_ws) {
      Push(CssToken::kWhitespace, kSpace);
    } else {
      skip_ws = false;
    }
    Push(t, data);
  }
}

CssGrammar CssParser::ParseDeclarationError(CssToken t, std::string_view data) {
  // Skips to the end of the broken declaration, keeping its tokens to write them out as is.
  tt_ = t;
  data_ = data;
  while (true) {
    if (((t == CssToken::kSemicolon || t == CssToken::kRightBrace) && level_ == 0) ||
        t == CssToken::kError) {
      prev_end_ = t == CssToken::kRightBrace;
      if (t == CssToken::kSemicolon) Push(t, data);
      return CssGrammar::kError;
    }
    TrackLevel(t);
    if (prev_ws_) Push(CssToken::kWhitespace, kSpace);
    Push(t, data);
    t = PopToken(false, &data);
  }
}

CssGrammar CssParser::ParseCustomProperty() {
  buf_.clear();
  std::string_view data;
  if (PopToken(false, &data) != CssToken::kColon) {
    has_error_ = true;
    return CssGrammar::kError;
  }
  custom_.clear();
  while (true) {
    CssToken t = lexer_.Next(&data);
    if (((t == CssToken::kSemicolon || t == CssToken::kRightBrace) && level_ == 0) ||
        t == CssToken::kError) {
      prev_end_ = t == CssToken::kRightBrace;
      Push(CssToken::kCustomPropertyValue, custom_);
      return CssGrammar::kCustomProperty;
    }
    TrackLevel(t);
    custom_ += data;
  }
}

}  // namespace kiln::minify
