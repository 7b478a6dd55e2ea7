#include "site/translations.h"

#include <map>
#include <string>

namespace kiln {

void LinkTranslations(const std::vector<std::unique_ptr<Site>>& sites) {
  std::map<std::string, std::vector<const Page*>> by_key;
  for (const std::unique_ptr<Site>& site : sites) {
    for (const Page* p : site->content().pages()) by_key[p->translation_key].push_back(p);
  }
  for (const std::unique_ptr<Site>& site : sites) {
    for (Page* p : site->content().pages()) p->translations = by_key[p->translation_key];
  }
}

}  // namespace kiln
