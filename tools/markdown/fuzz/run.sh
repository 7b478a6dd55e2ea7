#!/bin/sh
# Builds the Markdown fuzz target with clang's libFuzzer, ASan and UBSan, seeds it with the
# corpus inputs and the CommonMark examples, and runs it.
#
#   tools/markdown/fuzz/run.sh [SECONDS]          (default 600)
#
# Needs clang (Debian's clang package). Crashes are written to the work directory it prints.
set -eu
cd "$(dirname "$0")/../../.."
seconds=${1:-600}
work=${KILN_FUZZ_DIR:-$(mktemp -d)}
mkdir -p "$work/seeds" "$work/corpus"
# Every source of the markdown module but its tests, and what it uses of base.
sources="$(ls src/markdown/*.cc | grep -v '_test\.cc$') src/base/html_context.cc src/base/status.cc src/base/strings.cc src/base/strip_tags.cc src/base/utf8.cc"
# shellcheck disable=SC2086
clang++ -std=c++20 -O1 -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
  -Isrc -o "$work/markdown_fuzzer" tools/markdown/fuzz/markdown_fuzzer.cc $sources \
  -lmd4c -lmd4c-html
# Seeds: each corpus input and spec example, behind two option bytes turning everything on.
python3 - "$work/seeds" <<'PY'
import glob, re, sys
out = sys.argv[1]
docs = []
for path in sorted(glob.glob("testdata/markdown/corpus/*.txtar")):
    m = re.search(r"^-- input.md --\n(.*?)(?=^-- )", open(path).read(), re.S | re.M)
    docs.append(m.group(1))
spec = open("testdata/markdown/commonmark-spec.txt").read()
fence = "`" * 32
docs += [d.replace("\u2192", "\t") for d in
         re.findall(rf"^{fence} example\n(.*?)^\.\n", spec, re.S | re.M)]
for i, d in enumerate(docs):
    with open(f"{out}/seed{i:04d}", "wb") as f:
        f.write(bytes([0xff, 0x7f if i % 2 else 0xff]) + d.encode())
PY
echo "fuzzing for ${seconds}s in $work"
"$work/markdown_fuzzer" -max_total_time="$seconds" -max_len=8192 -timeout=10 \
  -artifact_prefix="$work/" "$work/corpus" "$work/seeds"
