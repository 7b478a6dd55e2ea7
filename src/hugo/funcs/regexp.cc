#include "hugo/funcs/regexp.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

namespace kiln::funcs {
namespace {

pcre2_code* Code(const std::shared_ptr<void>& p) { return static_cast<pcre2_code*>(p.get()); }

std::string GoMessage(const std::string& pcre_message, const std::string& pattern) {
  std::string what = pcre_message;
  if (what.find("missing closing parenthesis") != std::string::npos) {
    what = "missing closing )";
  }
  return "error parsing regexp: " + what + ": `" + pattern + "`";
}

}  // namespace

StatusOr<Regexp> Regexp::Compile(const std::string& pattern) {
  int err = 0;
  PCRE2_SIZE offset = 0;
  pcre2_code* code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.data()), pattern.size(),
                                   PCRE2_UTF | PCRE2_UCP, &err, &offset, nullptr);
  if (!code) {
    PCRE2_UCHAR buf[256];
    pcre2_get_error_message(err, buf, sizeof buf);
    return InvalidArgumentError(GoMessage(reinterpret_cast<char*>(buf), pattern));
  }
  Regexp re;
  re.code_ =
      std::shared_ptr<void>(code, [](void* c) { pcre2_code_free(static_cast<pcre2_code*>(c)); });
  return re;
}

std::vector<Regexp::Match> Regexp::Matches(const std::string& s, int limit) const {
  std::vector<Match> out;
  pcre2_match_data* md = pcre2_match_data_create_from_pattern(Code(code_), nullptr);
  size_t pos = 0;
  while (pos <= s.size() && (limit < 0 || static_cast<int>(out.size()) < limit)) {
    int rc = pcre2_match(Code(code_), reinterpret_cast<PCRE2_SPTR>(s.data()), s.size(), pos, 0, md,
                         nullptr);
    if (rc < 0) break;
    PCRE2_SIZE* ov = pcre2_get_ovector_pointer(md);
    uint32_t n = pcre2_get_ovector_count(md);
    Match m;
    for (uint32_t i = 0; i < n; ++i) m.groups.emplace_back(ov[2 * i], ov[2 * i + 1]);
    size_t end = ov[1];
    if (end == ov[0]) {
      // An empty match: step over one UTF-8 character.
      ++end;
      while (end < s.size() && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) ++end;
    }
    out.push_back(std::move(m));
    pos = end;
  }
  pcre2_match_data_free(md);
  return out;
}

std::vector<std::vector<std::string>> Regexp::FindAll(const std::string& s, int limit) const {
  std::vector<std::vector<std::string>> out;
  for (const Match& m : Matches(s, limit)) {
    std::vector<std::string> groups;
    for (auto [b, e] : m.groups) {
      groups.push_back(b == PCRE2_UNSET ? "" : s.substr(b, e - b));
    }
    out.push_back(std::move(groups));
  }
  return out;
}

std::string Regexp::Expand(const std::string& s, const std::string& repl, const Match& m) const {
  std::string out;
  for (size_t i = 0; i < repl.size(); ++i) {
    if (repl[i] != '$' || i + 1 == repl.size()) {
      out += repl[i];
      continue;
    }
    if (repl[i + 1] == '$') {
      out += '$';
      ++i;
      continue;
    }
    size_t j = i + 1;
    bool braced = repl[j] == '{';
    if (braced) ++j;
    size_t start = j;
    while (j < repl.size() && (isalnum(static_cast<unsigned char>(repl[j])) || repl[j] == '_')) ++j;
    if (j == start || (braced && (j == repl.size() || repl[j] != '}'))) {
      out += repl[i];
      continue;
    }
    std::string name = repl.substr(start, j - start);
    i = braced ? j : j - 1;
    int group = -1;
    if (name.find_first_not_of("0123456789") == std::string::npos) {
      group = std::stoi(name);
    } else {
      group =
          pcre2_substring_number_from_name(Code(code_), reinterpret_cast<PCRE2_SPTR>(name.c_str()));
    }
    if (group >= 0 && static_cast<size_t>(group) < m.groups.size() &&
        m.groups[group].first != PCRE2_UNSET) {
      out += s.substr(m.groups[group].first, m.groups[group].second - m.groups[group].first);
    }
  }
  return out;
}

std::string Regexp::ReplaceAll(const std::string& s, const std::string& repl, int limit) const {
  std::string out;
  size_t last = 0;
  for (const Match& m : Matches(s, limit)) {
    out += s.substr(last, m.groups[0].first - last);
    out += Expand(s, repl, m);
    last = m.groups[0].second;
  }
  return out + s.substr(last);
}

}  // namespace kiln::funcs
