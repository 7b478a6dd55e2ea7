#include "base/status.h"

namespace kiln {

const char* StatusCodeName(StatusCode code) {
  switch (code) {
    case StatusCode::kOk: return "ok";
    case StatusCode::kInvalidArgument: return "invalid argument";
    case StatusCode::kNotFound: return "not found";
    case StatusCode::kAlreadyExists: return "already exists";
    case StatusCode::kFailedPrecondition: return "failed precondition";
    case StatusCode::kPermissionDenied: return "permission denied";
    case StatusCode::kUnauthenticated: return "unauthenticated";
    case StatusCode::kUnavailable: return "unavailable";
    case StatusCode::kDeadlineExceeded: return "deadline exceeded";
    case StatusCode::kIo: return "i/o error";
    case StatusCode::kInternal: return "internal error";
    case StatusCode::kUnimplemented: return "unimplemented";
  }
  return "unknown";
}

Status& Status::At(SourceLocation location) & {
  if (!ok() && !location_) location_ = std::move(location);
  return *this;
}
Status&& Status::At(SourceLocation location) && { return std::move(At(std::move(location))); }

Status& Status::WithContext(std::string context) & {
  if (!ok()) context_.push_back(std::move(context));
  return *this;
}
Status&& Status::WithContext(std::string context) && {
  return std::move(WithContext(std::move(context)));
}

std::string Status::ToString() const {
  if (ok()) return "OK";
  std::string out;
  if (location_ && location_->known()) {
    out += location_->file;
    if (location_->line > 0) {
      out += ':' + std::to_string(location_->line);
      if (location_->column > 0) out += ':' + std::to_string(location_->column);
    }
    out += ": ";
  }
  out += message_;
  if (location_ && !location_->line_text.empty()) {
    out += "\n  ";
    out += location_->line_text;
    out += "\n  ";
    // Keep tabs so the caret lines up under the same column in a terminal.
    int col = location_->column > 0 ? location_->column - 1 : 0;
    for (int i = 0; i < col && i < static_cast<int>(location_->line_text.size()); ++i) {
      out += location_->line_text[i] == '\t' ? '\t' : ' ';
    }
    out += '^';
  }
  for (const std::string& c : context_) {
    out += "\n  ";
    out += c;
  }
  return out;
}

}  // namespace kiln
