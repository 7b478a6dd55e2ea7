// goldmark's linkify extension: bare URLs (http, https, ftp), www. addresses and e-mail
// addresses in text, with goldmark's exact rules for where a link may start and end.
// Pure functions, thread-safe.
#ifndef KILN_MARKDOWN_LINKIFY_H_
#define KILN_MARKDOWN_LINKIFY_H_

#include <string_view>

namespace kiln::markdown {

enum class LinkifyKind { kUrl, kWww, kEmail };

struct LinkifyMatch {
  size_t length = 0;  // bytes of the link text
  LinkifyKind kind = LinkifyKind::kUrl;
};

// Whether goldmark tries to linkify at source[pos]: at the start of the source or a line, or
// after one of ' ', '*', '_', '~', '('.
bool IsLinkifyStart(std::string_view source, size_t pos);

// Matches a link at the start of `line` (the rest of the source line). False if there is none.
// With try_email false, only URLs are tried (the caller knows no address can start here).
bool MatchLinkify(std::string_view line, bool try_email, LinkifyMatch* match);

// The end of the run of e-mail local-part characters starting at line[0].
size_t EmailLocalPartEnd(std::string_view line);

}  // namespace kiln::markdown

#endif  // KILN_MARKDOWN_LINKIFY_H_
