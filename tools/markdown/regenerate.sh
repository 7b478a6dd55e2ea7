#!/bin/sh
# Regenerates the Markdown module's expected outputs from the reference implementations:
# goldmark 1.5.4 (Debian's golang-github-yuin-goldmark-dev) and hugo 0.111.3 (Debian's hugo).
set -eu
cd "$(dirname "$0")/../.."
bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
(cd tools/markdown/goldmark_oracle &&
  GO111MODULE=off GOPATH=/usr/share/gocode go build -o "$bin/goldmark_oracle" .)
spec=testdata/markdown/commonmark-spec.txt
{
  echo "goldmark 1.5.4 output (CommonMark mode, unsafe, xhtml) for the spec examples where it differs from"
  echo "the CommonMark 0.31.2 expectation. Regenerate with tools/markdown/regenerate.sh."
  "$bin/goldmark_oracle" spec "$spec" | sed 1d
} > testdata/markdown/commonmark-goldmark-differences.txtar
python3 tools/markdown/hugo_oracle.py spec "$spec" testdata/markdown/commonmark-hugo.txtar
python3 tools/markdown/hugo_oracle.py corpus testdata/markdown/corpus/*.txtar
