// Small namespaces: fmt (fmt.Print/Printf/Println; the top-level print, printf and println
// stay the engine's built-ins, which print the same), errorf/warnf/erroridf, reflect (IsMap,
// IsSlice) and urls.Anchorize (the heading IDs the markdown renderer gives, GitHub style),
// urls.URLize and urls.Parse.
#include "hugo/funcs/convert.h"
#include "hugo/funcs/funcs.h"
#include "hugo/funcs/ignorable_log.h"
#include "hugo/funcs/namespace.h"
#include "hugo/funcs/url_object.h"
#include "markdown/anchorize.h"
#include "value/go_format.h"

namespace kiln::funcs {

void RegisterFmtFuncs(FuncMap* funcs, BuildLog* log,
                      const std::vector<std::string>& ignore_errors) {
  Namespace ns("fmt");
  ns.Add("Print", {}, true, [](Args a) -> StatusOr<Value> {
    std::string out;
    AppendGoSprint(&out, a);
    return Value::String(std::move(out));
  });
  ns.Add("Println", {}, true, [](Args a) -> StatusOr<Value> {
    std::string out;
    AppendGoSprintln(&out, a);
    return Value::String(std::move(out));
  });
  ns.Add("Printf", {ParamKind::kString}, true, [](Args a) -> StatusOr<Value> {
    return Value::String(GoSprintf(a[0].AsString(), a.subspan(1)));
  });
  if (log == nullptr) {
    // Without a build log, an error stops the template instead.
    ns.Add("Errorf", {ParamKind::kString}, true,
           [](Args a) -> StatusOr<Value> {
             return Status(StatusCode::kFailedPrecondition,
                           GoSprintf(a[0].AsString(), a.subspan(1)));
           },
           {"errorf"});
    ns.Add("Erroridf", {ParamKind::kString, ParamKind::kString}, true,
           [](Args a) -> StatusOr<Value> {
             return Status(StatusCode::kFailedPrecondition,
                           GoSprintf(a[1].AsString(), a.subspan(2)));
           },
           {"erroridf"});
    ns.Add("Warnf", {ParamKind::kString}, true,
           [](Args) -> StatusOr<Value> { return Value::String(""); }, {"warnf"});
    ns.Install(funcs);
    return;
  }
  // Hugo logs each distinct message once, prints nothing and fails the build at its end.
  auto logf = [log](LogLevel level) {
    return [log, level](Args a) -> StatusOr<Value> {
      log->Log(level, GoSprintf(a[0].AsString(), a.subspan(1)));
      return Value::String("");
    };
  };
  ns.Add("Errorf", {ParamKind::kString}, true, logf(LogLevel::kError), {"errorf"});
  ns.Add("Warnf", {ParamKind::kString}, true, logf(LogLevel::kWarn), {"warnf"});
  // An error users may silence by its ID in the config's ignoreErrors.
  ns.Add("Erroridf", {ParamKind::kString, ParamKind::kString}, true,
         [ignorable = IgnorableLog(log, ignore_errors)](Args a) -> StatusOr<Value> {
           ignorable.Error(a[0].AsString(), GoSprintf(a[1].AsString(), a.subspan(2)));
           return Value::String("");
         },
         {"erroridf"});
  ns.Install(funcs);
}

void RegisterReflectFuncs(FuncMap* funcs) {
  Namespace ns("reflect");
  ns.Add("IsMap", {ParamKind::kAny}, false,
         [](Args a) -> StatusOr<Value> { return Value::Bool(a[0].kind() == ValueKind::kMap); });
  ns.Add("IsSlice", {ParamKind::kAny}, false,
         [](Args a) -> StatusOr<Value> { return Value::Bool(AsList(a[0]) != nullptr); });
  ns.Install(funcs);
}

void RegisterUrlsFuncs(FuncMap* funcs) {
  Namespace ns("urls");
  ns.Add("Anchorize", {ParamKind::kAny}, false,
         [](Args a) -> StatusOr<Value> {
           ASSIGN_OR_RETURN(std::string s, ToString(a[0]));
           return Value::String(markdown::Anchorize(s, markdown::HeadingIdType::kGithub));
         },
         {"anchorize"});
  ns.Add("URLize", {ParamKind::kAny}, false,
         [](Args a) -> StatusOr<Value> {
           ASSIGN_OR_RETURN(std::string s, ToString(a[0]));
           return Value::String(Urlize(s));
         },
         {"urlize"});
  ns.Add("Parse", {ParamKind::kAny}, false, [](Args a) -> StatusOr<Value> {
    ASSIGN_OR_RETURN(std::string s, ToString(a[0]));
    return ParseUrl(s);
  });
  ns.Install(funcs);
}

}  // namespace kiln::funcs
