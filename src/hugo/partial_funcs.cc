#include "hugo/partial_funcs.h"

#include <map>
#include <memory>
#include <mutex>

#include "hugo/not_found_page.h"
#include "template/hoist_return.h"
#include "value/go_format.h"

namespace kiln::hugo {

namespace {

StatusOr<Value> RunPartial(const tmpl::CallContext& ctx, std::span<const Value> args,
                           const PartialFallback* fallback) {
  if (args.empty() || !args[0].is_string()) {
    return InvalidArgumentError("partial: the first argument must be the partial's name");
  }
  std::string name = args[0].AsString();
  if (!name.starts_with("partials/")) name = "partials/" + name;
  // A name without its extension finds the ".html" partial, as hugo keeps for old themes.
  if (!ctx.HasTemplate(name) && ctx.HasTemplate(name + ".html")) name += ".html";
  Value data = args.size() > 1 ? args[1] : Value();
  std::string out;
  if (!ctx.HasTemplate(name) && fallback != nullptr && *fallback) {
    const tmpl::TemplateSet* other = (*fallback)(name);
    if (other == nullptr && (other = (*fallback)(name + ".html")) != nullptr) name += ".html";
    if (other != nullptr) {
      RETURN_IF_ERROR(other->Execute(name, data, &out));
      return Value::String(std::move(out), SafeKind::kHTML);
    }
  }
  std::optional<Value> returned;
  Status s = ctx.ExecuteTemplate(name, data, &out, &returned);
  if (!s.ok()) {
    if (s.message().find("not defined") != std::string::npos) {
      return NotFoundError("partial \"" + args[0].AsString() + "\" not found");
    }
    return s;
  }
  if (returned) return *std::move(returned);
  return Value::String(std::move(out), SafeKind::kHTML);
}

// One cached result; `mu` is held while it is computed so concurrent callers wait for it.
struct CacheEntry {
  std::mutex mu;
  bool done = false;
  StatusOr<Value> result = Value();
};

class PartialCache {
 public:
  explicit PartialCache(std::shared_ptr<const PartialFallback> fallback)
      : fallback_(std::move(fallback)) {}

  StatusOr<Value> Get(const tmpl::CallContext& ctx, std::span<const Value> args) {
    if (args.empty() || !args[0].is_string()) return RunPartial(ctx, args, fallback_.get());
    // The key is the name and the variants (arguments after the context), each printed
    // with its type so 1 and "1" differ. An object (a page, a site) is keyed by identity,
    // as Go compares pointers: every page prints alike.
    std::string key = args[0].AsString();
    for (size_t i = 2; i < args.size(); ++i) {
      key += '\x1f' + GoTypeName(args[i]) + ':';
      if (args[i].kind() == ValueKind::kObject) {
        const Object* object = &args[i].AsObject();
        if (auto* not_found = dynamic_cast<const NotFoundPageObject*>(object)) {
          object = not_found->CacheIdentity();
        }
        key += std::to_string(reinterpret_cast<uintptr_t>(object->Identity()));
      } else {
        key += GoValueString(args[i]);
      }
    }
    std::shared_ptr<CacheEntry> entry;
    {
      std::lock_guard<std::mutex> lock(mu_);
      std::shared_ptr<CacheEntry>& slot = entries_[key];
      if (!slot) slot = std::make_shared<CacheEntry>();
      entry = slot;
    }
    std::lock_guard<std::mutex> lock(entry->mu);
    if (!entry->done) {
      entry->result =
          RunPartial(ctx, args.first(std::min<size_t>(args.size(), 2)), fallback_.get());
      entry->done = true;
    }
    return entry->result;
  }

 private:
  std::shared_ptr<const PartialFallback> fallback_;
  std::mutex mu_;
  std::map<std::string, std::shared_ptr<CacheEntry>> entries_;
};

}  // namespace

void HoistPartialReturn(tmpl::TemplateSet* set, std::string_view name) {
  const tmpl::Tree* tree = set->Lookup(name);
  if (tree == nullptr) return;
  std::unique_ptr<tmpl::Tree> copy = tree->Clone();
  if (tmpl::HoistReturn(copy.get(), "return")) set->AddTree(std::move(copy));
}

void RegisterPartialFuncs(tmpl::FuncMap* funcs, std::shared_ptr<const PartialFallback> fallback) {
  tmpl::Function partial;
  partial.params = {tmpl::ParamKind::kString};
  partial.variadic = true;
  partial.impl = [fallback](const tmpl::CallContext& ctx, std::span<const Value> args) {
    return RunPartial(ctx, args, fallback.get());
  };
  funcs->Register("partial", partial);

  auto cache = std::make_shared<PartialCache>(fallback);
  partial.impl = [cache](const tmpl::CallContext& ctx, std::span<const Value> args) {
    return cache->Get(ctx, args);
  };
  funcs->Register("partialCached", partial);

  // The first `return X` of a partial is hoisted out of its body when the partial is loaded
  // (tmpl::HoistReturn); any other `return` runs as this function, which takes no argument
  // and prints nothing, as in Hugo.
  tmpl::Function ret;
  ret.impl = [](const tmpl::CallContext&, std::span<const Value>) -> StatusOr<Value> {
    return Value::String("");
  };
  funcs->Register("return", ret);
}

}  // namespace kiln::hugo
