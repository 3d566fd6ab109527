#!/usr/bin/env bash
# Scorecard benchmark: a hello-world Javalin (HelloServer.java) and the scorecard service (embedded H2
# store), each in its own JVM with the same options, driven by ScorecardBench.java (a third JVM):
# a dashboard of 20 KPIs x 365 daily values, GET as JSON (also gzipped, and each after a one-value correction) and as HTML — latency p50/p90/p99/max over
# COUNT sequential requests (and the server's CPU ms per request), and req/s of 4 closed-loop clients for
# SECONDS each, against hello world.
# JFR=1 records the service with Java Flight Recorder to JFR_FILE (default /tmp/scorecard-bench.jfr).
# Servers listen on PORT_BASE (18190) and PORT_BASE+1.
# JAR=path runs another build of the service (e.g. a copy of the jar before a change).
# STARTUP_SECONDS (90) is how long each server may take to answer /health/ready (a loaded machine is slow).
# Usage: [JAR=…] [JFR=1] [PORT_BASE=18190] bench/scorecard/run.sh [SECONDS, default 10] [COUNT, default 500]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-10}"
count="${2:-500}"
jar="${JAR:-services/scorecard/target/enis-scorecard.jar}"
if [[ ! -f "$jar" ]]; then
  mvn -B -q -pl services/kit,services/scorecard -am package -DskipTests
fi
JVM_OPTS=(-Xms512m -Xmx512m -XX:+UseG1GC)
base="${PORT_BASE:-18190}"
hello_port=$base service_port=$((base + 1))
work="$(mktemp -d)"
key="bench-admin-key-0123456789abcdefghijklmnopqrstuvwxyz"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
for port in $hello_port $service_port; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "bench: port $port is taken (someone else's bench?); choose another PORT_BASE" >&2; exit 1
  fi
done
java "${JVM_OPTS[@]}" -cp "$jar" bench/scorecard/HelloServer.java "$hello_port" >"$work/hello.log" 2>&1 &
pids+=($!)
jfr=()
if [[ "${JFR:-0}" == 1 ]]; then jfr=(-XX:StartFlightRecording=filename=${JFR_FILE:-/tmp/scorecard-bench.jfr},settings=profile); fi
PORT=$service_port HOST=127.0.0.1 DATA_DIR="$work/data" ENIS_ADMIN_API_KEY="$key" LOG_LEVEL=WARN RATE_LIMIT_PER_MINUTE=10000000 \
  java "${JVM_OPTS[@]}" "${jfr[@]}" -jar "$jar" >"$work/service.log" 2>&1 &
pids+=($!)
for server in hello:$hello_port service:$service_port; do
  IFS=: read -r name port <<<"$server"
  tries=$((2 * ${STARTUP_SECONDS:-90}))
  for i in $(seq 1 "$tries"); do
    curl -fsS -o /dev/null "http://127.0.0.1:$port/health/ready" 2>/dev/null && break
    if (( i == tries )); then echo "bench: the $name server did not start:" >&2; cat "$work/$name.log" >&2; exit 1; fi
    sleep 0.5
  done
done
echo "$(date -u +%FT%TZ); machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -n 1); server JVM options: ${JVM_OPTS[*]}"
java -Xmx256m -cp "$jar" bench/scorecard/ScorecardBench.java "http://127.0.0.1:$hello_port" "http://127.0.0.1:$service_port" "$key" "$seconds" "$count" "${pids[0]}" "${pids[1]}"
