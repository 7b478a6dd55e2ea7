#include "markdown/definition_lists.h"

#include <algorithm>

#include "markdown/block_scan.h"

namespace kiln::markdown {
namespace {

// Control characters keep the markers from colliding with real text. At the top level a list
// becomes a marker paragraph; in a container, an HTML comment line, which ends a paragraph
// without a blank line (goldmark does not count a list's blank lines against a tight item).
std::string Marker(size_t n) { return "\x01kiln-dl-" + std::to_string(n) + "\x01"; }
std::string ContainedMarker(size_t n) {
  return "<!--\x1F"
         "dl-" +
         std::to_string(n) + "-->";
}

// Columns of space after a description's ':' (0 if the line is not a description), capped as
// goldmark caps them so that an indented code block can follow.
size_t DescriptionOffset(std::string_view line) {
  if (line.empty() || line[0] != ':') return 0;
  size_t bytes = 0;
  size_t w = IndentColumns(line.substr(1), &bytes);
  if (w == 0) return 0;
  if (w >= 8) w = 5;
  return w + 1;
}

bool IsLinkDefinition(std::string_view line) {
  size_t bytes = 0;
  if (IndentColumns(line, &bytes) > 3) return false;
  std::string_view t = line.substr(bytes);
  if (t.size() < 4 || t[0] != '[' || t[1] == '^') return false;
  size_t close = t.find(']');
  return close != std::string_view::npos && close > 1 && close + 1 < t.size() &&
         t[close + 1] == ':';
}

class Scanner {
 public:
  Scanner(std::string_view source, size_t first_index, bool contained)
      : source_size_(source.size()), first_index_(first_index), contained_(contained) {
    LineReader reader(source);
    std::string_view line;
    char fence = 0;
    lines_.reserve(source.size() / 32 + 1);  // lines of Markdown prose run longer, mostly
    while (reader.Next(&line)) {
      lines_.push_back(line);
      char f = FenceChar(line);
      bool code = fence != 0 || f != 0;
      if (fence == 0 && f != 0) {
        fence = f;
      } else if (fence != 0 && f == fence) {
        fence = 0;
      }
      in_code_.push_back(code);
    }
  }

  DefinitionLists Run() {
    DefinitionLists out;
    out.source.reserve(source_size_ + 64);
    size_t emitted = 0;  // lines before this are in out.source
    for (size_t k = 0; k < lines_.size(); ++k) {
      if (!in_code_[k] && IsLinkDefinition(lines_[k])) {
        out.link_definitions.append(lines_[k]).push_back('\n');
      }
      if (in_code_[k] || DescriptionOffset(lines_[k]) == 0) continue;
      size_t term_start = 0, term_end = 0;
      if (!TermBefore(k, &term_start, &term_end)) continue;
      std::vector<DefinitionListItem> items;
      size_t end = ParseList(term_start, term_end, k, &items);
      Emit(emitted, term_start, &out.source);
      const size_t index = first_index_ + out.lists.size();
      if (contained_) {
        while (out.source.ends_with("\n\n")) out.source.pop_back();
        out.source.append(ContainedMarker(index)).append("\n");
      } else {
        out.source.append("\n").append(Marker(index)).append("\n\n");
      }
      out.lists.push_back(std::move(items));
      emitted = end;
      k = end - 1;
    }
    Emit(emitted, lines_.size(), &out.source);
    return out;
  }

 private:
  // Lines [begin, end), each with a '\n': one copy, as they lie in the source one '\n' apart.
  void Emit(size_t begin, size_t end, std::string* out) const {
    if (begin >= end) return;
    const char* const first = lines_[begin].data();
    out->append(first, lines_[end - 1].data() + lines_[end - 1].size() - first).push_back('\n');
  }

  // The paragraph a description at line k defines: the non-blank lines before it (blank lines
  // between are allowed), starting after a blank line, a heading or the document start.
  bool TermBefore(size_t k, size_t* start, size_t* end) const {
    size_t j = k;
    while (j > 0 && IsBlankLine(lines_[j - 1])) --j;
    if (j == 0) return false;
    size_t p = j;
    while (p > 0 && !IsBlankLine(lines_[p - 1]) && !in_code_[p - 1] &&
           !StartsBlock(lines_[p - 1]) && DescriptionOffset(lines_[p - 1]) == 0) {
      --p;
    }
    if (p == j) return false;
    if (p > 0 && !IsBlankLine(lines_[p - 1])) {
      size_t bytes = 0;
      IndentColumns(lines_[p - 1], &bytes);
      if (lines_[p - 1].substr(bytes, 1) != "#") return false;
    }
    *start = p;
    *end = j;
    return true;
  }

  // Parses terms and descriptions from the first term line on; returns the first line after
  // the list.
  size_t ParseList(size_t term_start, size_t term_end, size_t k,
                   std::vector<DefinitionListItem>* items) const {
    while (true) {
      for (size_t i = term_start; i < term_end; ++i) {
        std::string_view t = lines_[i];
        while (!t.empty() && (t.front() == ' ' || t.front() == '\t')) t.remove_prefix(1);
        while (!t.empty() && (t.back() == ' ' || t.back() == '\t' || t.back() == '\r')) {
          t.remove_suffix(1);
        }
        items->push_back(DefinitionListItem{true, true, std::string(t)});
      }
      size_t end = k;
      // One or more descriptions.
      while (true) {
        const size_t offset = DescriptionOffset(lines_[end]);
        DefinitionListItem dd{false, end == 0 || !IsBlankLine(lines_[end - 1]), ""};
        dd.markdown = RemoveIndent(lines_[end].substr(1), offset - 1) + "\n";
        size_t i = end + 1, last = end + 1;
        for (; i < lines_.size(); ++i) {
          std::string_view l = lines_[i];
          size_t bytes = 0;
          if (IsBlankLine(l)) continue;
          bool lazy = !IsBlankLine(lines_[i - 1]) && !StartsBlock(l) && DescriptionOffset(l) == 0;
          if (IndentColumns(l, &bytes) < offset && !lazy) break;
          for (size_t b = last; b < i; ++b) dd.markdown.push_back('\n');
          dd.markdown.append(lazy && IndentColumns(l, &bytes) < offset ? std::string(l)
                                                                       : RemoveIndent(l, offset));
          dd.markdown.push_back('\n');
          last = i + 1;
        }
        items->push_back(std::move(dd));
        end = last;
        size_t next = end;
        while (next < lines_.size() && IsBlankLine(lines_[next])) ++next;
        if (next < lines_.size() && !in_code_[next] && DescriptionOffset(lines_[next]) != 0) {
          end = next;
          continue;
        }
        // A further term paragraph followed by a description continues the same list.
        size_t q = next;
        while (q < lines_.size() && !IsBlankLine(lines_[q]) && !in_code_[q] &&
               !StartsBlock(lines_[q]) && DescriptionOffset(lines_[q]) == 0) {
          ++q;
        }
        size_t d = q;
        while (d < lines_.size() && IsBlankLine(lines_[d])) ++d;
        if (q > next && d < lines_.size() && !in_code_[d] && DescriptionOffset(lines_[d]) != 0) {
          term_start = next;
          term_end = q;
          k = d;
          break;
        }
        return end;
      }
    }
  }

  size_t source_size_;
  size_t first_index_;  // the number of the first list found
  bool contained_;      // the source is a container's content
  std::vector<std::string_view> lines_;
  std::vector<bool> in_code_;
};

// The length of the block quote mark ("> ") that starts a line, 0 if none.
size_t QuoteMark(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && i < 3 && line[i] == ' ') ++i;
  if (i >= line.size() || line[i] != '>') return 0;
  ++i;
  return i < line.size() && line[i] == ' ' ? i + 1 : i;
}

// One block quote or list item: its lines [begin, end) and how to take their marks off and put
// them back.
struct Container {
  size_t begin, end;
  size_t column;  // list items: the content column; 0 for a block quote
};

// The lines of the block quote or list item starting at line k, if one does.
bool ContainerAt(const std::vector<std::string_view>& lines, size_t k, Container* c) {
  if (QuoteMark(lines[k]) != 0) {
    size_t end = k;
    while (end < lines.size() && QuoteMark(lines[end]) != 0) ++end;
    *c = Container{k, end, 0};
    return true;
  }
  const size_t column = ListItemContentColumn(lines[k]);
  if (column == 0) return false;
  size_t end = k + 1, last = k + 1;
  for (; end < lines.size(); ++end) {
    size_t bytes = 0;
    if (IsBlankLine(lines[end])) continue;
    if (IndentColumns(lines[end], &bytes) < column) break;
    last = end + 1;
  }
  *c = Container{k, last, column};
  return true;
}

// The container's content, its marks taken off.
std::string Content(const std::vector<std::string_view>& lines, const Container& c) {
  std::string out;
  for (size_t i = c.begin; i < c.end; ++i) {
    std::string_view line = lines[i];
    if (c.column == 0) {
      out.append(line.substr(QuoteMark(line)));
    } else if (i == c.begin) {
      out.append(line.substr(std::min(c.column, line.size())));
    } else {
      out.append(RemoveIndent(line, c.column));
    }
    out.push_back('\n');
  }
  return out;
}

// Content's lines with the container's marks put back, appended to *out.
void PutBack(const std::vector<std::string_view>& lines, const Container& c,
             std::string_view content, std::string* out) {
  LineReader reader(content);
  std::string_view line;
  for (bool first = true; reader.Next(&line); first = false) {
    if (c.column == 0) {
      out->append(line.empty() ? ">" : "> ");
    } else if (first) {
      out->append(lines[c.begin].substr(0, c.column));
    } else if (!line.empty()) {
      out->append(c.column, ' ');
    }
    out->append(line).push_back('\n');
  }
}

// Finds the lists in the block quotes and list items of doc->source, nested ones included, and
// numbers them on from base + doc->lists.size().
void ExtractContainedLists(DefinitionLists* doc, size_t base) {
  if (!MayHoldDefinitionList(doc->source)) return;
  const std::string_view source = doc->source;
  std::vector<std::string_view> lines;
  LineReader reader(source);
  for (std::string_view line; reader.Next(&line);) lines.push_back(line);
  std::string rebuilt;
  size_t copied = 0;  // source up to here is in rebuilt
  char fence = 0;
  for (size_t k = 0; k < lines.size(); ++k) {
    const char f = FenceChar(lines[k]);
    Container c;
    if (fence != 0 || f != 0 || !ContainerAt(lines, k, &c)) {
      if (fence == 0 && f != 0) {
        fence = f;
      } else if (fence != 0 && f == fence) {
        fence = 0;
      }
      continue;
    }
    k = c.end - 1;
    bool candidate = false;
    for (size_t i = c.begin; i < c.end && !candidate; ++i) {
      candidate = MayHoldDefinitionList(lines[i]);
    }
    if (!candidate) continue;
    const size_t first = base + doc->lists.size();
    DefinitionLists sub = Scanner(Content(lines, c), first, true).Run();
    ExtractContainedLists(&sub, first);
    if (sub.lists.empty()) continue;
    for (auto& list : sub.lists) doc->lists.push_back(std::move(list));
    const size_t begin = lines[c.begin].data() - source.data();
    rebuilt.append(source.substr(copied, begin - copied));
    PutBack(lines, c, sub.source, &rebuilt);
    const std::string_view last = lines[c.end - 1];
    copied =
        std::min(static_cast<size_t>(last.data() - source.data()) + last.size() + 1, source.size());
  }
  if (copied == 0) return;
  rebuilt.append(source.substr(copied));
  doc->source = std::move(rebuilt);
}

}  // namespace

DefinitionLists ExtractDefinitionLists(std::string_view source) {
  DefinitionLists out = Scanner(source, 0, false).Run();
  ExtractContainedLists(&out, 0);
  return out;
}

bool MayHoldDefinitionList(std::string_view source) {
  for (size_t at = source.find(':'); at != std::string_view::npos; at = source.find(':', at + 1)) {
    if (ColonStartsLine(source, at)) return true;
  }
  return false;
}

bool ColonStartsLine(std::string_view source, size_t at) {
  size_t i = at;
  while (i > 0 && (source[i - 1] == ' ' || source[i - 1] == '>')) --i;
  return i == 0 || source[i - 1] == '\n';
}

std::string DefinitionListMarkerHtml(size_t n) { return "<p>" + Marker(n) + "</p>\n"; }

std::string ContainedDefinitionListMarkerHtml(size_t n) { return ContainedMarker(n) + "\n"; }

bool IsContainedDefinitionListMarker(std::string_view html) {
  return html.starts_with(
             "<!--\x1F"
             "dl-") &&
         html.ends_with("-->");
}

}  // namespace kiln::markdown
