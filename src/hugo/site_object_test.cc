#include "hugo/site_object.h"

#include <gtest/gtest.h>

namespace kiln::hugo {
namespace {

TEST(LookupParamTest, KeysMatchInAnyCaseAndDotsDescend) {
  Value params = Value::Map({{"author", Value::String("A")},
                             {"social", Value::Map({{"twitter", Value::String("@k")}})}});
  struct Case {
    std::string key;
    Value want;
  };
  const Case cases[] = {
      {"author", Value::String("A")},         {"Author", Value::String("A")},
      {"AUTHOR", Value::String("A")},         {"social.twitter", Value::String("@k")},
      {"Social.Twitter", Value::String("@k")}, {"missing", Value()},
      {"author.x", Value()},                  {"social.none", Value()},
  };
  for (const Case& c : cases) EXPECT_EQ(LookupParam(params, c.key), c.want) << c.key;
}

}  // namespace
}  // namespace kiln::hugo
