#include "deploy/glob.h"

namespace kiln::deploy {

namespace {
bool IsRegexSpecial(char c) {
  return std::string_view("\\^$.|?*+()[]{}").find(c) != std::string_view::npos;
}
}  // namespace

StatusOr<std::regex> CompileRegex(std::string_view pattern, std::string_view what) {
  try {
    return std::regex(pattern.begin(), pattern.end(), std::regex::ECMAScript);
  } catch (const std::regex_error& e) {
    return InvalidArgumentError("invalid " + std::string(what) + " \"" + std::string(pattern) +
                                "\": " + e.what());
  }
}

StatusOr<Glob> Glob::Compile(std::string_view pattern) {
  std::string re;
  int braces = 0;
  for (size_t i = 0; i < pattern.size(); ++i) {
    char c = pattern[i];
    switch (c) {
      case '*':
        while (i + 1 < pattern.size() && pattern[i + 1] == '*') ++i;
        re += "[\\s\\S]*";
        break;
      case '?':
        re += "[\\s\\S]";
        break;
      case '[': {
        size_t end = pattern.find(']', i + 1);
        if (end == std::string_view::npos) {
          return InvalidArgumentError("invalid glob \"" + std::string(pattern) + "\": unclosed [");
        }
        std::string_view body = pattern.substr(i + 1, end - i - 1);
        re += "[";
        if (!body.empty() && body[0] == '!') {
          re += "^";
          body.remove_prefix(1);
        }
        for (char b : body) {
          if (b == '\\' || b == ']' || b == '[' || b == '^') re += "\\";
          re.push_back(b);
        }
        re += "]";
        i = end;
        break;
      }
      case '{':
        ++braces;
        re += "(?:";
        break;
      case '}':
        if (braces == 0) {
          re += "\\}";
        } else {
          --braces;
          re += ")";
        }
        break;
      case ',':
        re += braces > 0 ? "|" : ",";
        break;
      case '\\':
        if (i + 1 < pattern.size()) c = pattern[++i];
        [[fallthrough]];
      default:
        if (IsRegexSpecial(c)) re += "\\";
        re.push_back(c);
    }
  }
  if (braces != 0) {
    return InvalidArgumentError("invalid glob \"" + std::string(pattern) + "\": unclosed {");
  }
  ASSIGN_OR_RETURN(std::regex regex, CompileRegex(re, "glob"));
  Glob glob;
  glob.pattern_ = std::string(pattern);
  glob.regex_ = std::move(regex);
  return glob;
}

}  // namespace kiln::deploy
