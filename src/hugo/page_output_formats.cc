#include "hugo/page_output_formats.h"

#include "base/strings.h"
#include "hugo/format_target.h"
#include "hugo/page_resources.h"
#include "hugo/site_object.h"

namespace kiln::hugo {
namespace {

// One format of a page: Hugo's *page.OutputFormat.
class OutputFormatObject final : public Object {
 public:
  OutputFormatObject(const OutputFormat* format, std::string rel_permalink, std::string permalink)
      : format_(format),
        rel_permalink_(std::move(rel_permalink)),
        permalink_(std::move(permalink)) {}
  std::string_view TypeName() const override { return "*page.OutputFormat"; }
  StatusOr<Value> Member(std::string_view name, std::span<const Value>) const override {
    if (name == "Name") return Value::String(format_->name);
    if (name == "Rel") return Value::String(format_->rel);
    if (name == "MediaType") return MediaTypeValue(format_->media_type);
    if (name == "RelPermalink") return Value::String(rel_permalink_);
    if (name == "Permalink") return Value::String(permalink_);
    return NotFoundError(std::string(name));
  }
  const std::string& name() const { return format_->name; }

 private:
  const OutputFormat* format_;
  std::string rel_permalink_;
  std::string permalink_;
};

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
      const auto& format = static_cast<const OutputFormatObject&>(f.AsObject());
      if (EqualsIgnoreAsciiCase(format.name(), args[0].AsString())) return f;
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

Value PageOutputFormatsValue(const Page& page, const SiteObject& site,
                             std::optional<std::string_view> alternative_to) {
  ValueList out;
  for (const OutputFormat* f : PageOutputFormats(page, site.info().outputs)) {
    if (alternative_to && (f->name == *alternative_to || f->not_alternative)) continue;
    std::string rel = FormatTargetFor(page, *f, site.content().options()).rel_link;
    std::string permalink = site.AbsUrl(rel);
    out.push_back(Value::FromObject(
        std::make_shared<OutputFormatObject>(f, std::move(rel), std::move(permalink))));
  }
  return Value::FromObject(std::make_shared<OutputFormatsObject>(std::move(out)));
}

std::string RenderingRelPermalink(const Page& page, const SiteObject& site,
                                  const OutputFormat& format) {
  const OutputFormat* main = &format;
  if (!format.permalinkable) {
    std::vector<const OutputFormat*> formats = PageOutputFormats(page, site.info().outputs);
    if (!formats.empty()) main = formats.front();
  }
  return FormatTargetFor(page, *main, site.content().options()).rel_link;
}

}  // namespace kiln::hugo
