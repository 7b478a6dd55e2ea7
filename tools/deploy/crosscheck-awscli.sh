#!/usr/bin/env bash
# Cross-checks a kiln deploy with a second client: deploys a small site to a local s3rver with
# kiln, then reads the bucket back with Debian's awscli (/usr/bin/aws) and compares keys,
# Cache-Control, Content-Type, Content-Encoding and the md5chksum metadata with what kiln
# meant to write. Prints "crosscheck: OK" or the differences.
#   tools/deploy/crosscheck-awscli.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
[[ -d node_modules/@20minutes/s3rver ]] || { echo "run npm ci first" >&2; exit 1; }
driver=$build/bench-deploy-driver
g++ -std=c++20 -O2 -Isrc bench/deploy/deploy_driver.cc -o "$driver" \
  "$build/src/deploy/libkiln_deploy.a" "$build/src/value/libkiln_value.a" \
  "$build/src/base/libkiln_base.a" $(pkg-config --libs libcurl openssl pugixml zlib) -pthread

tmp=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$tmp"' EXIT
NODE_OPTIONS=--openssl-legacy-provider node tools/deploy/start-s3rver.js -d "$tmp/data" \
  -a 127.0.0.1 -p 0 --silent --configure-bucket site > "$tmp/server.log" &
server=$!
for _ in $(seq 100); do grep -q listening "$tmp/server.log" 2>/dev/null && break; sleep 0.1; done
endpoint="http://127.0.0.1:$(grep -oE '[0-9]+$' "$tmp/server.log")"

mkdir -p "$tmp/public/css" "$tmp/public/posts/a b"
echo '<link rel=stylesheet href=/css/main.0123abcd.css><p>home</p>' > "$tmp/public/index.html"
echo '<p>a b</p>' > "$tmp/public/posts/a b/index.html"
echo 'body{}' > "$tmp/public/css/main.0123abcd.css"
echo '<rss/>' > "$tmp/public/index.xml"
echo 'not found' > "$tmp/public/404.html"

export AWS_ACCESS_KEY_ID=S3RVER AWS_SECRET_ACCESS_KEY=S3RVER AWS_DEFAULT_REGION=us-east-1
unset AWS_PROFILE AWS_SESSION_TOKEN
"$driver" "$tmp/public" "s3://site?region=us-east-1&s3ForcePathStyle=true&endpoint=$endpoint" > /dev/null

want=$(cat <<'TABLE'
.kiln/manifest.json	no-store	application/json	None
404.html	public, max-age=60	text/html; charset=utf-8	None
css/main.0123abcd.css	public, max-age=31536000, immutable	text/css; charset=utf-8	None
index.html	public, max-age=300	text/html; charset=utf-8	None
index.xml	public, max-age=300	application/xml; charset=utf-8	None
posts/a b/index.html	public, max-age=300	text/html; charset=utf-8	None
TABLE
)
got=$(/usr/bin/aws --endpoint-url "$endpoint" s3api list-objects-v2 --bucket site \
        --query 'Contents[].Key' --output text | tr '\t' '\n' | sort | while IFS= read -r key; do
  /usr/bin/aws --endpoint-url "$endpoint" s3api head-object --bucket site --key "$key" \
    --query '[CacheControl, ContentType, ContentEncoding, Metadata.md5chksum, ETag]' --output text |
  { IFS=$'\t' read -r cc ct ce md5 etag
    [[ "$key" == .kiln/* || "\"$md5\"" == "$etag" ]] || echo "md5chksum $md5 != ETag $etag for $key" >&2
    printf '%s\t%s\t%s\t%s\n' "$key" "$cc" "$ct" "$ce"; }
done)
if [[ "$got" == "$want" ]]; then
  echo "crosscheck: OK"
else
  diff <(echo "$want") <(echo "$got") || true
  exit 1
fi
