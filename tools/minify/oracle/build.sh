#!/bin/sh
# Builds the minify oracle into $1 from Debian's golang-github-tdewolff-minify-dev. Debian installs
# the /v2 modules without their /v2 directory, so a private GOPATH maps them.
set -eu
out=$(realpath -m "$1")
gopath=$(mktemp -d)
trap 'rm -rf "$gopath"' EXIT
for m in minify parse; do
  mkdir -p "$gopath/src/github.com/tdewolff/$m"
  ln -s "/usr/share/gocode/src/github.com/tdewolff/$m" "$gopath/src/github.com/tdewolff/$m/v2"
done
cd "$(dirname "$0")"
GO111MODULE=off GOPATH="$gopath:/usr/share/gocode" go build -o "$out" .
