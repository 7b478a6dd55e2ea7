#!/usr/bin/env bash
# Derives the order in which hugo picks render hooks, for testdata/sites_hugo/hook_order.txt,
# in the format of tools/hugo/layout_order.sh: every candidate hook file prints its own
# name between @@ markers; hugo runs, the winner is recorded and deleted, until the page
# shows no marker. The page has type "mytype" and lives in section "posts".
#
# Usage: tools/hugo/hook_order.sh > testdata/sites_hugo/hook_order.txt
set -euo pipefail

HUGO=${HUGO:-hugo}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

types=(mytype posts page _default)
names=(render-link render-image render-codeblock render-codeblock-go)
files=(en.html.html html.html en.html html)

# run_case NAME DESCRIPTOR MARKDOWN
run_case() {
  local name=$1 descriptor=$2 markdown=$3
  local site=$work/site t n f
  rm -rf "$site"
  mkdir -p "$site/content/posts" "$site/layouts/_default"
  printf 'baseURL = "http://example.org/"\n' > "$site/config.toml"
  printf -- '---\ntitle: p\ntype: mytype\n---\n%s\n' "$markdown" > "$site/content/posts/p.md"
  echo '{{ .Content }}' > "$site/layouts/_default/single.html"
  echo 'list' > "$site/layouts/_default/list.html"
  for t in "${types[@]}"; do
    for n in "${names[@]}"; do
      for f in "${files[@]}"; do
        mkdir -p "$site/layouts/$t/_markup"
        printf '@@%s@@' "$t/_markup/$n.$f" > "$site/layouts/$t/_markup/$n.$f"
      done
    done
  done
  echo "case $name $descriptor"
  echo "types ${types[*]/%//_markup}"
  echo "names ${names[*]}"
  echo "files ${files[*]}"
  local i got
  for ((i = 0; i < 200; i++)); do
    rm -rf "$work/out"
    "$HUGO" --quiet -s "$site" -d "$work/out" >/dev/null 2>&1 || true
    got=$(sed -n 's/.*@@\(.*\)@@.*/\1/p' "$work/out/posts/p/index.html" | head -1)
    [[ -n $got ]] || break
    echo "$got"
    rm "$site/layouts/$got"
  done
  echo
}

run_case link "kind=render-link type=mytype format=HTML hook" '[a](/x)'
run_case image "kind=render-image type=mytype format=HTML hook" '![a](/x.png)'
run_case codeblock "kind=render-codeblock type=mytype code=go format=HTML hook" \
  $'```go\nx\n```'
