#!/bin/sh
# Renders the Markdown bodies of a generated 10,000-page site with kiln and with goldmark 1.5.4
# (Hugo's settings), single-threaded, and prints both throughputs in MB per CPU second.
#
#   bench/markdown/compare.sh [BUILD_DIR]      (default build/)
#
# The bodies come from bench/sitegen/sitegen.py when it exists (front matter stripped), else
# from bench/markdown/gen_bodies.py. Needs a built markdown_bench, Go and Debian's goldmark.
set -eu
cd "$(dirname "$0")/../.."
build=${1:-build}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/bodies"
if [ -f bench/sitegen/sitegen.py ]; then
  python3 bench/sitegen/sitegen.py "$work/site" --pages 10000 > /dev/null
  # Keep what follows the front matter of each content page.
  find "$work/site/content" -name '*.md' ! -name '_index.md' | sort | while read -r f; do
    awk 'NR == 1 && /^(---|\+\+\+)$/ { fm = $0; next } fm != "" && $0 == fm { fm = ""; next }
         fm == "" { print }' "$f" > "$work/bodies/$(echo "$f" | md5sum | cut -c1-16).md"
  done
else
  python3 bench/markdown/gen_bodies.py "$work/bodies" 10000
fi
(cd tools/markdown/goldmark_oracle &&
  GO111MODULE=off GOPATH=/usr/share/gocode go build -o "$work/goldmark_oracle" .)
echo "bodies: $(ls "$work/bodies" | wc -l) files, $(cat "$work"/bodies/*.md | wc -c) bytes"
"$build/bench/markdown/markdown_bench" "$work/bodies"
"$work/goldmark_oracle" bench "$work"/bodies/*.md
