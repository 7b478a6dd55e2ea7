#include "markdown/content_helpers.h"

#include "base/strip_tags.h"
#include "markdown/unicode.h"

namespace kiln::markdown {
namespace {

constexpr std::string_view kMarker = "HUGOMORE42";

bool IsSpaceAt(std::string_view s, size_t i, int* size) {
  return IsSpaceRune(DecodeRune(s, i, size));
}

// Length of the run at the start of `s` free of the bytes `a` and `b`.
size_t RunWithout(std::string_view s, char a, char b) {
  size_t n = 0;
  while (n < s.size() && s[n] != a && s[n] != b) ++n;
  return n;
}

bool IsAsciiSpace(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

}  // namespace

DividedSource ReplaceSummaryDivider(std::string_view source) {
  DividedSource out;
  size_t at = source.find(kSummaryDivider);
  if (at == std::string_view::npos) {
    out.source = std::string(source);
    return out;
  }
  out.found = true;
  std::string_view rest = source.substr(at + kSummaryDivider.size());
  out.truncated = !TrimSpaceRunes(rest).empty();
  out.source.reserve(source.size() + 8);
  out.source.append(source.substr(0, at)).append("\n\n").append(kMarker).append("\n\n");
  out.source.append(rest);
  return out;
}

SplitContent SplitSummary(std::string_view html) {
  SplitContent out;
  size_t marker = html.find(kMarker);
  if (marker == std::string_view::npos) {
    out.content = std::string(html);
    return out;
  }
  // The paragraph around the marker goes: from the last "<p" before it to past "</p>".
  size_t start = html.rfind("<p", marker);
  if (start == std::string_view::npos) start = marker;
  size_t end = html.find("</p", marker);
  end = end == std::string_view::npos ? marker + kMarker.size() : end + 4;
  std::string_view after = html.substr(std::min(end, html.size()));
  while (!after.empty() && after.front() == '\n') after.remove_prefix(1);
  while (!after.empty() && after.back() == '\n') after.remove_suffix(1);
  std::string without(html.substr(0, start));
  out.summary = std::string(TrimSpaceRunes(without));
  without.append(after);
  out.content = std::string(TrimSpaceRunes(without));
  return out;
}

std::string PlainText(std::string_view html) {
  if (html.find_first_of("<>") == std::string_view::npos) return std::string(html);
  // Newlines become spaces and paragraph ends and breaks become newlines, left to right.
  std::string pre;
  pre.reserve(html.size());
  for (size_t i = 0; i < html.size();) {
    size_t run = RunWithout(html.substr(i), '\n', '<');
    pre.append(html, i, run);
    i += run;
    if (i >= html.size()) break;
    if (html[i] == '\n') {
      pre.push_back(' ');
      ++i;
    } else if (html.compare(i, 4, "</p>") == 0 || html.compare(i, 4, "<br>") == 0) {
      pre.push_back('\x01');
      i += 4;
    } else if (html.compare(i, 6, "<br />") == 0) {
      pre.push_back('\x01');
      i += 6;
    } else {
      pre.push_back(html[i++]);
    }
  }
  std::string stripped = StripTags(pre);
  std::string out;
  out.reserve(stripped.size());
  bool was_space = false;
  for (size_t i = 0; i < stripped.size();) {
    // A run of ASCII that is neither space nor a break marker goes across whole.
    size_t run = i;
    while (run < stripped.size()) {
      unsigned char r = static_cast<unsigned char>(stripped[run]);
      if (r >= 0x80 || r == '\x01' || IsAsciiSpace(r)) break;
      ++run;
    }
    if (run > i) {
      out.append(stripped, i, run - i);
      was_space = false;
      i = run;
      continue;
    }
    unsigned char c = static_cast<unsigned char>(stripped[i]);
    if (c < 0x80) {
      // ASCII, the common case, without decoding.
      if (c == '\x01') c = '\n';
      bool space = IsAsciiSpace(c);
      if (!(space && was_space)) out.push_back(static_cast<char>(c));
      was_space = space;
      ++i;
      continue;
    }
    int size = 0;
    bool space = IsSpaceAt(stripped, i, &size);
    if (!(space && was_space)) out.append(stripped, i, size);
    was_space = space;
    i += size;
  }
  return out;
}

std::vector<std::string_view> PlainWords(std::string_view plain) {
  std::vector<std::string_view> words;
  size_t start = std::string_view::npos;
  for (size_t i = 0; i < plain.size();) {
    int size = 0;
    bool space = IsSpaceAt(plain, i, &size);
    if (space && start != std::string_view::npos) {
      words.push_back(plain.substr(start, i - start));
      start = std::string_view::npos;
    } else if (!space && start == std::string_view::npos) {
      start = i;
    }
    i += size;
  }
  if (start != std::string_view::npos) words.push_back(plain.substr(start));
  return words;
}

namespace {

int RuneCount(std::string_view s) {
  int n = 0;
  for (size_t i = 0; i < s.size();) {
    int size = 0;
    DecodeRune(s, i, &size);
    i += size;
    ++n;
  }
  return n;
}

}  // namespace

int WordCount(std::string_view plain, bool cjk) {
  if (!cjk) {
    // Counts the starts of words, as PlainWords would split them, without the list.
    int count = 0;
    bool in_word = false;
    for (size_t i = 0; i < plain.size();) {
      unsigned char c = static_cast<unsigned char>(plain[i]);
      int size = 1;
      bool space = c < 0x80 ? IsAsciiSpace(c) : IsSpaceAt(plain, i, &size);
      if (!space && !in_word) ++count;
      in_word = !space;
      i += size;
    }
    return count;
  }
  std::vector<std::string_view> words = PlainWords(plain);
  int count = 0;
  for (std::string_view w : words) {
    int runes = RuneCount(w);
    count += static_cast<size_t>(runes) == w.size() ? 1 : runes;
  }
  return count;
}

AutoSummaryResult AutoSummary(std::string_view plain, int summary_length, bool cjk) {
  AutoSummaryResult out;
  if (cjk) {
    std::vector<std::string_view> words = PlainWords(plain);
    int count = 0;
    auto join = [&](size_t n, std::string_view partial) {
      for (size_t k = 0; k < n; ++k) out.summary.append(k ? " " : "").append(words[k]);
      if (!partial.empty()) out.summary.append(n ? " " : "").append(partial);
    };
    for (size_t index = 0; index < words.size(); ++index) {
      if (count >= summary_length) {
        join(index, {});
        out.truncated = true;
        return out;
      }
      std::string_view word = words[index];
      int runes = RuneCount(word);
      if (static_cast<size_t>(runes) == word.size()) {
        ++count;
      } else if (count + runes < summary_length) {
        count += runes;
      } else {
        for (size_t ri = 0; ri < word.size();) {
          if (count >= summary_length) {
            join(index, word.substr(0, ri));
            out.truncated = true;
            return out;
          }
          int size = 0;
          DecodeRune(word, ri, &size);
          ri += size;
          ++count;
        }
      }
    }
    join(words.size(), {});
    return out;
  }
  // Count white space runes up to summary_length, then extend to the end of the sentence.
  int spaces = 0;
  size_t last_space = std::string_view::npos;
  for (size_t i = 0; i < plain.size();) {
    int size = 0;
    if (IsSpaceAt(plain, i, &size)) {
      ++spaces;
      last_space = i;
      if (spaces >= summary_length) break;
    }
    i += size;
  }
  if (last_space == std::string_view::npos) {
    out.summary = std::string(plain);
    return out;
  }
  size_t end = plain.find_first_of(".?!\"\n", last_space);
  if (end == std::string_view::npos) {
    out.summary = std::string(plain);
    return out;
  }
  ++end;
  out.summary = std::string(TrimSpaceRunes(plain.substr(0, end)));
  out.truncated = end < plain.size();
  return out;
}

std::string TrimShortHtml(std::string_view html) {
  size_t first_p = html.find("<p");
  size_t last_p = html.rfind("<p");
  size_t last_close_p = html.rfind("</p>");
  size_t last_close = html.rfind("</");
  if (first_p != last_p || last_close_p != last_close) return std::string(html);
  std::string_view s = TrimSpaceRunes(html);
  if (s.substr(0, 3) == "<p>") s.remove_prefix(3);
  if (s.size() >= 4 && s.substr(s.size() - 4) == "</p>") s.remove_suffix(4);
  return std::string(TrimSpaceRunes(s));
}

}  // namespace kiln::markdown
