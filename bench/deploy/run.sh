#!/usr/bin/env bash
# Deploy benchmark: a generated 10,000-file site deployed to a local S3-compatible server
# (@20minutes/s3rver) by kiln and by Debian's `aws s3 sync`, in the same run, to separate
# buckets of the same server: first deploy, no-change deploy, one-change deploy.
#   bench/deploy/run.sh [BUILD_DIR] [FILES]
# BUILD_DIR holds a build of the deploy library (default build); the driver is compiled into it.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
files=${2:-10000}
source tools/deploy/lib.sh
driver=$(build_driver "$build")
tmp=$(mktemp -d)
trap 'kill "$s3rver_pid" 2>/dev/null || true; wait "$s3rver_pid" 2>/dev/null || true; rm -rf "$tmp"' EXIT
start_s3rver "$tmp/data" kiln awscli
endpoint=$s3rver_endpoint

# The site: FILES files in 100 sections, a mix of pages, stylesheets, scripts and images.
python3 - "$tmp/public" "$files" <<'PY'
import os, sys, random
root, n = sys.argv[1], int(sys.argv[2])
random.seed(1)
exts = ["html"] * 6 + ["css", "js", "png", "xml"]
for i in range(n):
    d = os.path.join(root, "section%02d" % (i % 100), "page%05d" % i)
    os.makedirs(d, exist_ok=True)
    ext = exts[i % len(exts)]
    name = "index.html" if ext == "html" else "asset.%s" % ext
    with open(os.path.join(d, name), "wb") as f:
        f.write(os.urandom(random.randint(500, 6000)) if ext == "png" else
                ("<p>page %d</p>\n" % i * random.randint(20, 200)).encode())
PY
kiln() { "$driver" "$tmp/public" "s3://kiln?region=us-east-1&s3ForcePathStyle=true&endpoint=$endpoint" > /dev/null; }
awscli() { /usr/bin/aws --endpoint-url "$endpoint" s3 sync --delete --only-show-errors "$tmp/public" s3://awscli; }
seconds() { local start=$(date +%s.%N); "$@"; echo "$(date +%s.%N) - $start" | bc; }

change="$tmp/public/section00/page00000/index.html"
k_first=$(seconds kiln);  a_first=$(seconds awscli)
k_none=$(seconds kiln);   a_none=$(seconds awscli)
echo "<p>changed</p>" >> "$change"
k_one=$(seconds kiln);    a_one=$(seconds awscli)

count=$(find "$tmp/public" -type f | wc -l)
printf "%-22s %10s %14s %8s\n" "deploy ($count files)" "kiln (s)" "aws s3 sync (s)" "speedup"
for row in "first:$k_first:$a_first" "no change:$k_none:$a_none" "one change:$k_one:$a_one"; do
  IFS=: read -r name k a <<< "$row"
  printf "%-22s %10.2f %14.2f %7.1fx\n" "$name" "$k" "$a" "$(echo "$a / $k" | bc -l)"
done
