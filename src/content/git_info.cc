#include "content/git_info.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <vector>

#include "base/strings.h"
#include "value/time_parse.h"

extern char** environ;

namespace kiln {
namespace {

// Each commit starts with a record separator and lists its fields split by unit
// separators; the changed files follow its group separator, one a line.
constexpr char kCommitStart = '\x1e';
constexpr char kFieldSep = '\x1f';
constexpr char kFilesStart = '\x1d';
constexpr std::string_view kLogFormat =
    "--format=format:%x1e%H%x1f%h%x1f%s%x1f%aN%x1f%aE%x1f%ai%x1f%ci%x1d";

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Drains `fd` into `out` and closes it.
void ReadAll(int fd, std::string& out) {
  char buf[65536];
  for (;;) {
    ssize_t n = read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    out.append(buf, static_cast<size_t>(n));
  }
  close(fd);
}

// Runs git with `args` in `dir`. Stderr goes to a temporary pipe read after stdout, which
// holds git's short error messages without filling up.
StatusOr<CommandResult> RunGit(const std::string& dir, const std::vector<std::string>& args) {
  std::vector<std::string> argv = {"git", "-C", dir};
  argv.insert(argv.end(), args.begin(), args.end());
  std::vector<char*> cargv;
  for (std::string& a : argv) cargv.push_back(a.data());
  cargv.push_back(nullptr);

  int out_pipe[2], err_pipe[2];
  if (pipe2(out_pipe, O_CLOEXEC) != 0) return InternalError("cannot create a pipe for git");
  if (pipe2(err_pipe, O_CLOEXEC) != 0) {
    close(out_pipe[0]);
    close(out_pipe[1]);
    return InternalError("cannot create a pipe for git");
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out_pipe[1], 1);
  posix_spawn_file_actions_adddup2(&actions, err_pipe[1], 2);
  pid_t pid = 0;
  int rc = posix_spawnp(&pid, "git", &actions, nullptr, cargv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(out_pipe[1]);
  close(err_pipe[1]);
  CommandResult result;
  if (rc != 0) {
    close(out_pipe[0]);
    close(err_pipe[0]);
    return NotFoundError("cannot run git: " + std::string(strerror(rc)));
  }
  ReadAll(out_pipe[0], result.out);
  ReadAll(err_pipe[0], result.err);
  int wstatus = 0;
  while (waitpid(pid, &wstatus, 0) < 0 && errno == EINTR) {
  }
  result.exit_code = WIFEXITED(wstatus) ? WEXITSTATUS(wstatus) : -1;
  return result;
}

StatusOr<CommandResult> RunGitOk(const std::string& dir, const std::vector<std::string>& args) {
  ASSIGN_OR_RETURN(CommandResult r, RunGit(dir, args));
  if (r.exit_code != 0) {
    std::string_view msg = TrimSpace(r.err);
    return FailedPreconditionError(std::string(msg.empty() ? "git failed" : msg));
  }
  return r;
}

}  // namespace

StatusOr<GitHistory> GitHistory::Load(const std::string& dir) {
  ASSIGN_OR_RETURN(CommandResult top, RunGitOk(dir, {"rev-parse", "--show-toplevel"}));
  ASSIGN_OR_RETURN(CommandResult log,
                   RunGitOk(dir, {"-c", "diff.renames=0", "-c", "log.showsignature=0", "--no-pager",
                                  "log", "--name-only", "--no-merges", std::string(kLogFormat)}));
  return Parse(std::string(TrimSpace(top.out)), log.out);
}

StatusOr<GitHistory> GitHistory::Parse(std::string top_level, std::string_view log) {
  GitHistory history;
  history.top_level_ = std::move(top_level);
  for (std::string_view entry : Split(log, kCommitStart)) {
    if (TrimSpace(entry).empty()) continue;
    size_t files_at = entry.find(kFilesStart);
    if (files_at == std::string_view::npos) return InvalidArgumentError("malformed git log entry");
    std::vector<std::string_view> fields = Split(entry.substr(0, files_at), kFieldSep);
    if (fields.size() != 7) return InvalidArgumentError("malformed git log entry");
    std::optional<Time> author = ParseHugoTime(fields[5]);
    std::optional<Time> committer = ParseHugoTime(fields[6]);
    if (!author || !committer) return InvalidArgumentError("malformed date in git log");
    GitInfo info{std::string(fields[0]),
                 std::string(fields[1]),
                 std::string(fields[2]),
                 std::string(fields[3]),
                 std::string(fields[4]),
                 *author,
                 *committer};
    for (std::string_view file : Split(entry.substr(files_at + 1), '\n')) {
      file = TrimSpace(file);
      // The log runs newest first, so a file's first commit is its latest.
      if (!file.empty() && !history.files_.contains(file)) history.files_.emplace(file, info);
    }
  }
  return history;
}

std::optional<GitInfo> GitHistory::Find(std::string_view filename) const {
  std::string absolute = std::filesystem::absolute(filename).lexically_normal().string();
  std::string_view rel = absolute;
  if (!rel.starts_with(top_level_)) return std::nullopt;
  rel.remove_prefix(top_level_.size());
  if (!rel.starts_with('/')) return std::nullopt;
  rel.remove_prefix(1);
  auto it = files_.find(rel);
  if (it == files_.end()) return std::nullopt;
  return it->second;
}

}  // namespace kiln
