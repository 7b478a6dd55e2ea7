#include "highlight/composite_lexers.h"

#include <algorithm>
#include <cstdint>

namespace kiln::highlight {
namespace {

// Offsets are signed: the last insertion's end is never set (as in Chroma), which may take
// the running offset below its start; no later insertion reads it.
struct Insertion {
  int64_t start = 0;
  int64_t end = 0;
  std::vector<Token> tokens;
};

}  // namespace

Status DelegatingLexer::TokeniseInto(std::string_view text, const TokeniseOptions& options,
                                     TokeniseContext& context, std::vector<Token>& out) const {
  std::vector<Token> tokens;
  RETURN_IF_ERROR(language_->TokeniseInto(text, options, context, tokens));
  tokens = CoalesceTokens(std::move(tokens));

  // Gather the Other text for the root lexer and remember where the rest goes.
  std::string others;
  std::vector<Insertion> insertions;
  int64_t offset = 0;
  const Token* last = nullptr;
  for (Token& t : tokens) {
    if (t.type == TokenType::kOther) {
      if (last != nullptr && !insertions.empty() && last->type != TokenType::kOther) {
        insertions.back().end = offset;
      }
      others += t.value;
    } else {
      if (last == nullptr || last->type == TokenType::kOther) {
        insertions.push_back({offset, 0, {}});
      }
      insertions.back().tokens.push_back(t);
    }
    last = &t;
    offset += static_cast<int64_t>(t.value.size());
  }
  if (insertions.empty()) return root_->TokeniseInto(text, options, context, out);

  std::vector<Token> root_tokens;
  RETURN_IF_ERROR(root_->TokeniseInto(others, options, context, root_tokens));
  root_tokens = CoalesceTokens(std::move(root_tokens));

  // Splice: walk root tokens, cutting one where the next insertion starts.
  offset = 0;
  size_t ti = 0;
  size_t ii = 0;
  Token t;
  bool have = ti < root_tokens.size();
  if (have) t = std::move(root_tokens[ti++]);
  auto next = [&] {
    have = ti < root_tokens.size();
    if (have) t = std::move(root_tokens[ti++]);
  };
  while (have || ii < insertions.size()) {
    Insertion* ins = ii < insertions.size() ? &insertions[ii] : nullptr;
    if (!have || (ins != nullptr && ins->start < offset + static_cast<int64_t>(t.value.size()))) {
      if (have) {
        size_t cut = ins->start > offset ? static_cast<size_t>(ins->start - offset) : 0;
        if (cut == t.value.size()) {
          offset += static_cast<int64_t>(t.value.size());
          out.push_back(std::move(t));
          have = false;
        } else if (cut > 0) {
          out.push_back({t.type, t.value.substr(0, cut)});
          t.value.erase(0, cut);
          offset += static_cast<int64_t>(cut);
        }
      }
      for (Token& it : ins->tokens) out.push_back(std::move(it));
      offset += ins->end - ins->start;
      if (!have) next();
      ++ii;
    } else {
      offset += static_cast<int64_t>(t.value.size());
      out.push_back(std::move(t));
      next();
    }
  }
  return Status::Ok();
}

Status TypeRemappingLexer::TokeniseInto(std::string_view text, const TokeniseOptions& options,
                                        TokeniseContext& context, std::vector<Token>& out) const {
  size_t first = out.size();
  RETURN_IF_ERROR(lexer_->TokeniseInto(text, options, context, out));
  for (size_t i = first; i < out.size(); ++i) {
    Token& t = out[i];
    const TypeMapping* fallback = nullptr;
    const TypeMapping* exact = nullptr;
    for (const TypeMapping& m : mapping_) {
      if (m.from != t.type) continue;
      if (m.words.empty()) {
        fallback = &m;
      } else if (std::find(m.words.begin(), m.words.end(), t.value) != m.words.end()) {
        exact = &m;
      }
    }
    if (exact != nullptr) {
      t.type = exact->to;
    } else if (fallback != nullptr) {
      t.type = fallback->to;
    }
  }
  return Status::Ok();
}

}  // namespace kiln::highlight
