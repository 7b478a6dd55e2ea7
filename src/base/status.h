// Status and StatusOr<T>: errors as values.
//
// A Status is either OK or carries a code, a message, an optional source location
// (file:line:col plus the offending line, for the caret display) and a context chain
// ("rendering posts/x.md", "with layouts/_default/single.html"). Status is a value type,
// cheap to move; copies share nothing mutable, so it may be passed between threads.
#ifndef KILN_BASE_STATUS_H_
#define KILN_BASE_STATUS_H_

#include <cassert>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace kiln {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // bad user input: config, front matter, templates, flags
  kNotFound,
  kAlreadyExists,
  kFailedPrecondition,
  kPermissionDenied,
  kUnauthenticated,
  kUnavailable,  // network or service trouble; worth a retry
  kDeadlineExceeded,
  kIo,
  kInternal,
  kUnimplemented,
};

const char* StatusCodeName(StatusCode code);

// A point in a source file. Lines and columns count from 1; 0 means unknown.
struct SourceLocation {
  std::string file;
  int line = 0;
  int column = 0;
  std::string line_text;  // the whole source line, for the caret display; may be empty

  bool known() const { return !file.empty(); }
};

class [[nodiscard]] Status {
 public:
  Status() = default;  // OK
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  const std::optional<SourceLocation>& location() const { return location_; }
  const std::vector<std::string>& context() const { return context_; }

  // Attaches where the error is. Keeps an existing location: the innermost one wins.
  Status&& At(SourceLocation location) &&;
  Status& At(SourceLocation location) &;
  // Adds an outer context line such as "rendering posts/x.md".
  Status&& WithContext(std::string context) &&;
  Status& WithContext(std::string context) &;

  // The user-facing text:
  //   file:line:col: message
  //     the source line
  //          ^
  //   context lines, innermost first
  std::string ToString() const;

  void IgnoreError() const {}

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
  std::optional<SourceLocation> location_;
  std::vector<std::string> context_;
};

inline Status InvalidArgumentError(std::string m) {
  return Status(StatusCode::kInvalidArgument, std::move(m));
}
inline Status NotFoundError(std::string m) { return Status(StatusCode::kNotFound, std::move(m)); }
inline Status IoError(std::string m) { return Status(StatusCode::kIo, std::move(m)); }
inline Status InternalError(std::string m) { return Status(StatusCode::kInternal, std::move(m)); }
inline Status UnavailableError(std::string m) {
  return Status(StatusCode::kUnavailable, std::move(m));
}
inline Status UnimplementedError(std::string m) {
  return Status(StatusCode::kUnimplemented, std::move(m));
}
inline Status FailedPreconditionError(std::string m) {
  return Status(StatusCode::kFailedPrecondition, std::move(m));
}

// Either a T or a non-OK Status.
template <typename T>
class [[nodiscard]] StatusOr {
 public:
  StatusOr(Status status) : data_(std::move(status)) { assert(!std::get<0>(data_).ok()); }
  StatusOr(T value) : data_(std::move(value)) {}
  template <typename U>
    requires std::is_convertible_v<U&&, T> && (!std::is_same_v<std::decay_t<U>, Status>)
  StatusOr(U&& value) : data_(T(std::forward<U>(value))) {}

  bool ok() const { return data_.index() == 1; }
  Status status() const& { return ok() ? Status() : std::get<0>(data_); }
  Status status() && { return ok() ? Status() : std::move(std::get<0>(data_)); }

  T& value() & { return std::get<1>(data_); }
  const T& value() const& { return std::get<1>(data_); }
  T&& value() && { return std::move(std::get<1>(data_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T&& operator*() && { return std::move(*this).value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<Status, T> data_;
};

}  // namespace kiln

#define KILN_CONCAT_INNER_(a, b) a##b
#define KILN_CONCAT_(a, b) KILN_CONCAT_INNER_(a, b)

// Returns from the current function if `expr` (a Status) is not OK.
#define RETURN_IF_ERROR(expr)                 \
  do {                                        \
    ::kiln::Status kiln_status_ = (expr);     \
    if (!kiln_status_.ok()) return kiln_status_; \
  } while (0)

// `ASSIGN_OR_RETURN(auto x, Foo());` declares x from a StatusOr or returns its error.
#define ASSIGN_OR_RETURN(lhs, expr) \
  ASSIGN_OR_RETURN_IMPL_(KILN_CONCAT_(kiln_statusor_, __LINE__), lhs, expr)
#define ASSIGN_OR_RETURN_IMPL_(tmp, lhs, expr) \
  auto tmp = (expr);                           \
  if (!tmp.ok()) return std::move(tmp).status(); \
  lhs = std::move(tmp).value()

#endif  // KILN_BASE_STATUS_H_
