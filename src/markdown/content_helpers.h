// The values Hugo 0.111.3 derives from a page's rendered Markdown: the <!--more--> split, the
// plain text (.Plain, .PlainWords), word counts, reading time, the automatic summary and
// .Truncated, and markdownify's trimming of a lone paragraph. Pure functions, thread-safe.
//
// Order of use, as Hugo does it: ReplaceSummaryDivider on the source; render; if the divider was
// found, SplitSummary on the HTML (its content is .Content); PlainText of .Content; then the
// counts and, without a divider, AutoSummary.
#ifndef KILN_MARKDOWN_CONTENT_HELPERS_H_
#define KILN_MARKDOWN_CONTENT_HELPERS_H_

#include <string>
#include <string_view>
#include <vector>

namespace kiln::markdown {

inline constexpr std::string_view kSummaryDivider = "<!--more-->";

struct DividedSource {
  std::string source;      // the divider replaced by a marker paragraph
  bool found = false;
  bool truncated = false;  // non-space text follows the divider
};

// Replaces the first <!--more--> with the marker Hugo renders and later splits at.
DividedSource ReplaceSummaryDivider(std::string_view source);

struct SplitContent {
  std::string summary;  // the HTML before the marker's paragraph, trimmed
  std::string content;  // the HTML without the marker, trimmed
};

// Splits rendered HTML at the marker left by ReplaceSummaryDivider.
SplitContent SplitSummary(std::string_view html);

// .Plain: newlines as spaces, </p> and <br> as newlines, tags stripped as Go's html/template
// strips them (base/strip_tags.h), space runs collapsed.
std::string PlainText(std::string_view html);
// .PlainWords: the plain text split at Unicode white space.
std::vector<std::string_view> PlainWords(std::string_view plain);

// .WordCount. For CJK languages (hasCJKLanguage) each non-ASCII word counts its runes.
int WordCount(std::string_view plain, bool cjk);
inline int FuzzyWordCount(int word_count) { return (word_count + 100) / 100 * 100; }
inline int ReadingTime(int word_count, bool cjk) {
  return cjk ? (word_count + 500) / 501 : (word_count + 212) / 213;
}

struct AutoSummaryResult {
  std::string summary;
  bool truncated = false;
};

// The summary without a divider: summary_length words of the plain text, extended to the end
// of the sentence (CJK: summary_length runes of the words).
AutoSummaryResult AutoSummary(std::string_view plain, int summary_length, bool cjk);

// markdownify and front-matter summaries: strips <p>…</p> around HTML that is one paragraph.
std::string TrimShortHtml(std::string_view html);

}  // namespace kiln::markdown

#endif  // KILN_MARKDOWN_CONTENT_HELPERS_H_
