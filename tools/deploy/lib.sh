# Shared by the deploy scripts (source it from the repository root).

# build_driver BUILD_DIR: compiles bench/deploy/deploy_driver.cc against the deploy library
# built in BUILD_DIR and prints the driver's path.
build_driver() {
  local build=$1
  g++ -std=c++20 -O2 -Isrc bench/deploy/deploy_driver.cc -o "$build/bench-deploy-driver" \
    "$build/src/deploy/libkiln_deploy.a" "$build/src/value/libkiln_value.a" \
    "$build/src/base/libkiln_base.a" $(pkg-config --libs libcurl openssl pugixml zlib) -pthread
  echo "$build/bench-deploy-driver"
}

# start_s3rver DATA_DIR BUCKET...: starts the local S3 server on a free port, sets
# s3rver_pid and s3rver_endpoint, and exports the credentials it accepts.
start_s3rver() {
  local data=$1; shift
  [[ -d node_modules/@20minutes/s3rver ]] || { echo "run npm ci first" >&2; return 1; }
  local buckets=()
  for b in "$@"; do buckets+=(--configure-bucket "$b"); done
  NODE_OPTIONS=--openssl-legacy-provider node tools/deploy/start-s3rver.js -d "$data" \
    -a 127.0.0.1 -p 0 --silent "${buckets[@]}" > "$data.log" &
  s3rver_pid=$!
  for _ in $(seq 100); do grep -q listening "$data.log" 2>/dev/null && break; sleep 0.1; done
  s3rver_endpoint="http://127.0.0.1:$(grep -oE '[0-9]+$' "$data.log")"
  export AWS_ACCESS_KEY_ID=S3RVER AWS_SECRET_ACCESS_KEY=S3RVER AWS_DEFAULT_REGION=us-east-1
  unset AWS_PROFILE AWS_SESSION_TOKEN
}
