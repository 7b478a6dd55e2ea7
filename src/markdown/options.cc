#include "base/strings.h"
#include "markdown/markdown.h"

namespace kiln::markdown {
namespace {

Status ParseBool(std::string_view key, std::string_view value, bool* out) {
  if (value == "true") {
    *out = true;
  } else if (value == "false") {
    *out = false;
  } else {
    return InvalidArgumentError("markup." + std::string(key) + ": want true or false, got " +
                                std::string(value));
  }
  return Status();
}

Status ParseInt(std::string_view key, std::string_view value, int* out) {
  int v = 0;
  bool neg = !value.empty() && value[0] == '-';
  std::string_view digits = neg ? value.substr(1) : value;
  if (digits.empty() || digits.size() > 9) {
    return InvalidArgumentError("markup." + std::string(key) + ": want an integer, got " +
                                std::string(value));
  }
  for (char c : digits) {
    if (c < '0' || c > '9') {
      return InvalidArgumentError("markup." + std::string(key) + ": want an integer, got " +
                                  std::string(value));
    }
    v = v * 10 + (c - '0');
  }
  *out = neg ? -v : v;
  return Status();
}

}  // namespace

Status SetMarkdownOption(std::string_view key, std::string_view value, MarkdownOptions* o) {
  const std::string k = AsciiLower(key);
  struct BoolKey {
    const char* name;
    bool MarkdownOptions::*field;
  };
  static constexpr BoolKey kBools[] = {
      {"goldmark.extensions.definitionlist", &MarkdownOptions::definition_list},
      {"goldmark.extensions.footnote", &MarkdownOptions::footnote},
      {"goldmark.extensions.linkify", &MarkdownOptions::linkify},
      {"goldmark.extensions.strikethrough", &MarkdownOptions::strikethrough},
      {"goldmark.extensions.table", &MarkdownOptions::table},
      {"goldmark.extensions.tasklist", &MarkdownOptions::task_list},
      {"goldmark.extensions.typographer", &MarkdownOptions::typographer},
      {"goldmark.parser.autoheadingid", &MarkdownOptions::auto_heading_id},
      {"goldmark.parser.wrapstandaloneimagewithinparagraph",
       &MarkdownOptions::wrap_standalone_image_within_paragraph},
      {"goldmark.parser.attribute.title", &MarkdownOptions::attribute_title},
      {"goldmark.parser.attribute.block", &MarkdownOptions::attribute_block},
      {"goldmark.renderer.hardwraps", &MarkdownOptions::hard_wraps},
      {"goldmark.renderer.unsafe", &MarkdownOptions::unsafe},
      {"goldmark.renderer.xhtml", &MarkdownOptions::xhtml},
      {"tableofcontents.ordered", &MarkdownOptions::toc_ordered},
  };
  for (const BoolKey& b : kBools) {
    if (k == b.name) return ParseBool(key, value, &(o->*b.field));
  }
  if (k == "goldmark.extensions.linkifyprotocol") {
    o->linkify_protocol = std::string(value);
    return Status();
  }
  if (k == "goldmark.parser.autoheadingidtype") {
    if (!ParseHeadingIdType(value, &o->auto_heading_id_type)) {
      return InvalidArgumentError(
          "markup.goldmark.parser.autoHeadingIDType: want github, github-ascii or blackfriday, "
          "got " + std::string(value));
    }
    return Status();
  }
  if (k == "tableofcontents.startlevel") return ParseInt(key, value, &o->toc_start_level);
  if (k == "tableofcontents.endlevel") return ParseInt(key, value, &o->toc_end_level);
  if (k == "summarylength") return ParseInt(key, value, &o->summary_length);
  return NotFoundError("unknown markup key " + std::string(key));
}

}  // namespace kiln::markdown
