#include "highlight/regex.h"

#include "base/hex.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <algorithm>
#include <utility>
#include <vector>

namespace kiln::highlight {
namespace {

// Enough groups for any Chroma rule; bygroups rules use at most a few dozen.
constexpr uint32_t kMaxGroups = 256;
// Backtracking budget per match attempt, standing in for regexp2's 250 ms timeout.
constexpr uint32_t kMatchLimit = 5'000'000;
constexpr uint32_t kDepthLimit = 100'000;

// Appends the escape at p[i] ('\\' there) to out, translated; returns the index after it.
size_t TranslateEscape(std::string_view p, size_t i, std::string& out) {
  if (i + 1 >= p.size()) {
    out += '\\';
    return i + 1;
  }
  char n = p[i + 1];
  if (n == 'Z') {  // regexp2's RE2 mode: \Z is the very end, like $
    out += "\\z";
    return i + 2;
  }
  if (n == 'u' && i + 5 < p.size() && IsHexDigit(p[i + 2]) && IsHexDigit(p[i + 3]) &&
      IsHexDigit(p[i + 4]) && IsHexDigit(p[i + 5])) {
    out += "\\x{";
    out.append(p.substr(i + 2, 4));
    out += '}';
    return i + 6;
  }
  out += '\\';
  out += n;
  return i + 2;
}

// A category escape inside a class: \w \W \s \S \d \D \p{..} \P{..}. Sets `len`, `name`
// and `negated`; false for any other escape.
bool ClassCategory(std::string_view p, size_t i, size_t& len, std::string& name, bool& negated) {
  if (i + 1 >= p.size() || p[i] != '\\') return false;
  char n = p[i + 1];
  switch (n) {
    case 'w':
    case 'W':
    case 's':
    case 'S':
    case 'd':
    case 'D':
      len = 2;
      name = static_cast<char>(n | 0x20);
      negated = n < 'a';
      return true;
    case 'p':
    case 'P': {
      if (i + 2 >= p.size() || p[i + 2] != '{') return false;
      size_t close = p.find('}', i + 3);
      if (close == std::string_view::npos) return false;
      len = close + 1 - i;
      name = std::string(p.substr(i + 3, close - i - 3));
      negated = n == 'P';
      return true;
    }
    default:
      return false;
  }
}

// Translates the class starting at p[i] == '['; returns the index after its ']'.
//
// regexp2 decides membership by ranges first, then by its categories in order, stopping at
// the first negated category (\W, \S, \D, \P{..}): a character outside it matches, inside it
// does not, and later categories are never consulted. So [^\W\d] matches digits. A
// category added next to its own complement makes the class match anything. This rewrite
// keeps exactly the categories regexp2 consults.
size_t TranslateClass(std::string_view p, size_t i, std::string& out) {
  std::string ranges;
  std::vector<std::pair<std::string, bool>> cats;
  std::vector<std::string> cat_text;
  bool anything = false;
  bool negate = false;
  ++i;
  if (i < p.size() && p[i] == '^') {
    negate = true;
    ++i;
  }
  bool first = true;
  while (i < p.size() && (p[i] != ']' || first)) {
    first = false;
    size_t len = 0;
    std::string name;
    bool negated = false;
    if (ClassCategory(p, i, len, name, negated)) {
      bool seen = false;
      for (const auto& [n, neg] : cats) {
        if (n != name) continue;
        seen = true;
        if (neg != negated) anything = true;
      }
      if (!seen) {
        cats.emplace_back(name, negated);
        cat_text.emplace_back(p.substr(i, len));
      }
      i += len;
    } else if (p[i] == '\\') {
      i = TranslateEscape(p, i, ranges);
    } else if (p[i] == '[' && i + 1 < p.size() && p[i + 1] == ':') {
      size_t close = p.find(":]", i + 2);
      size_t end = close == std::string_view::npos ? i + 1 : close + 2;
      ranges.append(p.substr(i, end - i));
      i = end;
    } else if (p[i] == '[') {
      ranges += "\\[";  // literal in .NET; PCRE2 could read it as a POSIX class
      ++i;
    } else {
      ranges += p[i++];
    }
  }
  if (i < p.size()) ++i;  // the closing ']'
  if (anything) {
    out += negate ? "(?!)" : "[\\s\\S]";
    return i;
  }
  out += negate ? "[^" : "[";
  size_t kept = 0;
  for (size_t k = 0; k < cats.size(); ++k) {
    out += cat_text[k];
    ++kept;
    if (cats[k].second) break;
  }
  // After a category, a leading ']' or '-' of the rest would change meaning.
  if (kept > 0 && !ranges.empty() && (ranges[0] == ']' || ranges[0] == '-')) out += '\\';
  out += ranges;
  out += ']';
  return i;
}

}  // namespace

std::string TranslatePattern(std::string_view p) {
  std::string out;
  out.reserve(p.size() + 8);
  size_t i = 0;
  while (i < p.size()) {
    char c = p[i];
    if (c == '[') {
      i = TranslateClass(p, i, out);
    } else if (c == '\\' && i + 2 < p.size() && (p[i + 1] == 'b' || p[i + 1] == 'B') &&
               (p[i + 2] == '?' || p[i + 2] == '*')) {
      // An optional assertion (.NET accepts \b?) always succeeds; PCRE2 rejects it.
      i += 3;
    } else if (c == '\\') {
      i = TranslateEscape(p, i, out);
    } else {
      out += c;
      ++i;
    }
  }
  return out;
}

MatchScratch::MatchScratch()
    : data_(pcre2_match_data_create(kMaxGroups, nullptr)),
      context_(pcre2_match_context_create(nullptr)),
      jit_stack_(pcre2_jit_stack_create(64 * 1024, 8 * 1024 * 1024, nullptr)),
      aux_data_(pcre2_match_data_create(1, nullptr)) {
  pcre2_set_match_limit(context_, kMatchLimit);
  pcre2_set_depth_limit(context_, kDepthLimit);
  pcre2_jit_stack_assign(context_, nullptr, jit_stack_);
}

MatchScratch::~MatchScratch() {
  pcre2_jit_stack_free(jit_stack_);
  pcre2_match_context_free(context_);
  pcre2_match_data_free(data_);
  pcre2_match_data_free(aux_data_);
}

size_t MatchScratch::group_start(int i) const {
  const PCRE2_SIZE* ov = pcre2_get_ovector_pointer(data_);
  return ov[2 * i] == PCRE2_UNSET ? std::string_view::npos : ov[2 * i];
}

size_t MatchScratch::group_end(int i) const {
  const PCRE2_SIZE* ov = pcre2_get_ovector_pointer(data_);
  return ov[2 * i + 1] == PCRE2_UNSET ? std::string_view::npos : ov[2 * i + 1];
}

namespace {

constexpr uint32_t kBaseOptions = PCRE2_UTF | PCRE2_UCP | PCRE2_NO_UTF_CHECK | PCRE2_DUPNAMES |
                                  PCRE2_ALT_CIRCUMFLEX | PCRE2_DOLLAR_ENDONLY;
// How far back an emulated variable-length lookbehind may look.
constexpr size_t kLookbehindWindow = 1024;

// `prefix`: bytes added before the original pattern, for reporting the error offset in it.
StatusOr<pcre2_code*> CompileRaw(std::string_view pattern, uint32_t options,
                                 std::string_view original, int* error_code = nullptr,
                                 size_t prefix = 0) {
  pcre2_compile_context* ctx = pcre2_compile_context_create(nullptr);
  pcre2_set_newline(ctx, PCRE2_NEWLINE_LF);
  int error = 0;
  PCRE2_SIZE offset = 0;
  pcre2_code* code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.data()), pattern.size(),
                                   options, &error, &offset, ctx);
  pcre2_compile_context_free(ctx);
  if (error_code != nullptr) *error_code = code == nullptr ? error : 0;
  if (code == nullptr) {
    PCRE2_UCHAR message[256];
    pcre2_get_error_message(error, message, sizeof(message));
    size_t at = std::min<size_t>(offset > prefix ? offset - prefix : 0, original.size());
    return InvalidArgumentError("invalid pattern " + std::string(original) + ": " +
                                reinterpret_cast<char*>(message) + " at offset " +
                                std::to_string(at));
  }
  return code;
}

// The index just past the class opened at p[open] == '[' (PCRE2 syntax), or npos.
size_t ClassEnd(std::string_view p, size_t open) {
  size_t i = open + 1;
  if (i < p.size() && p[i] == '^') ++i;
  if (i < p.size() && p[i] == ']') ++i;
  while (i < p.size() && p[i] != ']') {
    if (p[i] == '\\') ++i;
    ++i;
  }
  return i < p.size() ? i + 1 : std::string_view::npos;
}

// The index just past the group opened at p[open] == '(' (PCRE2 syntax), or npos.
size_t GroupEnd(std::string_view p, size_t open) {
  int depth = 0;
  for (size_t i = open; i < p.size(); ++i) {
    char c = p[i];
    if (c == '\\') {
      ++i;
    } else if (c == '[') {
      i = ClassEnd(p, i);
      if (i == std::string_view::npos) return i;
      --i;
    } else if (c == '(') {
      ++depth;
    } else if (c == ')' && --depth == 0) {
      return i + 1;
    }
  }
  return std::string_view::npos;
}

struct LookbehindBody {
  std::string body;
  bool negative;
};

// Replaces each lookbehind (?<=X) / (?<!X) by a callout (?Cn), keeping group numbers by
// leaving an empty group for each capturing group X had. PCRE2 only has fixed-length
// lookbehind; regexp2 allows any, so the callout checks X against the text before.
std::string ExtractLookbehinds(std::string_view p, std::vector<LookbehindBody>& bodies) {
  std::string out;
  for (size_t i = 0; i < p.size(); ++i) {
    char c = p[i];
    if (c == '\\' && i + 1 < p.size()) {
      out.append(p.substr(i, 2));
      ++i;
    } else if (c == '[') {
      size_t end = ClassEnd(p, i);
      if (end == std::string_view::npos) end = p.size();
      out.append(p.substr(i, end - i));
      i = end - 1;
    } else if (p.substr(i, 4) == "(?<=" || p.substr(i, 4) == "(?<!") {
      size_t end = GroupEnd(p, i);
      if (end == std::string_view::npos || bodies.size() >= 255) {
        out += c;
        continue;
      }
      std::string_view body = p.substr(i + 4, end - 1 - (i + 4));
      bodies.push_back({std::string(body), p[i + 3] == '!'});
      for (size_t k = 0; k < body.size(); ++k) {
        if (body[k] == '\\') {
          ++k;
        } else if (body[k] == '(' && (k + 1 >= body.size() || body[k + 1] != '?')) {
          out += "()";
        }
      }
      out += "(?C" + std::to_string(bodies.size()) + ")";
      i = end - 1;
    } else {
      out += c;
    }
  }
  return out;
}

// Splits a pattern whose largest top-level group is a long alternation, "pre(a|b|...)rest",
// into patterns "pre(a|b)rest", "pre(c|d)rest", ... of at most `budget` bytes of
// alternatives each. Tried in order they match what the whole does: an anchored alternation
// takes the first alternative that lets the rest match (exact when `pre` can match only one
// way, as the zero-width prefixes of the grammars that need this). Empty if no such group.
std::vector<std::string> SplitAlternation(std::string_view p, size_t budget) {
  size_t best = std::string_view::npos;
  size_t best_end = 0;
  for (size_t i = 0; i < p.size(); ++i) {
    if (p[i] == '\\') {
      ++i;
    } else if (p[i] == '[') {
      size_t close = ClassEnd(p, i);
      if (close == std::string_view::npos) return {};
      i = close - 1;
    } else if (p[i] == '(') {
      size_t end = GroupEnd(p, i);
      if (end == std::string_view::npos) return {};
      if (best == std::string_view::npos || end - i > best_end - best) {
        best = i;
        best_end = end;
      }
      i = end - 1;
    }
  }
  if (best == std::string_view::npos) return {};
  size_t body = p.substr(best, 3) == "(?:" ? best + 3 : best + 1;
  std::string_view opener = p.substr(0, body);
  std::string_view inner = p.substr(body, best_end - 1 - body);
  std::string_view rest = p.substr(best_end);
  std::vector<std::string_view> alternatives;
  size_t start = 0;
  int depth = 0;
  for (size_t i = 0; i < inner.size(); ++i) {
    char c = inner[i];
    if (c == '\\') {
      ++i;
    } else if (c == '[') {
      size_t close = ClassEnd(inner, i);
      if (close == std::string_view::npos) return {};
      i = close - 1;
    } else if (c == '(') {
      ++depth;
    } else if (c == ')') {
      --depth;
    } else if (c == '|' && depth == 0) {
      alternatives.push_back(inner.substr(start, i - start));
      start = i + 1;
    }
  }
  alternatives.push_back(inner.substr(start));
  std::vector<std::string> out;
  std::string chunk;
  for (std::string_view alt : alternatives) {
    if (!chunk.empty() && chunk.size() + alt.size() > budget) {
      out.push_back(std::string(opener) + chunk + ")" + std::string(rest));
      chunk.clear();
    }
    if (!chunk.empty()) chunk += '|';
    chunk.append(alt);
  }
  out.push_back(std::string(opener) + chunk + ")" + std::string(rest));
  return out.size() > 1 ? out : std::vector<std::string>{};
}

}  // namespace

int Regex::Callout(pcre2_callout_block* block, void* data) {
  auto* scratch = static_cast<MatchScratch*>(data);
  const Lookbehind& lb = scratch->regex_->lookbehinds_[block->callout_number - 1];
  size_t pos = block->current_position;
  size_t start = pos > kLookbehindWindow ? pos - kLookbehindWindow : 0;
  while (start > 0 && (block->subject[start] & 0xC0) == 0x80) --start;
  int rc = pcre2_match(lb.code, block->subject, pos, start, PCRE2_NO_UTF_CHECK | PCRE2_NO_JIT,
                       scratch->aux_data_, nullptr);
  bool found = rc >= 0;  // 0: matched, with more groups than aux_data_ holds
  return found != lb.negative ? 0 : 1;
}

StatusOr<std::unique_ptr<Regex>> Regex::Compile(std::string_view pattern, RegexFlags flags) {
  // Anchoring at compile time (not match time) keeps the JIT in play.
  std::string translated = "(?:" + TranslatePattern(pattern) + ")";
  uint32_t options = kBaseOptions;
  if (flags.multiline) options |= PCRE2_MULTILINE;
  if (flags.case_insensitive) options |= PCRE2_CASELESS;
  if (flags.dot_all) options |= PCRE2_DOTALL;
  int error = 0;
  StatusOr<pcre2_code*> code =
      CompileRaw(translated, options | PCRE2_ANCHORED, pattern, &error, /*prefix=*/3);
  std::vector<Lookbehind> lookbehinds;
  std::vector<pcre2_code*> more;
  if (!code.ok() && error == PCRE2_ERROR_PATTERN_TOO_LARGE) {
    // Racket's builtins, OpenEdge's keywords: one alternation past PCRE2's size limit.
    std::vector<std::string> parts = SplitAlternation(TranslatePattern(pattern), 8192);
    for (size_t i = 0; i < parts.size(); ++i) {
      StatusOr<pcre2_code*> part =
          CompileRaw("(?:" + parts[i] + ")", options | PCRE2_ANCHORED, pattern);
      if (!part.ok()) {
        for (pcre2_code* c : more) pcre2_code_free(c);
        if (i > 0) pcre2_code_free(*code);
        return std::move(part).status();
      }
      if (i == 0) {
        code = *part;
      } else {
        more.push_back(*part);
      }
    }
  }
  if (!code.ok() && error == PCRE2_ERROR_LOOKBEHIND_NOT_FIXED_LENGTH) {
    std::vector<LookbehindBody> bodies;
    std::string rewritten = ExtractLookbehinds(translated, bodies);
    for (const LookbehindBody& b : bodies) {
      StatusOr<pcre2_code*> sub = CompileRaw("(?:" + b.body + ")\\z", options, pattern);
      if (!sub.ok()) {
        for (Lookbehind& lb : lookbehinds) pcre2_code_free(lb.code);
        return std::move(sub).status();
      }
      lookbehinds.push_back({*sub, b.negative});
    }
    code = CompileRaw(rewritten, options | PCRE2_ANCHORED | PCRE2_NO_START_OPTIMIZE, pattern);
  }
  if (!code.ok()) {
    for (Lookbehind& lb : lookbehinds) pcre2_code_free(lb.code);
    return std::move(code).status();
  }
  uint32_t groups = 0;
  pcre2_pattern_info(*code, PCRE2_INFO_CAPTURECOUNT, &groups);
  std::unique_ptr<Regex> regex(new Regex(*code, static_cast<int>(groups)));
  regex->lookbehinds_ = std::move(lookbehinds);
  regex->codes_.insert(regex->codes_.end(), more.begin(), more.end());
  if (groups >= kMaxGroups) {
    return InvalidArgumentError("pattern has too many groups: " + std::string(pattern));
  }
  // Without JIT (unsupported CPU) matching still works through the interpreter.
  regex->jit_ = true;
  for (pcre2_code* c : regex->codes_) {
    if (pcre2_jit_compile(c, PCRE2_JIT_COMPLETE) != 0) regex->jit_ = false;
  }
  if (regex->codes_.size() == 1 && regex->lookbehinds_.empty()) {
    regex->ComputeFirstBytes(translated, options);
  }
  return regex;
}

// PCRE2 only studies the possible first code units of unanchored patterns, so an unanchored
// twin is compiled (no JIT) just to ask, then freed.
void Regex::ComputeFirstBytes(const std::string& translated, uint32_t options) {
  StatusOr<pcre2_code*> twin = CompileRaw(translated, options, translated);
  if (!twin.ok()) return;
  uint32_t empty = 1;
  uint32_t type = 0;
  pcre2_pattern_info(*twin, PCRE2_INFO_MATCHEMPTY, &empty);
  pcre2_pattern_info(*twin, PCRE2_INFO_FIRSTCODETYPE, &type);
  if (empty == 0 && type == 1) {
    uint32_t unit = 0;
    pcre2_pattern_info(*twin, PCRE2_INFO_FIRSTCODEUNIT, &unit);
    bool caseless = (options & PCRE2_CASELESS) != 0;
    // A caseless non-ASCII first character may have another case with another lead byte.
    if (!(caseless && unit >= 0x80)) {
      first_bytes_.reset();
      first_bytes_.set(unit);
      if (caseless && unit >= 'a' && unit <= 'z') first_bytes_.set(unit - 32);
      if (caseless && unit >= 'A' && unit <= 'Z') first_bytes_.set(unit + 32);
      filter_ = true;
    }
  } else if (empty == 0 && type == 0) {
    const uint8_t* bitmap = nullptr;
    if (pcre2_pattern_info(*twin, PCRE2_INFO_FIRSTBITMAP, &bitmap) == 0 && bitmap != nullptr) {
      first_bytes_.reset();
      for (int b = 0; b < 256; ++b) {
        if (bitmap[b / 8] & (1u << (b % 8))) first_bytes_.set(b);
      }
      filter_ = true;
    }
  }
  pcre2_code_free(*twin);
}

Regex::~Regex() {
  for (Lookbehind& lb : lookbehinds_) pcre2_code_free(lb.code);
  for (pcre2_code* c : codes_) pcre2_code_free(c);
}

bool Regex::MatchAt(std::string_view subject, size_t pos, MatchScratch& scratch) const {
  if (filter_ &&
      (pos >= subject.size() || !first_bytes_.test(static_cast<uint8_t>(subject[pos])))) {
    return false;
  }
  if (jit_ && codes_.size() == 1 && lookbehinds_.empty()) {
    return pcre2_jit_match(codes_[0], reinterpret_cast<PCRE2_SPTR>(subject.data()), subject.size(),
                           pos, 0, scratch.data_, scratch.context_) > 0;
  }
  if (!lookbehinds_.empty()) {
    scratch.regex_ = this;
    pcre2_set_callout(scratch.context_, &Regex::Callout, &scratch);
  }
  int rc = 0;
  for (pcre2_code* code : codes_) {
    rc = pcre2_match(code, reinterpret_cast<PCRE2_SPTR>(subject.data()), subject.size(), pos,
                     PCRE2_NO_UTF_CHECK, scratch.data_, scratch.context_);
    if (rc > 0) break;
  }
  if (!lookbehinds_.empty()) pcre2_set_callout(scratch.context_, nullptr, nullptr);
  return rc > 0;
}

}  // namespace kiln::highlight
