#include "hugo/resource_funcs.h"

#include "assets/digest.h"
#include "base/path.h"
#include "base/strings.h"
#include "hugo/funcs/convert.h"
#include "hugo/funcs/namespace.h"
#include "hugo/page_resources.h"
#include "hugo/resource_object.h"
#include "hugo/resource_transform.h"
#include "template/template_set.h"
#include "value/go_format.h"

namespace kiln::hugo {
namespace {

using funcs::Args;
using funcs::WantArgs;
using tmpl::ParamKind;

std::string Quote(std::string_view s) {
  std::string out;
  AppendGoQuote(&out, s);
  return out;
}

class ResourceFuncs {
 public:
  ResourceFuncs(const ResourceContext* context, const tmpl::FuncMap* funcs)
      : ctx_(context), funcs_(funcs) {}

  StatusOr<Value> Get(Args a) const {
    ASSIGN_OR_RETURN(std::string path, funcs::ToString(a[0]));
    std::string rel = CleanTarget(path);
    return ctx_->Cached("get:" + rel, [&]() -> StatusOr<Value> {
      std::optional<AssetFile> file = ctx_->FindAsset(rel);
      if (!file) return Value();
      ASSIGN_OR_RETURN(std::string data, ctx_->fs().ReadFile(file->filesystem_path));
      ResourceSpec spec = NewSpec(rel, std::make_shared<const std::string>(std::move(data)));
      spec.source_path = file->filesystem_path;
      return ResourceValue(std::move(spec), ctx_);
    });
  }

  // Match (all) or GetMatch (the first) of the assets whose path matches the glob.
  StatusOr<Value> Match(Args a, bool first) const {
    ASSIGN_OR_RETURN(std::string pattern, funcs::ToString(a[0]));
    ASSIGN_OR_RETURN(const std::vector<AssetFile>* all, ctx_->AllAssets());
    ValueList out;
    for (const AssetFile& f : *all) {
      if (!AssetGlobMatch(pattern, f.rel_path)) continue;
      Value path = Value::String(f.rel_path);
      ASSIGN_OR_RETURN(Value r, Get(std::span<const Value>(&path, 1)));
      if (first) return r;
      out.push_back(std::move(r));
    }
    if (first) return Value();
    return ResourceListValue(std::move(out), AssetGlobMatch);
  }

  StatusOr<Value> ByType(Args a) const {
    ASSIGN_OR_RETURN(std::string type, funcs::ToString(a[0]));
    ASSIGN_OR_RETURN(const std::vector<AssetFile>* all, ctx_->AllAssets());
    ValueList out;
    for (const AssetFile& f : *all) {
      Value path = Value::String(f.rel_path);
      ASSIGN_OR_RETURN(Value r, Get(std::span<const Value>(&path, 1)));
      if (AsResource(r)->ResourceType() == type) out.push_back(std::move(r));
    }
    return ResourceListValue(std::move(out), AssetGlobMatch);
  }

  StatusOr<Value> FromString(Args a) const {
    ASSIGN_OR_RETURN(std::string target, funcs::ToString(a[0]));
    ASSIGN_OR_RETURN(std::string content, funcs::ToString(a[1]));
    target = CleanTarget(target);
    return ctx_->Cached("string:" + target, [&]() -> StatusOr<Value> {
      return ResourceValue(NewSpec(target, std::make_shared<const std::string>(content)), ctx_);
    });
  }

  StatusOr<Value> Concat(Args a) const {
    ASSIGN_OR_RETURN(std::string target, funcs::ToString(a[0]));
    target = CleanTarget(target);
    const ValueList* items = a[1].kind() == ValueKind::kList     ? &a[1].AsList()
                             : a[1].kind() == ValueKind::kObject ? a[1].AsObject().AsList()
                                                                 : nullptr;
    if (items == nullptr) {
      return InvalidArgumentError("expected slice of Resource objects, received " +
                                  GoTypeName(a[1]) + " instead");
    }
    if (items->empty()) {
      return InvalidArgumentError("must provide one or more Resource objects to concat");
    }
    return ctx_->Cached("concat:" + target, [&]() -> StatusOr<Value> {
      std::string media;
      std::string out;
      for (const Value& item : *items) {
        ASSIGN_OR_RETURN(const ResourceObject* r, WantResource("resources.Concat", item));
        if (media.empty()) {
          media = r->spec().media_type;
        } else if (r->spec().media_type != media) {
          return InvalidArgumentError("resources in Concat must be of the same Media Type, got " +
                                      Quote(media) + " and " + Quote(r->spec().media_type));
        }
        ASSIGN_OR_RETURN(std::shared_ptr<const std::string> content, r->Content());
        // Scripts get a barrier between them, so that one file's last line cannot change
        // how the next file's first line parses.
        if (&item != &items->front() && media == "text/javascript") out += "\n;\n";
        out += *content;
      }
      ResourceSpec spec = NewSpec(target, std::make_shared<const std::string>(std::move(out)));
      if (!media.empty()) spec.media_type = media;
      return ResourceValue(std::move(spec), ctx_);
    });
  }

  StatusOr<Value> ExecuteAsTemplate(Args a) const {
    ASSIGN_OR_RETURN(std::string target, funcs::ToString(a[0]));
    ASSIGN_OR_RETURN(const ResourceObject* r, WantResource("resources.ExecuteAsTemplate", a[2]));
    target = CleanTarget(target);
    return ctx_->Cached(r->spec().key + "|exec:" + target, [&]() -> StatusOr<Value> {
      ASSIGN_OR_RETURN(std::shared_ptr<const std::string> content, r->Content());
      tmpl::TemplateSet set(funcs_);
      RETURN_IF_ERROR(set.Parse(target, *content));
      std::string out;
      RETURN_IF_ERROR(set.Execute(target, a[1], &out));
      return ResourceValue(Derived(*r, target, r->spec().key + "|exec:" + target,
                                   std::make_shared<const std::string>(std::move(out))),
                           ctx_);
    });
  }

  StatusOr<Value> Copy(Args a) const {
    ASSIGN_OR_RETURN(std::string target, funcs::ToString(a[0]));
    ASSIGN_OR_RETURN(const ResourceObject* r, WantResource("resources.Copy", a[1]));
    target = CleanTarget(target);
    std::string key = r->spec().key + "|copy:" + target;
    return ctx_->Cached(key, [&]() -> StatusOr<Value> {
      ASSIGN_OR_RETURN(std::shared_ptr<const std::string> content, r->Content());
      return ResourceValue(Derived(*r, target, key, std::move(content)), ctx_);
    });
  }

  StatusOr<Value> Fingerprint(Args a) const {
    RETURN_IF_ERROR(WantArgs("Fingerprint", a, 1, 2));
    ASSIGN_OR_RETURN(const ResourceObject* r, WantResource("fingerprint", a.back()));
    std::string algorithm = "sha256";
    if (a.size() == 2) {
      ASSIGN_OR_RETURN(algorithm, funcs::ToString(a[0]));
    }
    std::string key = r->spec().key + "|fingerprint:" + algorithm;
    return ctx_->Cached(key, [&]() -> StatusOr<Value> {
      StatusOr<assets::DigestAlgorithm> alg = assets::ParseDigestAlgorithm(algorithm);
      if (!alg.ok()) return TransformError("FINGERPRINT", *r, alg.status());
      ASSIGN_OR_RETURN(std::shared_ptr<const std::string> content, r->Content());
      assets::Digest digest = assets::ComputeDigest(*alg, *content);
      ResourceSpec spec =
          Derived(*r, TargetWithInfix(r->spec().target, digest.hex), key, std::move(content));
      spec.data["Integrity"] = Value::String(digest.integrity);
      return ResourceValue(std::move(spec), ctx_);
    });
  }

 private:
  const ResourceContext* ctx_;
  const tmpl::FuncMap* funcs_;
};

bool GlobFrom(std::string_view p, std::string_view s) {
  if (p.empty()) return s.empty();
  if (p.front() == '{') {
    size_t close = p.find('}');
    if (close != std::string_view::npos) {
      std::string rest(p.substr(close + 1));
      for (std::string_view alt : Split(p.substr(1, close - 1), ',')) {
        if (GlobFrom(std::string(alt) + rest, s)) return true;
      }
      return false;
    }
  }
  if (p.starts_with("**")) {
    for (size_t i = 0; i <= s.size(); ++i) {
      if (GlobFrom(p.substr(2), s.substr(i))) return true;
    }
    return false;
  }
  if (p.front() == '*') {
    for (size_t i = 0; i <= s.size(); ++i) {
      if (GlobFrom(p.substr(1), s.substr(i))) return true;
      if (i < s.size() && s[i] == '/') break;
    }
    return false;
  }
  if (s.empty()) return false;
  bool same = p.front() == '?' ? s.front() != '/' : p.front() == s.front();
  return same && GlobFrom(p.substr(1), s.substr(1));
}

}  // namespace

bool AssetGlobMatch(std::string_view pattern, std::string_view path) {
  return GlobFrom(AsciiLower(pattern), AsciiLower(path));
}

void RegisterResourceFuncs(const ResourceContext* context, tmpl::FuncMap* funcs) {
  auto f = std::make_shared<const ResourceFuncs>(context, funcs);
  funcs::Namespace ns("resources");
  auto method = [f](StatusOr<Value> (ResourceFuncs::*m)(Args) const) {
    return [f, m](Args a) { return ((*f).*m)(a); };
  };
  ns.Add("Get", {ParamKind::kAny}, false, method(&ResourceFuncs::Get));
  ns.Add("GetMatch", {ParamKind::kAny}, false, [f](Args a) { return f->Match(a, true); });
  ns.Add("Match", {ParamKind::kAny}, false, [f](Args a) { return f->Match(a, false); });
  ns.Add("ByType", {ParamKind::kAny}, false, method(&ResourceFuncs::ByType));
  ns.Add("FromString", {ParamKind::kAny, ParamKind::kAny}, false,
         method(&ResourceFuncs::FromString));
  ns.Add("Concat", {ParamKind::kAny, ParamKind::kAny}, false, method(&ResourceFuncs::Concat));
  ns.Add("ExecuteAsTemplate", {ParamKind::kAny, ParamKind::kAny, ParamKind::kAny}, false,
         method(&ResourceFuncs::ExecuteAsTemplate));
  ns.Add("Copy", {ParamKind::kAny, ParamKind::kAny}, false, method(&ResourceFuncs::Copy));
  ns.Add("Fingerprint", {}, true, method(&ResourceFuncs::Fingerprint), {"fingerprint"});
  ns.Add("PostProcess", {ParamKind::kAny}, false, [](Args a) -> StatusOr<Value> {
    // Outside the server, hugo's post-processing hands back the resource itself.
    RETURN_IF_ERROR(WantResource("resources.PostProcess", a[0]).status());
    return a[0];
  });
  ns.Add("ToCSS", {}, true, [context](Args a) { return ResourceToCss(*context, a); }, {"toCSS"});
  ns.Add("Minify", {ParamKind::kAny}, false,
         [context](Args a) { return ResourceMinify(*context, a); }, {"minify"});
  ns.Add("GetRemote", {}, true, [](Args) -> StatusOr<Value> {
    return UnimplementedError(
        "resources.GetRemote: kiln builds offline and does not fetch remote resources");
  });
  ns.Install(funcs);
  // hugo's `js` namespace takes the name of text/template's js escaper.
  funcs::Namespace js("js");
  js.Add("Build", {}, true, [context](Args a) { return ResourceJsBuild(*context, a); });
  js.Install(funcs);
}

}  // namespace kiln::hugo
