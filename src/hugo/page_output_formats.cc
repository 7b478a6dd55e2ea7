#include "hugo/page_output_formats.h"

#include "base/strings.h"
#include "hugo/page_resources.h"
#include "hugo/site_object.h"

namespace kiln::hugo {
namespace {

// A list that also answers `.Get "rss"` (case-insensitive), as Hugo's OutputFormats does.
class OutputFormatsObject final : public Object {
 public:
  explicit OutputFormatsObject(ValueList formats) : formats_(std::move(formats)) {}
  std::string_view TypeName() const override { return "page.OutputFormats"; }
  StatusOr<Value> Member(std::string_view name, std::span<const Value> args) const override {
    if (name != "Get") return NotFoundError(std::string(name));
    if (args.size() != 1 || !args[0].is_string()) {
      return InvalidArgumentError("wrong number of args for Get: want 1 got " +
                                  std::to_string(args.size()));
    }
    for (const Value& f : formats_) {
      if (EqualsIgnoreAsciiCase(f.Find("Name")->AsString(), args[0].AsString())) return f;
    }
    return Value();
  }
  const ValueList* AsList() const override { return &formats_; }
  bool IsTruthy() const override { return !formats_.empty(); }

 private:
  ValueList formats_;
};

}  // namespace

std::vector<const OutputFormat*> PageOutputFormats(const Page& page, const OutputsConfig& config) {
  std::vector<std::string> names = page.meta.outputs;
  if (names.empty()) {
    auto it = config.per_kind.find(PageKindName(page.kind));
    if (it != config.per_kind.end()) names = it->second;
  }
  if (names.empty()) {
    names = {"html"};
    if (page.IsList()) names.push_back("rss");
  }
  std::vector<const OutputFormat*> out;
  for (const std::string& name : names) {
    const OutputFormat* f = FindOutputFormat(config.formats, name);
    if (f == nullptr) continue;
    if (f->name == "RSS" && (!page.IsList() || !config.rss_enabled)) continue;
    out.push_back(f);
  }
  return out;
}

Value PageOutputFormatsValue(const Page& page, const SiteObject& site, bool alternative) {
  ValueList out;
  for (const OutputFormat* f : PageOutputFormats(page, site.info().outputs)) {
    if (alternative && (f->name == "HTML" || f->not_alternative)) continue;
    std::string rel = f->name == "HTML" ? page.rel_permalink
                                        : page.rel_permalink + f->base_name + "." + f->suffix;
    out.push_back(Value::Map({{"Name", Value::String(f->name)},
                              {"Rel", Value::String(f->rel)},
                              {"MediaType", MediaTypeValue(f->media_type)},
                              {"RelPermalink", Value::String(rel)},
                              {"Permalink", Value::String(site.AbsUrl(rel))}}));
  }
  return Value::FromObject(std::make_shared<OutputFormatsObject>(std::move(out)));
}

}  // namespace kiln::hugo
