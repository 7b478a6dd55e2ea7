#!/usr/bin/env bash
# Captures what hugo's built-in templates produce, for testdata/sites_hugo/embedded/:
# alias pages (with and without languageCode, with a URL needing escapes) and robots.txt.
#
# Usage: tools/hugo/embedded_outputs.sh   (from the repository root)
set -euo pipefail

HUGO=${HUGO:-hugo}
out=testdata/sites_hugo/embedded
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# build CONFIG FRONT_MATTER: a one-page site; the public dir ends up in $work/public.
build() {
  rm -rf "$work/site" "$work/public"
  mkdir -p "$work/site/content/posts" "$work/site/layouts/_default"
  printf '%s\n' "$1" > "$work/site/config.toml"
  printf -- '---\n%s\n---\nbody\n' "$2" > "$work/site/content/posts/first.md"
  echo '{{ .Title }}' > "$work/site/layouts/_default/single.html"
  echo 'list' > "$work/site/layouts/_default/list.html"
  "$HUGO" --quiet -s "$work/site" -d "$work/public"
}

mkdir -p "$out"
build $'baseURL = "http://example.org/sub/"\nlanguageCode = "fr-ca"\nenableRobotsTXT = true' \
  $'title: First\naliases: [/old/path/]'
cp "$work/public/old/path/index.html" "$out/alias-fr-ca.html"
cp "$work/public/robots.txt" "$out/robots.txt"
build 'baseURL = "http://example.org/sub/"' \
  $'title: First\nurl: /a b/ü?x=1&y=2\naliases: [/old/path/]'
cp "$work/public/old/path/index.html" "$out/alias-escaped.html"
