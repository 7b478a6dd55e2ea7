// Emoji replacement in page content, for the site setting enableEmoji. Pure functions over
// hugo 0.111's emoji table; safe from any thread.
#ifndef KILN_HUGO_FUNCS_EMOJI_H_
#define KILN_HUGO_FUNCS_EMOJI_H_

#include <string>
#include <string_view>

namespace kiln::funcs {

// Replaces the `:code:` runs of a page's content text the way hugo's page lexer does with
// enableEmoji: from a colon it reads ASCII letters, digits, `_`, `-` and `+` up to the
// next colon; a run the table knows becomes its emoji, an unknown one stays as written and
// its closing colon opens nothing (`:foo:smile:` keeps `smile:`). Unlike the emojify
// function, which retries from the closing colon.
std::string EmojifyContent(std::string_view s);

}  // namespace kiln::funcs

#endif  // KILN_HUGO_FUNCS_EMOJI_H_
