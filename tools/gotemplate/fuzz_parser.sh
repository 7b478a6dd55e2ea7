#!/bin/sh
# Builds the template fuzzer (src/template/parse_fuzzer.cc) with clang's libFuzzer and
# AddressSanitizer/UndefinedBehaviorSanitizer, then runs it.
#
#   tools/gotemplate/fuzz_parser.sh [seconds]   (default 600)
#
# The corpus starts from the conformance suite's templates. Needs clang (Debian: clang).
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:-600}
work=${FUZZ_WORK:-$root/build-fuzz}
mkdir -p "$work/corpus"
sources="$root/src/template/parse_fuzzer.cc"
for f in ast builtins escape_funcs escaper exec html_transition lexer parser template_set; do
  sources="$sources $root/src/template/$f.cc"
done
for f in value go_format time_format utf8 time_parse; do
  sources="$sources $root/src/value/$f.cc"
done
for f in status strings source_text; do
  sources="$sources $root/src/base/$f.cc"
done
clang++ -std=c++20 -O1 -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
  -I"$root/src" $sources -o "$work/parse_fuzzer"
# Seed the corpus with every template of the conformance suite.
awk -v dir="$work/corpus" '
  /^-- .*\.tmpl --$/ { if (out) close(out); n++; out = dir "/seed" n; next }
  /^-- .* --$/ { if (out) close(out); out = ""; next }
  out { print > out }
' "$root"/testdata/templates/*.txtar
"$work/parse_fuzzer" -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
  -artifact_prefix="$work/" \
  "$work/corpus"
