#include "content/page_meta.h"

#include <cctype>
#include <cmath>

#include "base/source_text.h"
#include "base/strings.h"
#include "value/time_parse.h"

namespace kiln {

namespace {

// Where `key` is set in the front matter text, for error messages: the first line whose
// key (quoted or not) matches, column at the value.
SourceLocation LocateKey(const MetaSource& source, std::string_view key) {
  std::string_view text = source.content;
  int line = 1;
  for (size_t pos = 0; pos < text.size(); ++line) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view l = text.substr(pos, end - pos);
    size_t k = l.find_first_not_of(" \t\"");
    if (k != std::string_view::npos && EqualsIgnoreAsciiCase(l.substr(k, key.size()), key)) {
      size_t sep = l.find_first_of(":=", k + key.size());
      if (sep != std::string_view::npos &&
          TrimSpace(l.substr(k + key.size(), sep - k - key.size())).find_first_not_of('"') ==
              std::string_view::npos) {
        size_t value = l.find_first_not_of(" \t", sep + 1);
        return LocateLine(source.file, text, line,
                          static_cast<int>(value == std::string_view::npos ? sep + 2 : value + 1));
      }
    }
    pos = end + 1;
  }
  SourceLocation loc;
  loc.file = std::string(source.file);
  return loc;
}

std::string AsText(const Value& v) {
  switch (v.kind()) {
    case ValueKind::kString:
      return v.AsString();
    case ValueKind::kInt:
      return std::to_string(v.AsInt());
    case ValueKind::kBool:
      return v.AsBool() ? "true" : "false";
    case ValueKind::kFloat: {
      double f = v.AsFloat();
      if (f == std::floor(f) && std::fabs(f) < 1e15) return std::to_string(int64_t(f));
      return std::to_string(f);
    }
    default:
      return "";
  }
}

std::vector<std::string> AsStringList(const Value& v) {
  std::vector<std::string> out;
  if (v.kind() == ValueKind::kList) {
    for (const Value& item : v.AsList()) out.push_back(AsText(item));
  } else if (v.kind() == ValueKind::kString) {
    out.push_back(v.AsString());
  }
  return out;
}

bool AsBool(const Value& v) {
  if (v.kind() == ValueKind::kBool) return v.AsBool();
  if (v.kind() == ValueKind::kString) return v.AsString() == "true";
  return v.IsTruthy();
}

StatusOr<Time> ToDate(const Value& v, std::string_view key, const ContentOptions& options,
                      const MetaSource& source) {
  if (v.kind() == ValueKind::kTime) return v.AsTime();
  if (v.kind() == ValueKind::kString) {
    if (std::optional<Time> t = ParseHugoTime(v.AsString(), &options.time_zone)) {
      return *t;
    }
  }
  return InvalidArgumentError("front matter: unknown date format for \"" + std::string(key) +
                              "\": " + AsText(v))
      .At(LocateKey(source, key));
}

// ":filename": a leading YYYY-MM-DD in the file name.
std::optional<Time> DateFromFileName(std::string_view name, const ContentOptions& options) {
  if (name.size() < 10) return std::nullopt;
  return ParseHugoTime(name.substr(0, 10), &options.time_zone);
}

StatusOr<Time> ResolveDate(const ValueMap& fm, const std::vector<std::string>& keys,
                           const ContentOptions& options, const MetaSource& source) {
  for (const std::string& key : keys) {
    if (key == ":filename") {
      if (auto t = DateFromFileName(source.base_file_name, options)) return *t;
    } else if (key == ":git") {
      if (!source.git_author_date.IsZero()) return source.git_author_date;
    } else if (key == ":filemodtime") {
      Time t;
      t.unix_seconds = source.mod_time_unix_seconds;
      return t;
    } else if (auto it = fm.find(key); it != fm.end() && !it->second.is_null()) {
      return ToDate(it->second, key, options, source);
    }
  }
  return Time::Zero();
}

BuildOptions ReadBuild(const Value& v) {
  BuildOptions b;
  if (v.kind() != ValueKind::kMap) return b;
  if (const Value* r = v.Find("render")) {
    std::string s = AsText(*r);
    if (s == "never" || s == "false") b.render = BuildOptions::Render::kNever;
    if (s == "link") b.render = BuildOptions::Render::kLink;
  }
  if (const Value* l = v.Find("list")) {
    std::string s = AsText(*l);
    if (s == "never" || s == "false") b.list = BuildOptions::List::kNever;
    if (s == "local") b.list = BuildOptions::List::kLocal;
  }
  if (const Value* p = v.Find("publishresources")) b.publish_resources = AsBool(*p);
  return b;
}

}  // namespace

std::vector<std::string> ExpandDateKeys(const std::vector<std::string>& keys) {
  std::vector<std::string> out;
  for (const std::string& key : keys) {
    std::string k = AsciiLower(key);
    if (k == ":default") continue;
    out.push_back(k);
    if (k == "lastmod") out.push_back("modified");
    if (k == "publishdate") out.insert(out.end(), {"pubdate", "published"});
    if (k == "expirydate") out.push_back("unpublishdate");
  }
  return out;
}

StatusOr<PageMeta> ReadPageMeta(const Value& front_matter, const ContentOptions& options,
                                const MetaSource& source) {
  PageMeta meta;
  meta.params = front_matter;
  const ValueMap& fm = front_matter.AsMap();
  auto text = [&](std::string_view key) {
    const Value* v = front_matter.Find(key);
    return v ? AsText(*v) : std::string();
  };
  meta.title = text("title");
  meta.link_title = text("linktitle");
  meta.slug = text("slug");
  meta.url = text("url");
  meta.type = text("type");
  meta.layout = text("layout");
  meta.description = text("description");
  if (const Value* v = front_matter.Find("aliases")) meta.aliases = AsStringList(*v);
  if (const Value* v = front_matter.Find("outputs")) {
    for (const std::string& o : AsStringList(*v)) meta.outputs.push_back(AsciiLower(o));
  }
  if (const Value* v = front_matter.Find("weight")) {
    if (v->kind() == ValueKind::kInt) meta.weight = static_cast<int>(v->AsInt());
    if (v->kind() == ValueKind::kFloat) meta.weight = static_cast<int>(v->AsFloat());
    if (v->kind() == ValueKind::kString) meta.weight = std::atoi(v->AsString().c_str());
  }
  if (const Value* v = front_matter.Find("draft")) meta.draft = AsBool(*v);
  if (const Value* v = front_matter.Find("headless")) meta.headless = AsBool(*v);
  if (const Value* v = front_matter.Find("_build")) meta.build = ReadBuild(*v);

  ASSIGN_OR_RETURN(meta.date, ResolveDate(fm, options.dates.date, options, source));
  ASSIGN_OR_RETURN(meta.lastmod, ResolveDate(fm, options.dates.lastmod, options, source));
  ASSIGN_OR_RETURN(meta.publish_date, ResolveDate(fm, options.dates.publish_date, options, source));
  ASSIGN_OR_RETURN(meta.expiry_date, ResolveDate(fm, options.dates.expiry_date, options, source));
  // ":filename" also supplies the slug: the name after the date and a separator.
  for (const std::string& key : options.dates.date) {
    if (key == ":filename" && meta.slug.empty() &&
        DateFromFileName(source.base_file_name, options)) {
      std::string_view rest = source.base_file_name.substr(10);
      if (!rest.empty() && (rest[0] == '-' || rest[0] == '_')) rest.remove_prefix(1);
      meta.slug = std::string(rest);
    }
  }
  if (meta.lastmod.IsZero()) meta.lastmod = meta.date;
  if (!meta.url.empty()) {
    meta.path_location = LocateKey(source, "url");
  } else if (!meta.slug.empty() && fm.count("slug") > 0) {
    meta.path_location = LocateKey(source, "slug");
  } else {
    meta.path_location.file = std::string(source.file);
  }
  return meta;
}

}  // namespace kiln
