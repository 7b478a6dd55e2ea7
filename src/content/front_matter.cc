#include "content/front_matter.h"

#include <algorithm>
#include <string>

#include "base/source_text.h"
#include "value/yaml_front_matter.h"

namespace kiln {

namespace {

// The end of the line starting at `pos` (past its '\n'), or content.size().
size_t NextLine(std::string_view content, size_t pos) {
  size_t nl = content.find('\n', pos);
  return nl == std::string_view::npos ? content.size() : nl + 1;
}

std::string_view LineAt(std::string_view content, size_t pos) {
  std::string_view line = content.substr(pos, NextLine(content, pos) - pos);
  while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.remove_suffix(1);
  return line;
}

int CountLines(std::string_view s) {
  return static_cast<int>(std::count(s.begin(), s.end(), '\n'));
}

// The end of the JSON object opening at content[0], tracking strings, or npos.
size_t JsonObjectEnd(std::string_view content) {
  int depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < content.size(); ++i) {
    char c = content[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{') {
      ++depth;
    } else if (c == '}' && --depth == 0) {
      return i + 1;
    }
  }
  return std::string_view::npos;
}

}  // namespace

StatusOr<FrontMatterSplit> SplitFrontMatter(std::string_view content, std::string_view file) {
  FrontMatterSplit split;
  std::string_view rest = content;
  if (rest.substr(0, 3) == "\xEF\xBB\xBF") rest.remove_prefix(3);
  const size_t start = content.size() - rest.size();
  std::string_view first = LineAt(content, start);
  std::string_view delimiter;
  if (first == "+++") {
    split.format = DataFormat::kToml;
    delimiter = "+++";
  } else if (first == "---") {
    split.format = DataFormat::kYaml;
    delimiter = "---";
  } else if (!rest.empty() && rest[0] == '{') {
    size_t end = JsonObjectEnd(rest);
    if (end == std::string_view::npos) {
      return InvalidArgumentError("front matter: unterminated JSON object")
          .At(LocateOffset(file, content, start));
    }
    split.format = DataFormat::kJson;
    split.text = rest.substr(0, end);
    split.first_line = 1;
    size_t body = start + end;
    while (body < content.size() && (content[body] == '\r' || content[body] == '\n')) ++body;
    split.body = content.substr(body);
    return split;
  } else {
    split.body = content;
    return split;
  }
  size_t text_begin = NextLine(content, start);
  for (size_t pos = text_begin; pos < content.size(); pos = NextLine(content, pos)) {
    if (LineAt(content, pos) == delimiter) {
      split.text = content.substr(text_begin, pos - text_begin);
      split.first_line = CountLines(content.substr(0, text_begin)) + 1;
      split.body = content.substr(NextLine(content, pos));
      return split;
    }
  }
  return InvalidArgumentError("front matter: no closing \"" + std::string(delimiter) + "\"")
      .At(LocateOffset(file, content, start));
}

StatusOr<ParsedContent> ParseContentFile(std::string_view content, std::string_view file) {
  ASSIGN_OR_RETURN(FrontMatterSplit split, SplitFrontMatter(content, file));
  ParsedContent parsed;
  parsed.body = split.body;
  if (!split.format) {
    parsed.front_matter = Value::Map({});
    return parsed;
  }
  ASSIGN_OR_RETURN(parsed.front_matter,
                   *split.format == DataFormat::kYaml
                       ? DecodeYamlFrontMatter(split.text, file, split.first_line)
                       : DecodeData(*split.format, split.text, file, split.first_line));
  if (parsed.front_matter.kind() != ValueKind::kMap) {
    return InvalidArgumentError("front matter: expected a map, got " +
                                std::string(ValueKindName(parsed.front_matter.kind())))
        .At(LocateLine(file, content, split.first_line, 1));
  }
  return parsed;
}

}  // namespace kiln
