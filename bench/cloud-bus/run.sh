#!/usr/bin/env bash
# cloud-bus benchmark: the service jar on Redis Streams, then on its embedded store, each driven by
# CloudBusBench.java (batches of 100 CloudEvents from 8 threads; one webhook target in the bench JVM).
# Needs redis-server (test/tools/start-redis.sh starts one on 127.0.0.1:63790).
# Usage: bench/cloud-bus/run.sh [SECONDS of publishing, default 10]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-10}"
jar=services/cloud-bus/target/enis-cloud-bus.jar
[[ -f "$jar" ]] || mvn -B -q -pl services/cloud-bus -am package -DskipTests
eval "$(test/tools/start-redis.sh)"
key="bench-admin-key-0123456789abcdefghijklmnopqrstuvwxyz"
work="$(mktemp -d)"
pid=""
cleanup() { [[ -n "$pid" ]] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -n 1), $(redis-server --version | cut -d' ' -f1-3); service JVM: -Xms1g -Xmx1g"
# the Redis store twice: a target delivering in order (concurrency 1, the baseline) and one with 8 in flight
for run in redis:1 redis:8 embedded:1; do
  backend="${run%%:*}"; concurrency="${run##*:}"; name="$backend-c$concurrency"
  redis-cli -u "$ENIS_TEST_REDIS_URL" flushall >/dev/null
  extra=()
  [[ $backend == redis ]] && extra=(REDIS_URL="$ENIS_TEST_REDIS_URL")
  env PORT=18095 HOST=127.0.0.1 DATA_DIR="$work/$name" ENIS_ADMIN_API_KEY="$key" LOG_LEVEL=WARN \
    RATE_LIMIT_PER_MINUTE=10000000 MAX_EVENTS_PER_REQUEST=100 CONSUMER_NAME=bench \
    OUTBOUND_DENIED_NETWORKS=169.254.0.0/16 "${extra[@]}" \
    java -Xms1g -Xmx1g -jar "$jar" >"$work/$name.log" 2>&1 &
  pid=$!
  for i in $(seq 1 60); do
    curl -fsS -o /dev/null http://127.0.0.1:18095/health/ready 2>/dev/null && break
    if (( i == 60 )); then cat "$work/$name.log" >&2; exit 1; fi
    sleep 0.5
  done
  java -Xmx512m -cp "$jar" bench/cloud-bus/CloudBusBench.java http://127.0.0.1:18095 "$key" "$seconds" "$name" "$concurrency"
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
done
