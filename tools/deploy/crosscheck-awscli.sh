#!/usr/bin/env bash
# Cross-checks a kiln deploy with a second client: deploys a small site to a local s3rver with
# kiln, then reads the bucket back with Debian's awscli (/usr/bin/aws) and compares keys,
# Cache-Control, Content-Type, Content-Encoding and the md5chksum metadata with what kiln
# meant to write. Prints "crosscheck: OK" or the differences.
#   tools/deploy/crosscheck-awscli.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
source tools/deploy/lib.sh
driver=$(build_driver "$build")
tmp=$(mktemp -d)
trap 'kill "$s3rver_pid" 2>/dev/null || true; wait "$s3rver_pid" 2>/dev/null || true; rm -rf "$tmp"' EXIT
start_s3rver "$tmp/data" site
endpoint=$s3rver_endpoint

mkdir -p "$tmp/public/css" "$tmp/public/posts/a b"
echo '<link rel=stylesheet href=/css/main.0123abcd.css><p>home</p>' > "$tmp/public/index.html"
echo '<p>a b</p>' > "$tmp/public/posts/a b/index.html"
echo 'body{}' > "$tmp/public/css/main.0123abcd.css"
echo '<rss/>' > "$tmp/public/index.xml"
echo 'not found' > "$tmp/public/404.html"

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
