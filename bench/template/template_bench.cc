// Executes a realistic list page (bench/template/list.html: a range over 1,000 items with
// conditionals, printf, a nested template and contextual HTML escaping) and reports the
// time and the heap allocations per execution. bench/template/go runs the same template on
// the same data with Go's html/template; bench/template/compare.sh runs both.
#include <benchmark/benchmark.h>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <new>
#include <sstream>
#include <string_view>

#include "template/template_set.h"

namespace {

std::atomic<int64_t> g_allocations{0};

}  // namespace

void* operator new(size_t n) {
  g_allocations.fetch_add(1, std::memory_order_relaxed);
  if (void* p = std::malloc(n == 0 ? 1 : n)) return p;
  throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, size_t) noexcept { std::free(p); }

namespace kiln::tmpl {
namespace {

// The same data bench/template/go/main.go builds.
Value MakeData() {
  ValueList items;
  for (int i = 0; i < 1000; ++i) {
    ValueList tags;
    for (int t = 0; t < i % 4; ++t) tags.push_back(Value::String("tag" + std::to_string(t)));
    items.push_back(Value::Map({
        {"title", Value::String("Item " + std::to_string(i) + " <new> & improved")},
        {"url", Value::String("/items/" + std::to_string(i) + "/?ref=list&x=\"1\"")},
        {"price", Value::Float(i * 1.25 + 0.5)},
        {"stock", Value::Int(i % 5)},
        {"featured", Value::Bool(i % 7 == 0)},
        {"tags", Value::List(std::move(tags))},
        {"summary", Value::String("Summary of item " + std::to_string(i) +
                                  ": it's \"great\" for <everyone>.")},
    }));
  }
  return Value::Map({{"site", Value::String("Bench Shop")},
                     {"title", Value::String("All items")},
                     {"items", Value::List(std::move(items))}});
}

std::string ReadFile(const char* path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Executes template `name` on `data` once per iteration; reports the heap allocations per
// execution and the output size.
void ExecuteEachIteration(benchmark::State& state, const TemplateSet& set, std::string_view name,
                          const Value& data) {
  std::string out;
  int64_t allocations = 0, runs = 0;
  for (auto _ : state) {
    out.clear();
    int64_t before = g_allocations.load(std::memory_order_relaxed);
    Status s = set.Execute(name, data, &out);
    allocations += g_allocations.load(std::memory_order_relaxed) - before;
    ++runs;
    if (!s.ok()) state.SkipWithError(s.message().c_str());
    benchmark::DoNotOptimize(out.data());
  }
  state.counters["allocs_per_exec"] = static_cast<double>(allocations) / std::max<int64_t>(runs, 1);
  state.counters["output_bytes"] = static_cast<double>(out.size());
}

void BM_ListPage(benchmark::State& state) {
  static const FuncMap funcs = NewBuiltinFuncMap();
  const char* path = std::getenv("KILN_BENCH_TEMPLATE");
  std::string text = ReadFile(path ? path : "bench/template/list.html");
  TemplateSet set(&funcs);
  if (!set.Parse("list", text).ok() || !set.EscapeHTML("list").ok()) {
    state.SkipWithError("cannot parse bench/template/list.html (run from the repository root)");
    return;
  }
  Value data = MakeData();
  ExecuteEachIteration(state, set, "list", data);
}
BENCHMARK(BM_ListPage)->Unit(benchmark::kMicrosecond);

// Field access on Hugo params maps (page params), where a template probes keys a page may
// not set: each miss is a second map search, and a lower-case copy of the key when the key
// has upper-case bytes. Half the probes below are misses, one lower-case and one mixed-case.
void BM_ParamsMiss(benchmark::State& state) {
  static const FuncMap funcs = NewBuiltinFuncMap();
  TemplateSet set(&funcs);
  if (!set.Parse("params",
                 "{{range .}}{{.title}}{{with .subtitle}}{{.}}{{end}}{{.Weight}}"
                 "{{with .ShowToc}}{{.}}{{end}}{{end}}")
           .ok()) {
    state.SkipWithError("cannot parse the params template");
    return;
  }
  ValueList pages;
  for (int i = 0; i < 1000; ++i) {
    pages.push_back(Value::Params(
        {{"title", Value::String("Page " + std::to_string(i))}, {"weight", Value::Int(i)}}));
  }
  Value data = Value::List(std::move(pages));
  ExecuteEachIteration(state, set, "params", data);
}
BENCHMARK(BM_ParamsMiss)->Unit(benchmark::kMicrosecond);

// Writes one execution's output to stdout, to compare with Go's (`gobench list.html -print`).
int PrintOnce() {
  static const FuncMap funcs = NewBuiltinFuncMap();
  const char* path = std::getenv("KILN_BENCH_TEMPLATE");
  TemplateSet set(&funcs);
  std::string out;
  Status s = set.Parse("list", ReadFile(path ? path : "bench/template/list.html"));
  if (s.ok()) s = set.EscapeHTML("list");
  if (s.ok()) s = set.Execute("list", MakeData(), &out);
  if (!s.ok()) {
    std::fprintf(stderr, "%s\n", s.ToString().c_str());
    return 1;
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}

}  // namespace
}  // namespace kiln::tmpl

int main(int argc, char** argv) {
  if (argc > 1 && std::string_view(argv[1]) == "--print") return kiln::tmpl::PrintOnce();
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
