#!/bin/sh
# Runs the list-page benchmark in kiln and in Go's html/template on the same template and
# data, checks that both produce the same bytes, and prints both timings.
#
#   bench/template/compare.sh [build-dir]   (default: build)
#
# kiln's figure is the CPU time per execution from Google Benchmark; Go's line gives wall
# and process CPU time (garbage collection included). On a busy machine compare CPU times.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
g++ -std=c++20 -O2 -DNDEBUG -I"$root/src" "$root/bench/template/template_bench.cc" \
  "$build/src/template/libkiln_template.a" "$build/src/value/libkiln_value.a" \
  "$build/src/base/libkiln_base.a" -lbenchmark -lpthread -o "$out/template_bench"
(cd "$root/bench/template/go" && go build -o "$out/gobench" .)
cd "$root"
"$out/template_bench" --print > "$out/kiln.html"
"$out/gobench" bench/template/list.html -print > "$out/go.html"
cmp "$out/kiln.html" "$out/go.html" && echo "outputs identical ($(wc -c < "$out/go.html") bytes)"
"$out/template_bench" --benchmark_min_time=2
"$out/gobench" bench/template/list.html
