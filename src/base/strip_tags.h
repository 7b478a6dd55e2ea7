// The text content of an HTML fragment as Go's html/template computes it (its stripTags, which
// Hugo's .Plain and plainify and html/template's attribute escapers use): it reads the HTML with
// html::Transition rather than dropping "<…>" spans. So a '<' that starts no tag stays text, a
// '>' inside a quoted attribute value does not end its tag, <script> and <style> content goes
// with its tags, <textarea> and <title> content is text up to the element's end tag (all the
// rest of the input, tags included, when there is none), and a malformed tag drops the rest.
// Pure function; thread-safe.
#ifndef KILN_BASE_STRIP_TAGS_H_
#define KILN_BASE_STRIP_TAGS_H_

#include <string>
#include <string_view>

namespace kiln {

std::string StripTags(std::string_view html);

}  // namespace kiln

#endif  // KILN_BASE_STRIP_TAGS_H_
