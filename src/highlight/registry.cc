#include "highlight/registry.h"

#include <algorithm>

#include "base/strings.h"

namespace kiln::highlight {
namespace {

// Backup and template suffixes Chroma ignores when matching file names.
constexpr std::string_view kIgnoredSuffixes[] = {
    "~",        ".bak",     ".old",    ".orig",    ".dpkg-dist", ".dpkg-old", ".ucf-dist",
    ".ucf-new", ".ucf-old", ".rpmnew", ".rpmorig", ".rpmsave",   ".in",
};

float EffectivePriority(const Lexer* l) {
  float p = l->config().priority;
  return p == 0 ? 1 : p;
}

const Lexer* Best(std::vector<const Lexer*>& matched) {
  if (matched.empty()) return nullptr;
  std::stable_sort(matched.begin(), matched.end(), [](const Lexer* a, const Lexer* b) {
    return EffectivePriority(a) > EffectivePriority(b);
  });
  return matched.front();
}

// Matches one character class at p[i] ('[' already consumed) against c.
// Returns false with `bad` set for a malformed class.
bool MatchClass(std::string_view p, size_t& i, char c, bool& bad) {
  bool negate = i < p.size() && p[i] == '^';
  if (negate) ++i;
  bool matched = false;
  bool first = true;
  while (true) {
    if (i >= p.size()) {
      bad = true;
      return false;
    }
    if (p[i] == ']' && !first) {
      ++i;
      break;
    }
    first = false;
    char lo = p[i++];
    if (lo == '\\') {
      if (i >= p.size()) {
        bad = true;
        return false;
      }
      lo = p[i++];
    }
    char hi = lo;
    if (i + 1 < p.size() && p[i] == '-' && p[i + 1] != ']') {
      ++i;
      hi = p[i++];
      if (hi == '\\' && i < p.size()) hi = p[i++];
    }
    if (lo <= c && c <= hi) matched = true;
  }
  return matched != negate;
}

bool GlobAt(std::string_view p, size_t pi, std::string_view s, size_t si) {
  while (pi < p.size()) {
    char c = p[pi];
    if (c == '*') {
      while (pi < p.size() && p[pi] == '*') ++pi;
      for (size_t k = si; k <= s.size(); ++k) {
        if (GlobAt(p, pi, s, k)) return true;
      }
      return false;
    }
    if (si >= s.size()) return false;
    if (c == '?') {
      si += Utf8Length(s, si);
      ++pi;
    } else if (c == '[') {
      ++pi;
      bool bad = false;
      if (!MatchClass(p, pi, s[si], bad) || bad) return false;
      ++si;
    } else {
      if (c == '\\' && pi + 1 < p.size()) c = p[++pi];
      if (s[si] != c) return false;
      ++pi;
      ++si;
    }
  }
  return si == s.size();
}

}  // namespace

bool GlobMatch(std::string_view pattern, std::string_view name) {
  return GlobAt(pattern, 0, name, 0);
}

Registry::Registry() = default;
Registry::~Registry() = default;

const Registry& Registry::Default() {
  static const Registry* registry = [] {
    auto* r = new Registry();
    RegisterChromaLexers(*r);
    return r;
  }();
  return *registry;
}

const Lexer* Registry::Register(std::unique_ptr<Lexer> lexer) {
  const Lexer* l = lexer.get();
  const LexerConfig& config = l->config();
  by_name_[config.name] = l;
  by_name_[AsciiLower(config.name)] = l;
  for (const std::string& alias : config.aliases) {
    by_alias_[alias] = l;
    by_alias_[AsciiLower(alias)] = l;
  }
  lexers_.push_back(std::move(lexer));
  return l;
}

const Lexer* Registry::Own(std::unique_ptr<Lexer> lexer) {
  owned_.push_back(std::move(lexer));
  return owned_.back().get();
}

const Lexer* Registry::Get(std::string_view name) const {
  for (const auto* map : {&by_name_, &by_alias_}) {
    auto it = map->find(name);
    if (it != map->end()) return it->second;
  }
  std::string lower = AsciiLower(name);
  for (const auto* map : {&by_name_, &by_alias_}) {
    auto it = map->find(lower);
    if (it != map->end()) return it->second;
  }
  std::vector<const Lexer*> candidates;
  if (const Lexer* l = Match("filename." + std::string(name))) candidates.push_back(l);
  if (const Lexer* l = Match(name)) candidates.push_back(l);
  return Best(candidates);
}

const Lexer* Registry::MatchPatterns(std::string_view base, bool aliases) const {
  std::vector<const Lexer*> matched;
  for (const auto& lexer : lexers_) {
    const LexerConfig& config = lexer->config();
    for (const std::string& glob : aliases ? config.alias_filenames : config.filenames) {
      bool ok = GlobMatch(glob, base);
      for (size_t i = 0; !ok && i < std::size(kIgnoredSuffixes); ++i) {
        ok = GlobMatch(glob + std::string(kIgnoredSuffixes[i]), base);
      }
      if (ok) matched.push_back(lexer.get());
    }
  }
  return Best(matched);
}

const Lexer* Registry::Match(std::string_view filename) const {
  // filepath.Base: the last element, ignoring trailing slashes.
  while (filename.size() > 1 && filename.back() == '/') filename.remove_suffix(1);
  size_t slash = filename.rfind('/');
  std::string_view base = slash == std::string_view::npos ? filename : filename.substr(slash + 1);
  if (base.empty()) base = ".";
  if (const Lexer* l = MatchPatterns(base, false)) return l;
  return MatchPatterns(base, true);
}

const Lexer* Registry::Analyse(std::string_view text) const {
  const Lexer* picked = nullptr;
  float highest = 0;
  for (const auto& lexer : lexers_) {
    float weight = lexer->AnalyseText(text);
    if (weight > highest) {
      picked = lexer.get();
      highest = weight;
    }
  }
  return picked;
}

}  // namespace kiln::highlight
