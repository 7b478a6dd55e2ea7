#!/usr/bin/env bash
# Deploy benchmark: a generated 10,000-file site deployed to a local S3-compatible server
# (@20minutes/s3rver) by kiln (listing the bucket as parallel key ranges, the default; page
# after page with --listWorkers=1; and reading its manifest with --trustManifest) and by
# Debian's `aws s3 sync`, in the same run, to separate buckets of the same server: first
# deploy, no-change deploy, one-change deploy. Wall-clock seconds of one run each.
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
start_s3rver "$tmp/data" kiln seq trust awscli
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
kiln_url="s3://kiln?region=us-east-1&s3ForcePathStyle=true&endpoint=$endpoint"
seq_url="s3://seq?region=us-east-1&s3ForcePathStyle=true&endpoint=$endpoint"
trust_url="s3://trust?region=us-east-1&s3ForcePathStyle=true&endpoint=$endpoint"
kiln() { "$driver" "$tmp/public" "$kiln_url" 10 > /dev/null; }
serial() { "$driver" "$tmp/public" "$seq_url" 10 --listWorkers=1 > /dev/null; }
trust() { "$driver" "$tmp/public" "$trust_url" 10 --trustManifest > /dev/null; }
awscli() { /usr/bin/aws --endpoint-url "$endpoint" s3 sync --delete --only-show-errors "$tmp/public" s3://awscli; }
seconds() { local start=$(date +%s.%N); "$@" 2> /dev/null; echo "$(date +%s.%N) - $start" | bc; }

change="$tmp/public/section00/page00000/index.html"
k_first=$(seconds kiln); s_first=$(seconds serial); t_first=$(seconds trust); a_first=$(seconds awscli)
k_none=$(seconds kiln);  s_none=$(seconds serial);  t_none=$(seconds trust);  a_none=$(seconds awscli)
echo "<p>changed</p>" >> "$change"
k_one=$(seconds kiln);   s_one=$(seconds serial);   t_one=$(seconds trust);   a_one=$(seconds awscli)

count=$(find "$tmp/public" -type f | wc -l)
echo "$count files; kiln and kiln -lw1 list the bucket like aws s3 sync (key ranges at once, or"
echo "page after page with --listWorkers=1); kiln -tm reads its manifest instead (--trustManifest)"
printf "%-12s %9s %9s %9s %9s %8s %8s %8s\n" "deploy" "kiln" "kiln -lw1" "kiln -tm" "aws sync" \
  "aws/kiln" "aws/-lw1" "aws/-tm"
for row in "first:$k_first:$s_first:$t_first:$a_first" "no change:$k_none:$s_none:$t_none:$a_none" \
           "one change:$k_one:$s_one:$t_one:$a_one"; do
  IFS=: read -r name k s t a <<< "$row"
  printf "%-12s %8.2fs %8.2fs %8.2fs %8.2fs %7.1fx %7.1fx %7.1fx\n" "$name" "$k" "$s" "$t" "$a" \
    "$(echo "$a / $k" | bc -l)" "$(echo "$a / $s" | bc -l)" "$(echo "$a / $t" | bc -l)"
done
