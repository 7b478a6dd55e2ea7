// Regex: one compiled Chroma rule pattern on PCRE2 (JIT), with the semantics of Go's regexp2
// in the RE2-compatible mode Chroma compiles with.
//
// Chroma patterns are .NET regular expressions. PCRE2 covers that syntax with a few
// differences that Compile() smooths over: `\uXXXX` escapes, `\Z` (absolute end in regexp2's
// RE2 mode), `$` without (?m) (also absolute end), `^` after a final newline in multiline
// mode, and duplicate group names. A Regex is immutable after Compile() and may be shared
// by any number of threads; each thread brings its own MatchScratch.
#ifndef KILN_HIGHLIGHT_REGEX_H_
#define KILN_HIGHLIGHT_REGEX_H_

#include <bitset>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

struct pcre2_real_code_8;
struct pcre2_real_match_data_8;
struct pcre2_real_match_context_8;
struct pcre2_real_jit_stack_8;
struct pcre2_callout_block_8;

namespace kiln::highlight {

class Regex;

struct RegexFlags {
  bool multiline = true;  // Chroma's default unless a lexer sets not_multiline
  bool case_insensitive = false;
  bool dot_all = false;
};

// Per-thread match buffers (match data, JIT stack). Not thread-safe; cheap to reuse.
class MatchScratch {
 public:
  MatchScratch();
  ~MatchScratch();
  MatchScratch(const MatchScratch&) = delete;
  MatchScratch& operator=(const MatchScratch&) = delete;

  // Group i's span after a successful Regex::MatchAt; npos start for an unset group.
  size_t group_start(int i) const;
  size_t group_end(int i) const;

 private:
  friend class Regex;
  pcre2_real_match_data_8* data_;
  pcre2_real_match_context_8* context_;
  pcre2_real_jit_stack_8* jit_stack_;
  pcre2_real_match_data_8* aux_data_;  // for emulated lookbehind
  const Regex* regex_ = nullptr;       // the regex being matched, for its callouts
};

class Regex {
 public:
  // Compiles a Chroma pattern. The error names the PCRE2 message and offset.
  static StatusOr<std::unique_ptr<Regex>> Compile(std::string_view pattern, RegexFlags flags);
  ~Regex();
  Regex(const Regex&) = delete;
  Regex& operator=(const Regex&) = delete;

  // Matches anchored at byte offset `pos` of `subject` (valid UTF-8; lookbehind may see
  // text before pos). A match that exceeds the backtracking budget counts as no match, as
  // a regexp2 timeout does in Chroma.
  bool MatchAt(std::string_view subject, size_t pos, MatchScratch& scratch) const;
  // Number of capturing groups, excluding group 0.
  int group_count() const { return group_count_; }

 private:
  struct Lookbehind {
    pcre2_real_code_8* code;  // (?:X)\z, searched in a window before the position
    bool negative;
  };
  explicit Regex(pcre2_real_code_8* code, int group_count)
      : codes_{code}, group_count_(group_count) {}
  static int Callout(pcre2_callout_block_8* block, void* data);
  void ComputeFirstBytes(const std::string& translated, uint32_t options);

  // Usually one program; an alternation too large for PCRE2 is split into several, tried in
  // order, all with the same groups.
  std::vector<pcre2_real_code_8*> codes_;
  int group_count_;
  // Variable-length lookbehinds, checked from callouts (only when PCRE2 cannot do them).
  std::vector<Lookbehind> lookbehinds_;
  bool jit_ = false;
  // When filter_, a match can only start with one of first_bytes_: most rules of a state are
  // rejected on one byte without entering PCRE2.
  bool filter_ = false;
  std::bitset<256> first_bytes_;
};

// Rewrites a .NET/regexp2 pattern into PCRE2 syntax (exposed for tests).
std::string TranslatePattern(std::string_view pattern);

}  // namespace kiln::highlight

#endif  // KILN_HIGHLIGHT_REGEX_H_
