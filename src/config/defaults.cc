#include "config/defaults.h"

namespace kiln {

namespace {

Value Str(const char* s) { return Value::String(s); }
Value Bool(bool b) { return Value::Bool(b); }
Value Int(int64_t i) { return Value::Int(i); }

Value DefaultTaxonomies() {
  return Value::Map({{"category", Str("categories")}, {"tag", Str("tags")}});
}

}  // namespace

Value TopLevelDefaults() {
  return Value::Map({
      {"builddrafts", Bool(false)},
      {"buildexpired", Bool(false)},
      {"buildfuture", Bool(false)},
      {"canonifyurls", Bool(false)},
      {"cleandestinationdir", Bool(false)},
      {"debug", Bool(false)},
      {"defaultcontentlanguage", Str("en")},
      {"defaultcontentlanguageinsubdir", Bool(false)},
      {"disablealiases", Bool(false)},
      {"disablefastrender", Bool(false)},
      {"disablelivereload", Bool(false)},
      {"disablepathtolower", Bool(false)},
      {"enableemoji", Bool(false)},
      {"enablegitinfo", Bool(false)},
      {"enableinlineshortcodes", Bool(false)},
      {"enablemissingtranslationplaceholders", Bool(false)},
      {"footnoteanchorprefix", Str("")},
      {"footnotereturnlinkcontents", Str("")},
      {"forcesyncstatic", Bool(false)},
      {"hascjklanguage", Bool(false)},
      {"ignorecache", Bool(false)},
      {"ignorefiles", Value::List({})},
      {"indexes", DefaultTaxonomies()},
      {"newcontenteditor", Str("")},
      {"paginate", Int(10)},
      {"paginatepath", Str("page")},
      {"permalinks", Value::Map({})},
      {"pluralizelisttitles", Bool(true)},
      {"publishdir", Str("public")},
      {"relativeurls", Bool(false)},
      {"removepathaccents", Bool(false)},
      {"resourcedir", Str("resources")},
      {"rsslimit", Int(-1)},
      {"sectionpagesmenu", Str("")},
      {"sitemap", Value::Map({{"filename", Str("sitemap.xml")}, {"priority", Value::Float(-1)}})},
      {"summarylength", Int(70)},
      {"taxonomies", DefaultTaxonomies()},
      {"themesdir", Str("themes")},
      {"timeout", Str("30s")},
      {"titlecasestyle", Str("AP")},
      {"uglyurls", Bool(false)},
      {"verbose", Bool(false)},
      {"watch", Bool(false)},
  });
}

Value WithTopLevelDefaults(const Value& tree, const Value& defaults) {
  ValueMap out = tree.kind() == ValueKind::kMap ? tree.AsMap() : ValueMap{};
  for (const auto& [key, value] : defaults.AsMap()) out.try_emplace(key, value);
  return Value::Map(std::move(out));
}

Value MarkupDefaults() {
  Value goldmark = Value::Map({
      {"extensions", Value::Map({
                         {"definitionlist", Bool(true)},
                         {"footnote", Bool(true)},
                         {"linkify", Bool(true)},
                         {"linkifyprotocol", Str("https")},
                         {"strikethrough", Bool(true)},
                         {"table", Bool(true)},
                         {"tasklist", Bool(true)},
                         {"typographer", Bool(true)},
                     })},
      {"parser", Value::Map({
                     {"autoheadingid", Bool(true)},
                     {"autoheadingidtype", Str("github")},
                     {"wrapstandaloneimagewithinparagraph", Bool(true)},
                     {"attribute", Value::Map({{"title", Bool(true)}, {"block", Bool(false)}})},
                 })},
      {"renderer", Value::Map({
                       {"hardwraps", Bool(false)},
                       {"unsafe", Bool(false)},
                       {"xhtml", Bool(false)},
                   })},
  });
  Value highlight = Value::Map({
      {"anchorlinenos", Bool(false)},
      {"codefences", Bool(true)},
      {"guesssyntax", Bool(false)},
      {"hl_lines", Str("")},
      {"hl_inline", Bool(false)},
      {"lineanchors", Str("")},
      {"linenostart", Int(1)},
      {"linenos", Bool(false)},
      {"linenumbersintable", Bool(true)},
      {"noclasses", Bool(true)},
      {"nohl", Bool(false)},
      {"style", Str("monokai")},
      {"tabwidth", Int(4)},
  });
  Value toc = Value::Map({{"startlevel", Int(2)}, {"endlevel", Int(3)}, {"ordered", Bool(false)}});
  return Value::Map({
      {"defaultmarkdownhandler", Str("goldmark")},
      {"goldmark", std::move(goldmark)},
      {"highlight", std::move(highlight)},
      {"tableofcontents", std::move(toc)},
  });
}

}  // namespace kiln
