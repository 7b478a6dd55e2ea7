#!/bin/sh
# Minifier throughput, kiln next to tdewolff/minify 2.12.4 (hugo 0.111.3's), on the same bytes.
# Usage: bench/minify/run.sh BUILD_DIR [TYPE [FILE]]   (a configured kiln build directory;
#   TYPE css (default), html, js, json or xml; FILE defaults to the corpus inputs repeated to
#   2 MB, and is required for html)
# Needs: google benchmark (libbenchmark-dev), golang-go and golang-github-tdewolff-minify-dev.
set -eu
build=$1
type=${2:-css}
root=$(cd "$(dirname "$0")/../.." && pwd)
out=$(cd "$build" && pwd)/bench-minify
mkdir -p "$out"
if [ $# -ge 3 ]; then
  input=$3
else
  input=$out/input.$type
  (cd "$root" && python3 bench/minify/make_input.py "$type" "$input")
fi
cmake --build "$build" --target kiln_minify >/dev/null
g++ -std=c++20 -O2 -DNDEBUG -I"$root/src" "$root/bench/minify/minify_bench.cc" \
  "$build/src/minify/libkiln_minify.a" "$build/src/base/libkiln_base.a" \
  -lbenchmark -lpthread -o "$out/minify_bench"
"$root/tools/minify/oracle/build.sh" "$out/oracle"
"$out/minify_bench" "$type" "$input"
"$out/oracle" "$type" -bench 20 < "$input"
