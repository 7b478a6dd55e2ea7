#!/usr/bin/env bash
# Derives the order in which hugo picks layouts, for testdata/sites_hugo/layout_order.txt.
#
# For each case (one output file of a small site) the site gets a large set of candidate
# layout files, each printing its own name. hugo is run, the winner is recorded and
# deleted, and hugo runs again until the output is no longer one of our files. The
# recorded sequence is hugo's precedence order among the candidates.
#
# Output, per case: "case NAME DESCRIPTOR", the lines "types", "names" and "files" whose
# product (type/name.file) is the set of candidate files, then hugo's order, then a blank.
#
# Usage: tools/hugo/layout_order.sh > testdata/sites_hugo/layout_order.txt
set -euo pipefail

HUGO=${HUGO:-hugo}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

types=(posts sub page mytype section taxonomy term tags tag _default "" categories)
names=(single list index home section taxonomy term terms tags tag tags.terms tag.terms posts
       sub custom 404 robots sitemap rss page mytype)

make_site() {
  local site=$1
  rm -rf "$site"
  mkdir -p "$site/content/posts/sub" "$site/layouts"
  cat > "$site/config.toml" <<'CFG'
baseURL = "http://example.org/"
title = "Order"
enableRobotsTXT = true
disableKinds = []
CFG
  printf -- '---\ntitle: P1\ntags: [go]\n---\nbody\n' > "$site/content/posts/p1.md"
  printf -- '---\ntitle: Sub\n---\n' > "$site/content/posts/sub/_index.md"
  printf -- '---\ntitle: P2\n---\nbody\n' > "$site/content/posts/sub/p2.md"
  printf -- '---\ntitle: About\n---\nbody\n' > "$site/content/about.md"
  printf -- '---\ntitle: Custom\ntype: mytype\nlayout: custom\n---\nbody\n' \
    > "$site/content/custom.md"
}

# make_layouts SITE VARIATION... : every type × name × variation, each printing its path.
make_layouts() {
  local site=$1; shift
  local t n v f
  for t in "${types[@]}"; do
    for n in "${names[@]}"; do
      for v in "$@"; do
        f="$n.$v"
        [[ -n $t ]] && f="$t/$f"
        mkdir -p "$site/layouts/$(dirname "$f")"
        printf '%s' "$f" > "$site/layouts/$f"
      done
    done
  done
}

# run_case NAME DESCRIPTOR OUTPUT VARIATION... : prints the case header and hugo's order.
run_case() {
  local name=$1 descriptor=$2 output=$3; shift 3
  local site=$work/site
  make_site "$site"
  make_layouts "$site" "$@"
  if [[ -n ${overlay:-} ]]; then
    # The page's layout only defines "main", so hugo renders it through a baseof.
    mkdir -p "$site/layouts/$(dirname "$overlay")"
    printf '{{ define "main" }}{{ end }}' > "$site/layouts/$overlay"
  fi
  echo "case $name $descriptor"
  # The candidate files, so a reader can rebuild the set: "." stands for the layouts root.
  local t types_line=()
  for t in "${types[@]}"; do types_line+=("${t:-.}"); done
  echo "types ${types_line[*]}"
  echo "names ${names[*]}"
  echo "files $*"
  local i got
  for ((i = 0; i < 400; i++)); do
    rm -rf "$work/out"
    "$HUGO" --quiet -s "$site" -d "$work/out" >/dev/null 2>&1 || true
    [[ -f $work/out/$output ]] || break
    got=$(cat "$work/out/$output")
    [[ -f $site/layouts/$got ]] || break
    echo "$got"
    rm "$site/layouts/$got"
  done
  echo
}

html=(en.html.html html.html en.html html)
rss=(en.rss.xml rss.xml en.xml xml)
run_case page "kind=page type=posts format=HTML" posts/p1/index.html "${html[@]}"
run_case page-nested "kind=page type=posts format=HTML" posts/sub/p2/index.html "${html[@]}"
run_case page-top "kind=page type=page format=HTML" about/index.html "${html[@]}"
run_case page-type-layout "kind=page type=mytype layout=custom format=HTML" \
  custom/index.html "${html[@]}"
run_case home "kind=home type=page format=HTML" index.html "${html[@]}"
run_case home-rss "kind=home type=page format=RSS" index.xml "${rss[@]}"
run_case section "kind=section type=posts section=posts format=HTML" \
  posts/index.html "${html[@]}"
run_case section-nested "kind=section type=posts section=posts format=HTML" \
  posts/sub/index.html "${html[@]}"
run_case section-rss "kind=section type=posts section=posts format=RSS" \
  posts/index.xml "${rss[@]}"
run_case taxonomy "kind=taxonomy type=tags section=tag format=HTML" \
  tags/index.html "${html[@]}"
run_case taxonomy-rss "kind=taxonomy type=tags section=tag format=RSS" \
  tags/index.xml "${rss[@]}"
run_case term "kind=term type=tags section=tag format=HTML" tags/go/index.html "${html[@]}"
run_case term-rss "kind=term type=tags section=tag format=RSS" tags/go/index.xml "${rss[@]}"
run_case 404 "kind=404 format=HTML" 404.html "${html[@]}"
run_case robots "kind=robotsTXT format=ROBOTS" robots.txt en.robots.txt robots.txt en.txt txt
run_case sitemap "kind=sitemap format=Sitemap" sitemap.xml en.sitemap.xml sitemap.xml en.xml xml

# baseof: the layout found is an overlay; the base is looked up with the same descriptor.
names=(single-baseof list-baseof index-baseof home-baseof section-baseof posts-baseof
       taxonomy-baseof term-baseof terms-baseof tag-baseof tag.terms-baseof baseof)
overlay=posts/single.html run_case page-baseof "kind=page type=posts format=HTML baseof" \
  posts/p1/index.html "${html[@]}"
overlay=_default/list.html run_case section-baseof \
  "kind=section type=posts section=posts format=HTML baseof" posts/index.html "${html[@]}"
overlay=_default/list.html run_case term-baseof \
  "kind=term type=tags section=tag format=HTML baseof" tags/go/index.html "${html[@]}"
