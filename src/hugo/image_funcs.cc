#include "hugo/image_funcs.h"

#include "assets/image_size.h"
#include "base/path.h"
#include "hugo/funcs/convert.h"
#include "hugo/funcs/namespace.h"

namespace kiln::hugo {
namespace {

using funcs::Args;

// Go's image.Config as templates see it.
class ImageConfigObject final : public Object {
 public:
  explicit ImageConfigObject(assets::Dimensions size) : size_(size) {}
  std::string_view TypeName() const override { return "image.Config"; }
  StatusOr<Value> Member(std::string_view name, std::span<const Value>) const override {
    if (name == "Width") return Value::Int(size_.width);
    if (name == "Height") return Value::Int(size_.height);
    return NotFoundError(std::string(name));
  }

 private:
  assets::Dimensions size_;
};

// hugo 0.111's image filters; kiln applies none of them.
constexpr const char* kFilters[] = {
    "Brightness",   "ColorBalance", "Colorize", "Contrast", "Filter",  "Gamma",
    "GaussianBlur", "Grayscale",    "Hue",      "Invert",   "Opacity", "Overlay",
    "Pixelate",     "Saturation",   "Sepia",    "Sigmoid",  "Text",    "UnsharpMask"};

}  // namespace

void RegisterImageFuncs(const FileSystem* fs, std::string project_dir, tmpl::FuncMap* funcs) {
  funcs::Namespace ns("images");
  ns.Add("Config", {tmpl::ParamKind::kAny}, false,
         [fs, dir = std::move(project_dir)](Args a) -> StatusOr<Value> {
           ASSIGN_OR_RETURN(std::string name, funcs::ToString(a[0]));
           if (name.empty()) return InvalidArgumentError("config needs a filename");
           // Project-relative; a leading `/` or `..` cannot leave the project.
           std::string path = JoinPath(dir, CleanPath("/" + name).substr(1));
           StatusOr<std::string> data = fs->ReadFile(path);
           if (!data.ok()) {
             return InvalidArgumentError("open " + path + ": no such file or directory");
           }
           std::optional<assets::Dimensions> size = assets::ImageSize(*data);
           if (!size) return InvalidArgumentError("image: unknown format");
           return Value::FromObject(std::make_shared<const ImageConfigObject>(*size));
         },
         {"imageConfig"});
  for (const char* filter : kFilters) {
    std::string name = filter;
    ns.Add(name, {}, true, [name](Args) -> StatusOr<Value> {
      return UnimplementedError("images." + name + " is not supported by kiln");
    });
  }
  ns.Install(funcs);
}

}  // namespace kiln::hugo
