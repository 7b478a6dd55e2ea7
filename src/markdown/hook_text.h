// Helpers the renderer uses around render hooks: the plain text a hook sees and the undoing of
// hook output inside a heading, whose table-of-contents entry keeps goldmark's own markup.
// Pure functions; thread-safe.
#ifndef KILN_MARKDOWN_HOOK_TEXT_H_
#define KILN_MARKDOWN_HOOK_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

namespace kiln::markdown {

// The text of rendered inline HTML as goldmark's node text gives it to a hook: tags dropped
// (an image's alt text kept), the escapes of & < > " turned back into characters.
std::string HookPlainText(std::string_view html);

// A hook's output that replaced goldmark's markup at `offset` in the output.
struct HookEdit {
  size_t offset;
  size_t size;           // of the hook's output
  std::string original;  // goldmark's markup
  std::string text;      // what goldmark's node text sees there (an image: its inner HTML)
};

// Puts goldmark's markup (or, with `text`, its node text) back into `html`, which starts at
// output offset `base`, for the edits at or after base. Last edit first: an edit inside
// another's output was made before it, as nested spans close inside out.
std::string UndoHookEdits(std::string html, size_t base, const std::vector<HookEdit>& edits,
                          bool text);

}  // namespace kiln::markdown

#endif  // KILN_MARKDOWN_HOOK_TEXT_H_
