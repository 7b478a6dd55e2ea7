#include "hugo/shortcode_refs.h"

#include "base/strings.h"
#include "hugo/page_lookup.h"

namespace kiln::hugo {

StatusOr<std::string> RefLink(const ContentTree& content, const Page* context, std::string_view ref,
                              std::string_view output_format, bool relative,
                              std::string_view url_origin, std::string_view position) {
  size_t hash = ref.find('#');
  std::string_view path = ref.substr(0, hash);
  std::string link;
  auto not_found = [&](std::string_view why) {
    return FailedPreconditionError("REF_NOT_FOUND: Ref \"" + std::string(ref) +
                                   "\": " + std::string(position) + ": " + std::string(why));
  };
  if (!path.empty()) {
    StatusOr<const Page*> target = LookupPageRef(content, context, path);
    if (!target.ok()) return not_found(target.status().message());
    if (*target == nullptr) return not_found("page not found");
    link = (*target)->rel_permalink;
    if (!output_format.empty() && !EqualsIgnoreAsciiCase(output_format, "html")) {
      if (!EqualsIgnoreAsciiCase(output_format, "rss") || !(*target)->IsList()) {
        return not_found("output format \"" + std::string(output_format) + "\"");
      }
      link += "index.xml";
    }
    if (!relative) link = std::string(url_origin) + link;
  }
  if (hash != std::string_view::npos && hash + 1 < ref.size()) {
    link += "#" + std::string(ref.substr(hash + 1));
  }
  return link;
}

}  // namespace kiln::hugo
