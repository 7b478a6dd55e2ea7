// libFuzzer target: any byte sequence must render, with every option combination, without a
// crash, a sanitizer report or a non-OK status, and the helpers that read rendered HTML must
// cope with whatever the renderer produced. run.sh builds and runs it.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "markdown/content_helpers.h"
#include "markdown/markdown.h"
#include "markdown/toc.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 2) return 0;
  // The first two bytes choose the options; the rest is the document.
  const unsigned bits = data[0] | (data[1] << 8);
  std::string_view source(reinterpret_cast<const char*>(data) + 2, size - 2);
  kiln::markdown::MarkdownOptions o;
  o.definition_list = bits & 1;
  o.footnote = bits & 2;
  o.linkify = bits & 4;
  o.strikethrough = bits & 8;
  o.table = bits & 16;
  o.task_list = bits & 32;
  o.typographer = bits & 64;
  o.auto_heading_id = bits & 128;
  o.auto_heading_id_type = static_cast<kiln::markdown::HeadingIdType>((bits >> 8) % 3);
  o.wrap_standalone_image_within_paragraph = bits & 1024;
  o.attribute_title = bits & 2048;
  o.hard_wraps = bits & 4096;
  o.unsafe = bits & 8192;
  o.xhtml = bits & 16384;

  kiln::markdown::DividedSource divided = kiln::markdown::ReplaceSummaryDivider(source);
  auto doc = kiln::markdown::RenderMarkdown(divided.source, o);
  if (!doc.ok()) std::abort();
  kiln::markdown::TableOfContents(doc->headings, 1, -1, bits & 32768);
  kiln::markdown::SplitContent split = kiln::markdown::SplitSummary(doc->html);
  std::string plain = kiln::markdown::PlainText(split.content);
  kiln::markdown::AutoSummary(plain, 70, false);
  kiln::markdown::AutoSummary(plain, 70, true);
  kiln::markdown::WordCount(plain, true);
  kiln::markdown::TrimShortHtml(doc->html);
  // The tag stripping behind .Plain and plainify on any bytes, not only the renderer's HTML.
  kiln::markdown::PlainText(source);
  return 0;
}
