#include "markdown/definition_lists.h"

#include "markdown/block_scan.h"

namespace kiln::markdown {
namespace {

// Control characters keep the marker from colliding with real text.
std::string Marker(size_t n) { return "\x01kiln-dl-" + std::to_string(n) + "\x01"; }

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
  explicit Scanner(std::string_view source) : source_size_(source.size()) {
    LineReader reader(source);
    std::string_view line;
    char fence = 0;
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
      for (size_t i = emitted; i < term_start; ++i) Emit(i, &out.source);
      out.source.append("\n").append(Marker(out.lists.size())).append("\n\n");
      out.lists.push_back(std::move(items));
      emitted = end;
      k = end - 1;
    }
    for (size_t i = emitted; i < lines_.size(); ++i) Emit(i, &out.source);
    return out;
  }

 private:
  void Emit(size_t i, std::string* out) const { out->append(lines_[i]).push_back('\n'); }

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
  std::vector<std::string_view> lines_;
  std::vector<bool> in_code_;
};

}  // namespace

DefinitionLists ExtractDefinitionLists(std::string_view source) {
  return Scanner(source).Run();
}

std::string DefinitionListMarkerHtml(size_t n) { return "<p>" + Marker(n) + "</p>\n"; }

}  // namespace kiln::markdown
