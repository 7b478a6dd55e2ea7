// PageObject: one page of the content tree as templates see it (`.Title`, `.Content`,
// `.Params`, `.Pages`, …). It refers to its frozen Page (no copy) and to the SiteObject
// that owns it.
//
// The rendered Markdown and the values derived from it (summary, plain text, word count,
// table of contents) are computed on first use, once, under std::call_once, so a page may
// be read from many threads at once.
#ifndef KILN_HUGO_PAGE_OBJECT_H_
#define KILN_HUGO_PAGE_OBJECT_H_

#include <mutex>
#include <string>
#include <vector>

#include "base/status.h"
#include "content/page.h"
#include "hugo/shortcode_parser.h"
#include "value/value.h"

namespace kiln::hugo {

class SiteObject;

// `.PublishDate`: what the front matter's publish-date keys give (by default they end with
// `date`). A list without a file has none: its date comes from its pages, not its front matter.
Time PublishDateOf(const Page& page);

class PageObject final : public Object {
 public:
  PageObject(const Page* page, const SiteObject* site);

  std::string_view TypeName() const override { return "*hugolib.pageState"; }
  StatusOr<Value> Member(std::string_view name, std::span<const Value> args) const override;

  const Page& page() const { return *page_; }
  // The site (language) the page belongs to.
  const SiteObject& site() const { return *site_; }
  // `.Title`: a home page without a title of its own is titled as the site.
  const std::string& Title() const;

  // Finds the shortcode calls in the page's content (during preparation, single-threaded).
  // Fails with the content file's position as Hugo words it.
  Status ParseShortcodes();

 private:
  // What the page's Markdown renders to, computed once.
  struct Rendered {
    Status status;
    std::string content;
    std::string summary;
    bool truncated = false;
    std::string plain;
    int word_count = 0;
    std::string toc;
  };
  const Rendered& Render() const;
  Status RenderContent() const;  // fills rendered_ but its status
  StatusOr<Value> ContentMember(std::string_view name) const;
  StatusOr<Value> Param(std::span<const Value> args) const;
  Value Terms(std::span<const Value> args) const;
  // The members defined in page_members.cc.
  StatusOr<Value> MoreMember(std::string_view name, std::span<const Value> args) const;
  Value FileValue() const;
  Value Translations(std::string_view name) const;

  const Page* page_;
  const SiteObject* site_;
  ShortcodeDocument shortcodes_;
  bool cjk_;       // counts words and summarises as a CJK language (cjk_language.h)
  Value params_;   // `.Params`: the front matter plus the dates and flags Hugo adds
  Value scratch_;  // `.Scratch`
  Value store_;    // `.Store`
  mutable std::once_flag once_;
  mutable Rendered rendered_;
};

}  // namespace kiln::hugo

#endif  // KILN_HUGO_PAGE_OBJECT_H_
