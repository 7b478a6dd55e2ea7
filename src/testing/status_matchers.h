// GoogleTest helpers for Status and StatusOr.
#ifndef KILN_TESTING_STATUS_MATCHERS_H_
#define KILN_TESTING_STATUS_MATCHERS_H_

#include <gtest/gtest.h>

#include "base/status.h"

#define ASSERT_OK(expr)                                  \
  do {                                                   \
    const auto& kiln_s_ = (expr);                        \
    ASSERT_TRUE(kiln_s_.ok()) << ::kiln::testing::StatusText(kiln_s_); \
  } while (0)

#define EXPECT_OK(expr)                                  \
  do {                                                   \
    const auto& kiln_s_ = (expr);                        \
    EXPECT_TRUE(kiln_s_.ok()) << ::kiln::testing::StatusText(kiln_s_); \
  } while (0)

// `ASSERT_OK_AND_ASSIGN(auto x, Foo());`
#define ASSERT_OK_AND_ASSIGN(lhs, expr) \
  ASSERT_OK_AND_ASSIGN_IMPL_(KILN_CONCAT_(kiln_or_, __LINE__), lhs, expr)
#define ASSERT_OK_AND_ASSIGN_IMPL_(tmp, lhs, expr)                       \
  auto tmp = (expr);                                                     \
  ASSERT_TRUE(tmp.ok()) << ::kiln::testing::StatusText(tmp.status());    \
  lhs = std::move(tmp).value()

namespace kiln::testing {

inline std::string StatusText(const Status& s) { return s.ToString(); }
template <typename T>
std::string StatusText(const StatusOr<T>& s) {
  return s.status().ToString();
}

}  // namespace kiln::testing

#endif  // KILN_TESTING_STATUS_MATCHERS_H_
