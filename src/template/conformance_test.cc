// Runs the conformance suite in testdata/templates/*.txtar: each case's expected output or
// error was produced by Go's own text/template or html/template (tools/gotemplate).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "base/txtar.h"
#include "template/template_set.h"
#include "template/test_object.h"
#include "value/time_parse.h"

namespace kiln::tmpl {
namespace {

const FuncMap& TestFuncs() {
  static const FuncMap* funcs = [] {
    auto* m = new FuncMap(NewBuiltinFuncMap());
    RegisterTestFunctions(m);
    return m;
  }();
  return *funcs;
}

Value FromJson(const nlohmann::json& j) {
  switch (j.type()) {
    case nlohmann::json::value_t::null:
      return Value();
    case nlohmann::json::value_t::boolean:
      return Value::Bool(j.get<bool>());
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
      return Value::Int(j.get<int64_t>());
    case nlohmann::json::value_t::number_float:
      return Value::Float(j.get<double>());
    case nlohmann::json::value_t::string:
      return Value::String(j.get<std::string>());
    case nlohmann::json::value_t::array: {
      ValueList list;
      for (const auto& e : j) list.push_back(FromJson(e));
      return Value::List(std::move(list));
    }
    case nlohmann::json::value_t::object: {
      if (j.size() == 1) {
        const std::string& key = j.begin().key();
        std::string s = j.begin()->is_string() ? j.begin()->get<std::string>() : "";
        static const std::map<std::string, SafeKind> kSafe = {
            {"$html", SafeKind::kHTML},    {"$attr", SafeKind::kHTMLAttr}, {"$css", SafeKind::kCSS},
            {"$js", SafeKind::kJS},        {"$jsstr", SafeKind::kJSStr},   {"$url", SafeKind::kURL},
            {"$srcset", SafeKind::kSrcset}};
        if (auto it = kSafe.find(key); it != kSafe.end()) return Value::String(s, it->second);
        if (key == "$func") return TestFuncValue(TestFuncs(), s);
        if (key == "$user") return Value::FromObject(std::make_shared<TestUser>(s, 42));
        if (key == "$time") {
          std::optional<Time> t = ParseHugoTime(s);
          EXPECT_TRUE(t.has_value()) << s;
          return t ? Value::FromTime(*t) : Value();
        }
      }
      ValueMap map;
      for (auto it = j.begin(); it != j.end(); ++it) map[it.key()] = FromJson(it.value());
      return Value::Map(std::move(map));
    }
    default:
      return Value();
  }
}

std::string StripNewline(const std::string& s) {
  return !s.empty() && s.back() == '\n' ? s.substr(0, s.size() - 1) : s;
}

struct Case {
  std::string file;
  std::string name;
  bool html = false;
  std::map<std::string, std::string> templates;  // name → text
  std::vector<std::string> order;                // non-main templates, in file order
  std::string data_json;
  std::optional<std::string> want;
  std::optional<std::string> error;
};

std::vector<Case> LoadCases() {
  std::vector<Case> cases;
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::directory_iterator("testdata/templates")) {
    if (entry.path().extension() == ".txtar") paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  for (const auto& path : paths) {
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    TxtarArchive archive = ParseTxtar(ss.str());
    bool html = archive.comment.find("mode: html") != std::string::npos;
    std::string shared_data = "null";
    std::map<std::string, size_t> index;
    for (const TxtarFile& f : archive.files) {
      if (f.name == "data.json") {
        shared_data = f.data;
        continue;
      }
      size_t slash = f.name.find('/');
      std::string name = f.name.substr(0, slash), role = f.name.substr(slash + 1);
      if (!index.contains(name)) {
        index[name] = cases.size();
        Case c;
        c.file = path.filename().string();
        c.name = name;
        c.html = html;
        c.data_json = shared_data;
        cases.push_back(std::move(c));
      }
      Case& c = cases[index[name]];
      if (role == "want") {
        c.want = StripNewline(f.data);
      } else if (role == "error") {
        c.error = StripNewline(f.data);
      } else if (role == "data.json") {
        c.data_json = f.data;
      } else if (role.ends_with(".tmpl")) {
        std::string tname = role.substr(0, role.size() - 5);
        c.templates[tname] = StripNewline(f.data);
        if (tname != "main") c.order.push_back(tname);
      }
    }
  }
  return cases;
}

// Parses and runs one case; returns the output or the error text.
std::pair<std::string, std::string> RunCase(const Case& c, const FuncMap& funcs) {
  TemplateSet set(&funcs);
  Status s = set.Parse("main", c.templates.at("main"));
  for (const std::string& name : c.order) {
    if (!s.ok()) break;
    s = set.Parse(name, c.templates.at(name));
  }
  if (s.ok() && c.html) s = set.EscapeHTML("main");
  std::string out;
  if (s.ok()) {
    Value data = FromJson(nlohmann::json::parse(c.data_json));
    s = set.Execute("main", data, &out);
  }
  return {out, s.ok() ? "" : s.message()};
}

class ConformanceTest : public testing::TestWithParam<Case> {};

TEST_P(ConformanceTest, MatchesGo) {
  const Case& c = GetParam();
  auto [out, err] = RunCase(c, TestFuncs());
  if (c.error) {
    EXPECT_EQ(err, *c.error) << c.file << " " << c.name << "\noutput: " << out;
  } else {
    EXPECT_EQ(err, "") << c.file << " " << c.name;
    EXPECT_EQ(out, c.want.value_or("")) << c.file << " " << c.name;
  }
}

INSTANTIATE_TEST_SUITE_P(Go, ConformanceTest, testing::ValuesIn(LoadCases()),
                         [](const testing::TestParamInfo<Case>& info) {
                           std::string n = info.param.file.substr(0, info.param.file.find('.')) +
                                           "_" + info.param.name;
                           for (char& ch : n) {
                             if (!isalnum(static_cast<unsigned char>(ch))) ch = '_';
                           }
                           return n;
                         });

TEST(ConformanceSuite, HasEnoughCases) { EXPECT_GE(LoadCases().size(), 400u); }

}  // namespace
}  // namespace kiln::tmpl
