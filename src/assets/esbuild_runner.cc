#include "assets/esbuild_runner.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "base/strings.h"

extern char** environ;

namespace kiln::assets {
namespace {

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

std::vector<std::string> Arguments(const EsbuildOptions& o) {
  std::vector<std::string> args = {o.program,
                                   "--bundle",
                                   "--format=" + o.format,
                                   "--target=" + o.target,
                                   "--loader=" + o.loader,
                                   "--log-level=error",
                                   "--color=false"};
  if (o.minify) args.push_back("--minify");
  if (!o.source_map.empty()) args.push_back("--sourcemap=" + o.source_map);
  for (const std::string& e : o.externals) args.push_back("--external:" + e);
  for (const auto& [k, v] : o.defines) args.push_back("--define:" + k + "=" + v);
  return args;
}

}  // namespace

StatusOr<std::string> RunEsbuild(std::string_view source, const EsbuildOptions& options,
                                 const std::string& scratch_dir) {
  const std::string in = scratch_dir + "/stdin", out = scratch_dir + "/stdout",
                    err = scratch_dir + "/stderr";
  {
    std::ofstream f(in, std::ios::binary);
    f.write(source.data(), static_cast<std::streamsize>(source.size()));
    if (!f) return IoError("cannot write " + in);
  }
  std::vector<std::string> args = Arguments(options);
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  std::string node_path = "NODE_PATH=" + Join(options.node_paths, ":");
  std::vector<char*> env;
  for (char** e = environ; *e != nullptr; ++e) {
    if (std::strncmp(*e, "NODE_PATH=", 10) != 0) env.push_back(*e);
  }
  env.push_back(node_path.data());
  env.push_back(nullptr);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, in.c_str(), O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addchdir_np(&actions, options.working_dir.c_str());
  pid_t pid = 0;
  int rc = posix_spawnp(&pid, options.program.c_str(), &actions, nullptr, argv.data(), env.data());
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) {
    return UnavailableError("cannot run " + options.program + " (" + std::strerror(rc) +
                            "): js.Build needs esbuild 0.17 on PATH (Debian package esbuild)");
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) return IoError("waiting for esbuild: " + std::string(std::strerror(errno)));
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::string message(TrimSpace(ReadAll(err)));
    return InvalidArgumentError(message.empty() ? "esbuild failed" : message);
  }
  return ReadAll(out);
}

}  // namespace kiln::assets
