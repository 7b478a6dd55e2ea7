// Heading IDs and the `anchorize` template function, as Hugo 0.111.3 computes them.
//
// Anchorize is a pure function. HeadingIdFactory hands out unique IDs within one document; it is
// not thread-safe and lives as long as one render.
#ifndef KILN_MARKDOWN_ANCHORIZE_H_
#define KILN_MARKDOWN_ANCHORIZE_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace kiln::markdown {

// [markup.goldmark.parser] autoHeadingIDType.
enum class HeadingIdType {
  kGithub,       // letters, digits and '_' lower-cased; space and '-' become '-'; rest dropped
  kGithubAscii,  // as kGithub after removing accents, non-ASCII dropped
  kBlackfriday,  // letters and digits lower-cased, every other run becomes one '-' between them
};

// Parses "github", "github-ascii" or "blackfriday"; false for anything else.
bool ParseHeadingIdType(std::string_view name, HeadingIdType* type);

std::string Anchorize(std::string_view text, HeadingIdType type);

class HeadingIdFactory {
 public:
  explicit HeadingIdFactory(HeadingIdType type) : type_(type) {}

  // Anchorize(text), "heading" if that is empty, then "-1", "-2"… until unused.
  std::string Generate(std::string_view text);
  // Reserves an explicit ID ({#id}) so later generated ones avoid it.
  void Reserve(std::string_view id) { used_.emplace(id); }

 private:
  HeadingIdType type_;
  std::unordered_set<std::string> used_;
  // Per base ID, the suffix to try first: IDs are never released, so the first free suffix
  // only grows, and remembering it keeps many equal headings linear.
  std::unordered_map<std::string, int> next_suffix_;
};

}  // namespace kiln::markdown

#endif  // KILN_MARKDOWN_ANCHORIZE_H_
