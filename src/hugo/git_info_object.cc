#include "hugo/git_info_object.h"

#include <memory>

namespace kiln::hugo {
namespace {

// hugo's templates take a GitInfo as false when IsZero, so `with .GitInfo` skips its body
// for a file git does not know.
class GitInfoObject : public Object {
 public:
  explicit GitInfoObject(GitInfo info) : info_(std::move(info)) {}
  std::string_view TypeName() const override { return "source.GitInfo"; }
  bool IsTruthy() const override { return !IsZero(); }
  StatusOr<Value> Member(std::string_view name, std::span<const Value>) const override {
    if (name == "Hash") return Value::String(info_.hash);
    if (name == "AbbreviatedHash") return Value::String(info_.abbreviated_hash);
    if (name == "Subject") return Value::String(info_.subject);
    if (name == "AuthorName") return Value::String(info_.author_name);
    if (name == "AuthorEmail") return Value::String(info_.author_email);
    if (name == "AuthorDate") return Value::FromTime(info_.author_date);
    if (name == "CommitDate") return Value::FromTime(info_.commit_date);
    if (name == "IsZero") return Value::Bool(IsZero());
    return NotFoundError(std::string(name));
  }

 private:
  bool IsZero() const { return info_.hash.empty(); }
  GitInfo info_;
};

}  // namespace

Value GitInfoValue(const std::optional<GitInfo>& info) {
  GitInfo zero;
  return Value::FromObject(std::make_shared<GitInfoObject>(info ? *info : zero));
}

}  // namespace kiln::hugo
