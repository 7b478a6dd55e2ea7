#!/usr/bin/env bash
# Regenerates testdata/deploy/cloudfront/*.jsonl: real CreateInvalidation requests sent by
# Debian's awscli (/usr/bin/aws) to a local recorder, with the documentation example keys.
# kiln's CloudFront test signs the same request and must produce the same Authorization.
#   tools/deploy/capture-cloudfront-golden.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
out=testdata/deploy/cloudfront
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$tmp"' EXIT
node tools/deploy/cloudfront-recorder.js "$tmp/requests.jsonl" > "$tmp/port" &
pid=$!
for _ in $(seq 50); do grep -q listening "$tmp/port" && break; sleep 0.1; done
port=$(grep -oE '[0-9]+$' "$tmp/port")
export AWS_ACCESS_KEY_ID=AKIDEXAMPLE AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY
export AWS_DEFAULT_REGION=us-east-1
unset AWS_SESSION_TOKEN AWS_PROFILE
capture() {  # name, then paths
  local name=$1; shift
  : > "$tmp/requests.jsonl"
  /usr/bin/aws --endpoint-url "http://127.0.0.1:$port" cloudfront create-invalidation \
    --distribution-id EDFDVBD6EXAMPLE --invalidation-batch \
    "$(python3 -c 'import json,sys; print(json.dumps({"Paths":{"Quantity":len(sys.argv[2:]),"Items":sys.argv[2:]},"CallerReference":sys.argv[1]}))' "kiln-golden-$name" "$@")" > /dev/null
  # Keep what the signature covers; drop the user agent, which names the capturing machine.
  python3 -c 'import json,sys
for line in open(sys.argv[1]):
    r = json.loads(line); r["headers"].pop("user-agent", None); print(json.dumps(r))' \
    "$tmp/requests.jsonl" > "$out/$name.jsonl"
}
capture two-paths /index.html '/blog/*'
capture encoded-paths / '/a%20b.html' '/%C3%BC.html' '/posts/*'
echo "wrote $out"
