#!/bin/sh
# Highlighting throughput, kiln next to Chroma 2.5.0, on the same generated corpus.
# Usage: bench/highlight/run.sh BUILD_DIR   (a configured kiln build directory)
# Needs: google benchmark (libbenchmark-dev), golang-go and golang-github-alecthomas-chroma-v2-dev.
set -eu
build=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
out=$(cd "$build" && pwd)/bench-highlight
mkdir -p "$out"
python3 "$root/bench/highlight/make_corpus.py" "$out/corpus.txt"
cmake --build "$build" --target kiln_highlight >/dev/null
g++ -std=c++20 -O2 -DNDEBUG -I"$root/src" "$root/bench/highlight/highlight_bench.cc" \
  "$build/src/highlight/libkiln_highlight.a" "$build/src/base/libkiln_base.a" \
  -lbenchmark -lpcre2-8 -lpugixml -lpthread -o "$out/highlight_bench"
(cd "$root/tools/highlight/chroma_bench" &&
  GO111MODULE=off GOPATH=/usr/share/gocode GOCACHE="$out/gocache" go build -o "$out/chroma_bench" .)
"$out/highlight_bench" "$out/corpus.txt"
"$out/chroma_bench" "$out/corpus.txt" 3
