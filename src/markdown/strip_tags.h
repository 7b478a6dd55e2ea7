// The tag stripping Hugo's .Plain applies to rendered HTML: Go html/template's stripTags, which
// walks the HTML with the contextual escaper's states rather than dropping "<…>" spans. So a
// '<' that starts no tag stays text, a '>' inside a quoted attribute value does not end its
// tag, <script> and <style> content goes with its tags, and <textarea> and <title> content is
// text up to the element's end tag (all the rest of the input, tags included, when there is
// none). Pure function; thread-safe.
#ifndef KILN_MARKDOWN_STRIP_TAGS_H_
#define KILN_MARKDOWN_STRIP_TAGS_H_

#include <string>
#include <string_view>

namespace kiln::markdown {

std::string StripTags(std::string_view html);

}  // namespace kiln::markdown

#endif  // KILN_MARKDOWN_STRIP_TAGS_H_
