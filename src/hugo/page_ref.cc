#include "hugo/page_ref.h"

#include "hugo/shortcode_refs.h"
#include "hugo/site_object.h"

namespace kiln::hugo {

StatusOr<Value> PageRefLink(const SiteObject* site, const Page* from, const Value& ref,
                            bool relative) {
  std::string path, format;
  if (ref.is_string()) {
    path = ref.AsString();
  } else if (const Value* p = ref.Find("path"); p != nullptr && p->is_string()) {
    path = p->AsString();
    if (const Value* f = ref.Find("outputFormat"); f != nullptr && f->is_string()) {
      format = f->AsString();
    }
  } else {
    return InvalidArgumentError("invalid Param supplied to Ref");
  }
  std::string where =
      from != nullptr && from->has_file ? "from page \"" + from->file.path + "\"" : "";
  ASSIGN_OR_RETURN(std::string link,
                   RefLink(site->content(), from, path, format, relative, site->AbsUrl(""), where));
  return Value::String(std::move(link));
}

}  // namespace kiln::hugo
