#!/bin/sh
# Builds the lexer fuzzer with clang's libFuzzer and AddressSanitizer (needs Debian's clang).
# Usage: tools/highlight/build_fuzzer.sh BUILD_DIR
#   BUILD_DIR: a configured kiln build directory (for the generated chroma_data.cc).
# Then run, e.g. for ten minutes: BUILD_DIR/lexer_fuzzer -max_total_time=600 -max_len=4096
set -eu
build=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
srcs=$(ls "$root"/src/highlight/*.cc | grep -v _test.cc)
base=$(ls "$root"/src/base/*.cc | grep -v _test.cc)
clang++ -std=c++20 -O1 -g -fsanitize=fuzzer,address,undefined -I"$root/src" \
  "$root/tools/highlight/lexer_fuzzer.cc" $srcs $base "$build/src/highlight/chroma_data.cc" \
  -lpcre2-8 -lpugixml -o "$build/lexer_fuzzer"
