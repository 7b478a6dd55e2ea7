#!/usr/bin/env bash
# Deploy benchmark: a generated 10,000-file site deployed to a local S3-compatible server
# (@20minutes/s3rver) by kiln and by Debian's `aws s3 sync`, in the same run, to separate
# buckets of the same server: a first deploy, then REPS times a no-change deploy and a deploy
# after one file changed. kiln runs three ways: as a user runs it (it lists the bucket, page
# after page against a server on this machine), listing key ranges at once as it does against
# S3 (--listWorkers=10), and reading its manifest instead of listing (--trustManifest).
# Wall-clock seconds of each run, and below them the CPU seconds the tool and s3rver spent.
#   bench/deploy/run.sh [BUILD_DIR] [FILES] [DATA_PARENT]
# BUILD_DIR holds a build of the deploy library (default build); the driver is compiled into it.
# DATA_PARENT is where s3rver keeps the buckets (default: a new directory under TMPDIR or /tmp);
# the script prints its file system type, e.g. ext4 or tmpfs (/dev/shm).
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
files=${2:-10000}
reps=${REPS:-3}
source tools/deploy/lib.sh
driver=$(build_driver "$build")
tmp=$(mktemp -d)
data=$(mktemp -d "${3:-${TMPDIR:-/tmp}}/kiln-bench-s3rver.XXXXXX")
trap 'kill "$s3rver_pid" 2>/dev/null || true; wait "$s3rver_pid" 2>/dev/null || true
      rm -rf "$tmp" "$data"' EXIT
start_s3rver "$data/buckets" kiln ranges trust awscli
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
url() { echo "s3://$1?region=us-east-1&s3ForcePathStyle=true&endpoint=$endpoint"; }
kiln() { "$driver" "$tmp/public" "$(url kiln)" 10 > /dev/null; }
ranges() { "$driver" "$tmp/public" "$(url ranges)" 10 --listWorkers=10 > /dev/null; }
trust() { "$driver" "$tmp/public" "$(url trust)" 10 --trustManifest > /dev/null; }
awscli() { /usr/bin/aws --endpoint-url "$endpoint" s3 sync --delete --only-show-errors "$tmp/public" s3://awscli; }
# The server's CPU seconds so far (user + system, all its threads).
server_cpu() { awk '{print ($14 + $15) / 100}' "/proc/$s3rver_pid/stat"; }
# "WALL CLIENT_CPU SERVER_CPU" seconds of one deploy (CPU: user + system, all threads). A
# failed deploy stops the benchmark with its error.
seconds() {
  local cpu=$(server_cpu) TIMEFORMAT="%R %U %S" times
  times=$( { time "$@" 2> "$tmp/err"; } 2>&1 ) || { cat "$tmp/err" >&2; return 1; }
  read -r wall user sys <<< "$times"
  echo "$wall $(echo "$user + $sys" | bc) $(echo "$(server_cpu) - $cpu" | bc)"
}
tools=(kiln ranges trust awscli)
row() {  # row NAME: one deploy by each tool: wall times, aws/kiln ratios, then CPU seconds
  local -a t cpu
  for tool in "${tools[@]}"; do
    read -r wall client server <<< "$(seconds "$tool" || echo failed)"
    [[ $wall != failed ]] || { echo "$tool deploy failed" >&2; exit 1; }
    t+=("$wall") cpu+=("$(printf "%.2f+%.2f" "$client" "$server")")
  done
  printf "%-14s %8.2fs %8.2fs %8.2fs %8.2fs %7.1fx %7.1fx %7.1fx\n" "$1" "${t[@]}" \
    "$(echo "${t[3]} / ${t[0]}" | bc -l)" "$(echo "${t[3]} / ${t[1]}" | bc -l)" \
    "$(echo "${t[3]} / ${t[2]}" | bc -l)"
  printf "%-14s %9s %9s %9s %9s\n" "  CPU" "${cpu[@]}"
}

echo "$(find "$tmp/public" -type f | wc -l) files; s3rver data on $(stat -f -c %T "$data")" \
  "($data); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "kiln: as run by users; kiln -lw10: --listWorkers=10; kiln -tm: --trustManifest"
echo "CPU: seconds of the tool's process + seconds of s3rver serving it"
printf "%-14s %9s %9s %9s %9s %8s %8s %8s\n" "deploy" "kiln" "kiln -lw10" "kiln -tm" \
  "aws sync" "aws/kiln" "aws/lw10" "aws/tm"
row "first"
for i in $(seq "$reps"); do
  row "no change"
  echo "<p>changed $i</p>" >> "$tmp/public/section00/page00000/index.html"
  row "one change"
done
echo "load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
