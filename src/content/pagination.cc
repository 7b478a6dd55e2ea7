#include "content/pagination.h"

namespace kiln {

int PagerCount(size_t items, int page_size) {
  if (page_size <= 0) return 1;
  size_t n = (items + static_cast<size_t>(page_size) - 1) / static_cast<size_t>(page_size);
  return n == 0 ? 1 : static_cast<int>(n);
}

const std::vector<Page*>& PaginatedItems(const Page& list, const std::vector<Page*>& site_regular) {
  return list.kind == PageKind::kHome ? site_regular : list.pages;
}

std::string PagerFile(const Page& list, int n, const ContentOptions& options) {
  std::string base = list.target_dir + options.paginate_path + "/" + std::to_string(n);
  return options.ugly_urls ? base + ".html" : base + "/index.html";
}

}  // namespace kiln
