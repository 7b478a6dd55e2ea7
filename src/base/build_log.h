// BuildLog: the ERROR and WARN messages a build logs while it keeps going (template
// `errorf`, `warnf`, `erroridf`), as hugo's distinct logger keeps them: each distinct
// (level, message) pair is recorded once, in the order first logged. A build that logged
// an error fails at the end, after every output was rendered, without publishing.
//
// Owned by whoever runs the build (the CLI prints the entries); borrowed by the renderers.
// Thread-safe: pages render in parallel and log through one BuildLog.
#ifndef KILN_BASE_BUILD_LOG_H_
#define KILN_BASE_BUILD_LOG_H_

#include <mutex>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace kiln {

enum class LogLevel { kWarn, kError };

struct LogEntry {
  LogLevel level;
  std::string message;
};

class BuildLog {
 public:
  // Records `message` unless the same level already has it; returns whether it was new.
  bool Log(LogLevel level, std::string message);

  // The number of distinct errors logged.
  int errors() const;
  // Every distinct entry, in the order first logged.
  std::vector<LogEntry> entries() const;

 private:
  mutable std::mutex mu_;
  std::set<std::pair<LogLevel, std::string>> seen_;
  std::vector<LogEntry> entries_;
  int errors_ = 0;
};

// "ERROR" or "WARN", as hugo's log lines start.
const char* LogLevelName(LogLevel level);

}  // namespace kiln

#endif  // KILN_BASE_BUILD_LOG_H_
