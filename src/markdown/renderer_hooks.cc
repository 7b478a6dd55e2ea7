// Md4cRenderer's link and image render hooks (md4c_renderer.h).
#include <string>

#include "markdown/hook_text.h"
#include "markdown/html_escape.h"
#include "markdown/link_source.h"
#include "markdown/md4c_renderer.h"

namespace kiln::markdown {

Md4cRenderer::HookedLink Md4cRenderer::MakeHookedLink(const MD_ATTRIBUTE& destination,
                                                      const MD_ATTRIBUTE& title) {
  const size_t start = out_->size();
  HookedLink link{start, start, AttributeText(destination), AttributeText(title), {}, {}};
  // md4c points into the source when there was nothing to resolve.
  LinkSource written;
  if (InSource(Original(destination.text)) &&
      (title.text == nullptr || InSource(Original(title.text)))) {
    written = LinkSource{link.destination, link.title};
  } else if (!FindLinkSource(source_, last_pos_, link.destination, link.title, &written)) {
    written = LinkSource{link.destination, link.title};
  }
  link.written_destination = written.destination;
  link.written_title = written.title;
  return link;
}

void Md4cRenderer::ApplyLinkHook() {
  HookedLink link = std::move(hooked_links_.back());
  hooked_links_.pop_back();
  const size_t text_end = out_->size() - 4;  // before "</a>"
  const std::string text = out_->substr(link.text_start, text_end - link.text_start);
  const std::string plain = PlainTextAt(link.text_start, text);
  std::string replacement;
  if (!hooks_->RenderLink(LinkContext{link.written_destination, link.written_title, text, plain},
                          &replacement)) {
    return;
  }
  ReplaceWithHookOutput(link.start, std::move(replacement));
}

void Md4cRenderer::FinishHookedImage() {
  PendingImage image{std::move(hooked_links_.back()), std::string(), state_->images++};
  hooked_links_.pop_back();
  image.text = out_->substr(image.link.text_start);
  out_->resize(image.link.start);
  if (!options_.wrap_standalone_image_within_paragraph && hooked_images_ == 0 &&
      paragraph_images_ == 1 && !paragraph_other_) {
    pending_image_ = std::move(image);
    return;
  }
  EmitImage(image, false);
}

void Md4cRenderer::FlushPendingImage(bool is_block) {
  PendingImage image = std::move(*pending_image_);
  pending_image_.reset();
  EmitImage(image, is_block);
}

void Md4cRenderer::EmitImage(const PendingImage& image, bool is_block) {
  const std::string plain = PlainTextAt(image.link.text_start, image.text);
  const HookedLink& link = image.link;
  LinkContext context{
      link.written_destination, link.written_title, image.text, plain, image.ordinal, is_block};
  // goldmark's <img>, with the plain text for alt: what a heading's table-of-contents
  // entry shows, and the output should the hook decline.
  const size_t start = out_->size();
  out_->append("<img src=\"");
  if (options_.unsafe || !IsDangerousUrl(link.destination)) AppendUrl(link.destination);
  out_->append("\" alt=\"");
  AppendEscapedHtml(plain, out_);
  out_->push_back('"');
  if (!link.title.empty()) {
    out_->append(" title=\"");
    AppendEscapedHtml(link.title, out_);
    out_->push_back('"');
  }
  out_->append(options_.xhtml ? " />" : ">");
  std::string replacement;
  if (hooks_->RenderImage(context, &replacement)) {
    ReplaceWithHookOutput(start, std::move(replacement), image.text);
  }
}

std::string Md4cRenderer::PlainTextAt(size_t offset, const std::string& html) const {
  if (hook_edits_.empty()) return HookPlainText(html);
  return HookPlainText(UndoHookEdits(html, offset, hook_edits_, true));
}

void Md4cRenderer::ReplaceWithHookOutput(size_t start, std::string replacement,
                                         std::string_view node_text) {
  if (heading_level_ > 0 || !hooked_links_.empty()) {
    std::string original = out_->substr(start);
    std::string text = node_text.data() != nullptr ? std::string(node_text) : original;
    hook_edits_.push_back(
        HookEdit{start, replacement.size(), std::move(original), std::move(text)});
  } else {
    hook_edits_.clear();
  }
  out_->resize(start);
  out_->append(replacement);
}

}  // namespace kiln::markdown
