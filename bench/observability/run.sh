#!/usr/bin/env bash
# Observability benchmark: a hello-world Javalin and the observability service, each started with the
# same JVM options in its own process, driven by LoadBench.java (a third JVM) on this machine.
# Prints max throughput (collect single and batch of 100 vs hello world), open-loop latency at half
# the maximum, the memory per stored sample, the time of queries reading 1M samples, and the start-up
# time of the store with 1M samples from the write-ahead log alone vs from a checkpoint
# (`java -cp <jar> bench/observability/LoadBench.java restart` runs only that part).
# `run.sh remote-write` instead compares samples/s through Prometheus remote write (POST /v1/metrics/write)
# with JSON batches of the same samples (POST /v1/metrics/collect), in one run (RemoteWriteBench.java).
# Usage: bench/observability/run.sh [SECONDS per measurement, default 10] | remote-write
set -euo pipefail
cd "$(dirname "$0")/../.."
mode=load
if [[ "${1:-}" == remote-write ]]; then mode=remote-write; shift; fi
seconds="${1:-10}"
jar=services/observability/target/enis-observability.jar
if [[ ! -f "$jar" ]]; then
  mvn -B -q -pl services/observability -am package -DskipTests
fi
JVM_OPTS=(-Xms1g -Xmx1g -XX:+UseG1GC)
work="$(mktemp -d)"
key="bench-admin-key-0123456789abcdefghijklmnopqrstuvwxyz"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

servers=(service)
if [[ $mode == load ]]; then
  java "${JVM_OPTS[@]}" -cp "$jar" bench/observability/HelloServer.java 18090 >"$work/hello.log" 2>&1 &
  pids+=($!)
  servers=(hello service)
fi
PORT=18091 HOST=127.0.0.1 DATA_DIR="$work/data" ENIS_ADMIN_API_KEY="$key" LOG_LEVEL=WARN \
  WAL_SYNC="${WAL_SYNC:-ALWAYS}" RATE_LIMIT_PER_MINUTE=10000000 METRICS_RETENTION=3d MAX_SERIES_PER_TENANT=1000000 \
  java "${JVM_OPTS[@]}" -jar "$jar" >"$work/service.log" 2>&1 &
pids+=($!)
for name in "${servers[@]}"; do
  port=$([[ $name == hello ]] && echo 18090 || echo 18091)
  for i in $(seq 1 60); do
    curl -fsS -o /dev/null "http://127.0.0.1:$port/health/ready" 2>/dev/null && break
    if (( i == 60 )); then echo "bench: the $name server did not start:" >&2; cat "$work/$name.log" >&2; exit 1; fi
    sleep 0.5
  done
done
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -n 1); server JVM options: ${JVM_OPTS[*]}; WAL_SYNC=${WAL_SYNC:-ALWAYS}"
if [[ $mode == remote-write ]]; then
  java -Xmx1g -cp "$jar" bench/observability/RemoteWriteBench.java http://127.0.0.1:18091 "$key"
else
  java -Xmx1g -cp "$jar" bench/observability/LoadBench.java http://127.0.0.1:18090 http://127.0.0.1:18091 "$key" "$seconds"
fi
