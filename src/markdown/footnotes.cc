#include "markdown/footnotes.h"

#include <algorithm>

#include "markdown/block_scan.h"

namespace kiln::markdown {
namespace {

// "[^label]:" after at most three spaces; sets the label and where the text after ':' starts.
bool ParseDefinitionStart(std::string_view line, std::string_view* label, size_t* body) {
  size_t i = 0;
  while (i < line.size() && i < 3 && line[i] == ' ') ++i;
  if (line.substr(i, 2) != "[^") return false;
  size_t close = line.find(']', i + 2);
  if (close == std::string_view::npos || close + 1 >= line.size() || line[close + 1] != ':') {
    return false;
  }
  *label = line.substr(i + 2, close - i - 2);
  if (IsBlankLine(*label) || label->find('[') != std::string_view::npos) return false;
  *body = close + 2;
  return true;
}

}  // namespace

std::string ExtractFootnotes(std::string_view source, std::vector<FootnoteDefinition>* defs) {
  std::string out;
  out.reserve(source.size());
  char fence = 0;  // the fence character of an open fenced code block
  size_t pos = 0;
  FootnoteDefinition* open = nullptr;
  bool last_blank = false;
  // Lines kept as they are go out in one copy per run: from `kept` to the line being read.
  size_t kept = 0;
  const auto flush = [&](size_t end) {
    out.append(source.substr(kept, end - kept));
    kept = end;
  };
  while (pos < source.size()) {
    size_t eol = source.find('\n', pos);
    size_t next = eol == std::string_view::npos ? source.size() : eol + 1;
    std::string_view line = source.substr(pos, next - pos);
    std::string_view content =
        line.substr(0, line.size() - (eol == std::string_view::npos ? 0 : 1));
    const size_t line_start = pos;
    pos = next;
    if (open != nullptr) {
      size_t bytes = 0;
      bool blank = IsBlankLine(content);
      size_t cols = IndentColumns(content, &bytes);
      if (blank || cols >= 4 || (!last_blank && !StartsBlock(content))) {
        if (!blank && cols >= 4) {
          open->body.append(RemoveIndent(content, 4));
        } else if (!blank) {
          open->body.append(content);
        }
        open->body.push_back('\n');
        last_blank = blank;
        flush(line_start);
        out.append(line.size() - content.size(), '\n');
        kept = pos;
        continue;
      }
      open = nullptr;
    }
    if (char f = FenceChar(content); fence != 0 || f != 0) {
      if (fence == 0) {
        fence = f;
      } else if (f == fence) {
        fence = 0;
      }
      continue;
    }
    std::string_view label;
    size_t body = 0;
    if (ParseDefinitionStart(content, &label, &body)) {
      defs->push_back(
          FootnoteDefinition{std::string(label), std::string(content.substr(body)) + "\n"});
      open = &defs->back();
      last_blank = false;
      flush(line_start);
      out.append(line.size() - content.size(), '\n');
      kept = pos;
      continue;
    }
  }
  flush(source.size());
  for (FootnoteDefinition& d : *defs) {
    while (d.body.size() >= 2 && d.body.back() == '\n' && d.body[d.body.size() - 2] == '\n') {
      d.body.pop_back();
    }
  }
  return out;
}

bool FootnoteIndex::Reference(std::string_view label, int* index, int* ordinal) {
  for (FootnoteDefinition& d : defs_) {
    if (d.label != label) continue;
    if (d.index == 0) d.index = ++count_;
    *index = d.index;
    *ordinal = d.references++;
    return true;
  }
  return false;
}

std::vector<const FootnoteDefinition*> FootnoteIndex::Referenced() const {
  std::vector<const FootnoteDefinition*> out;
  for (const FootnoteDefinition& d : defs_) {
    if (d.index > 0) out.push_back(&d);
  }
  std::sort(out.begin(), out.end(), [](auto* a, auto* b) { return a->index < b->index; });
  return out;
}

void AppendFootnoteReference(int index, int ordinal, std::string* out) {
  const std::string n = std::to_string(index);
  out->append("<sup id=\"fnref");
  if (ordinal > 0) out->append(std::to_string(ordinal));
  out->append(":").append(n).append("\"><a href=\"#fn:").append(n);
  out->append("\" class=\"footnote-ref\" role=\"doc-noteref\">").append(n).append("</a></sup>");
}

void AppendFootnoteBacklinks(const FootnoteDefinition& def, std::string* out) {
  const std::string n = std::to_string(def.index);
  for (int i = 0; i < def.references; ++i) {
    out->append("&#160;<a href=\"#fnref");
    if (i > 0) out->append(std::to_string(i));
    out->append(":").append(n);
    out->append("\" class=\"footnote-backref\" role=\"doc-backlink\">&#x21a9;&#xfe0e;</a>");
  }
}

}  // namespace kiln::markdown
