// Helpers shared by the hugo module's tests.
#ifndef KILN_HUGO_TEST_HELPERS_H_
#define KILN_HUGO_TEST_HELPERS_H_

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "hugo/layout_lookup.h"
#include "hugo/template_store.h"
#include "template/template_set.h"
#include "testing/status_matchers.h"

namespace kiln::hugo {

// A descriptor from its commonly set fields.
inline LayoutDescriptor Desc(std::string kind, std::string type, std::string section = "",
                             std::string lang = "", std::string layout = "") {
  LayoutDescriptor d;
  d.kind = std::move(kind);
  d.type = std::move(type);
  d.section = std::move(section);
  d.lang = std::move(lang);
  d.layout = std::move(layout);
  return d;
}

// Executes what a store lookup resolved, with `data`; "<none>" when nothing was found.
// Failures are reported to the running test.
inline std::string RunResolved(const StatusOr<std::optional<ResolvedTemplate>>& resolved,
                               const Value& data) {
  EXPECT_OK(resolved.status());
  if (!resolved.ok() || !resolved->has_value()) return "<none>";
  std::string out;
  EXPECT_OK((*resolved)->set->Execute((*resolved)->name, data, &out));
  return out;
}

// Parses and executes `text` with `funcs` on null data: the output, or on failure the
// error from its "error calling" on (what a function returned).
inline std::string OutputOrCallError(const tmpl::FuncMap* funcs, const std::string& text) {
  tmpl::TemplateSet set(funcs);
  EXPECT_OK(set.Parse("t", text));
  std::string out;
  Status s = set.Execute("t", Value(), &out);
  if (s.ok()) return out;
  size_t at = s.message().find("error calling");
  return std::string(at == std::string_view::npos ? s.message() : s.message().substr(at));
}

}  // namespace kiln::hugo

#endif  // KILN_HUGO_TEST_HELPERS_H_
