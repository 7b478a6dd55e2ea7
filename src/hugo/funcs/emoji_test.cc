// Emoji codes in page content (enableEmoji), against hugo 0.111's output for the same text.
#include "hugo/funcs/emoji.h"

#include <gtest/gtest.h>

namespace kiln::funcs {
namespace {

TEST(EmojifyContentTest, ReplacesCodesAsHugosPageLexer) {
  struct Case {
    std::string_view in, want;
  };
  const Case cases[] = {
      {"Hello :smile: world", "Hello 😄 world"},
      {":heart:x:+1:", "❤️x👍"},
      {":+1: :-1: :smile_cat:", "👍 👎 😸"},
      {":ok_hand::ok_hand:", "👌👌"},
      {"a:smile:b", "a😄b"},
      {"::smile::", ":😄:"},
      {":smile:smile:", "😄smile:"},
      // An unknown code keeps its closing colon to itself.
      {":foo:smile:", ":foo:smile:"},
      {":_:smile:", ":_:smile:"},
      {"10:30:45", "10:30:45"},
      // Anything else ends the run, and the colon after it may open a code.
      {":café:smile:", ":café😄"},
      {":a.b:smile:", ":a.b😄"},
      {":smi le: :smile:", ":smi le: 😄"},
      {":SMILE: :not_an_emoji:", ":SMILE: :not_an_emoji:"},
      {":smile", ":smile"},
      {"", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(EmojifyContent(c.in), c.want) << c.in;
}

}  // namespace
}  // namespace kiln::funcs
