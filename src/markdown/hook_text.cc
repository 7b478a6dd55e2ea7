#include "markdown/hook_text.h"

#include <utility>

namespace kiln::markdown {

namespace {

// Undoes AppendEscapedHtml: the entities goldmark's node text never holds. Others (the
// typographer's &ldquo;, entities written in the source) stay as written, as in goldmark.
void AppendUnescaped(std::string_view text, std::string* out) {
  static constexpr std::pair<std::string_view, char> kEscapes[] = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}};
  for (size_t i = 0; i < text.size(); ++i) {
    bool done = false;
    if (text[i] == '&') {
      for (const auto& [entity, c] : kEscapes) {
        if (text.compare(i, entity.size(), entity) == 0) {
          out->push_back(c);
          i += entity.size() - 1;
          done = true;
          break;
        }
      }
    }
    if (!done) out->push_back(text[i]);
  }
}

}  // namespace

std::string HookPlainText(std::string_view html) {
  std::string out;
  out.reserve(html.size());
  size_t from = 0;
  for (size_t lt = html.find('<'); lt != std::string_view::npos; lt = html.find('<', from)) {
    AppendUnescaped(html.substr(from, lt - from), &out);
    size_t gt = html.find('>', lt);
    if (gt == std::string_view::npos) return out;
    std::string_view tag = html.substr(lt, gt - lt);
    // An image's node text is its alt text.
    if (tag.starts_with("<img ")) {
      size_t alt = tag.find(" alt=\"");
      if (alt != std::string_view::npos) {
        size_t end = tag.find('"', alt + 6);
        AppendUnescaped(tag.substr(alt + 6, end - alt - 6), &out);
      }
    }
    from = gt + 1;
  }
  AppendUnescaped(html.substr(from), &out);
  return out;
}

std::string UndoHookEdits(std::string html, size_t base, const std::vector<HookEdit>& edits,
                          bool text) {
  for (auto it = edits.rbegin(); it != edits.rend(); ++it) {
    if (it->offset < base || it->offset - base + it->size > html.size()) continue;
    html.replace(it->offset - base, it->size, text ? it->text : it->original);
  }
  return html;
}

}  // namespace kiln::markdown
