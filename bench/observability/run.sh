#!/usr/bin/env bash
# Observability benchmark: a hello-world Javalin and the observability service, each started with the
# same JVM options in its own process, driven by LoadBench.java (a third JVM) on this machine.
# Prints max throughput (collect single and batch of 100 vs hello world), open-loop latency at half
# the maximum, the memory per stored sample, the time of queries reading 1M samples, and the start-up
# time of the store with 1M samples from the write-ahead log alone vs from a checkpoint
# (`java -cp <jar> bench/observability/LoadBench.java restart` runs only that part).
# `run.sh remote-write` instead compares samples/s through Prometheus remote write (POST /v1/metrics/write)
# with JSON batches of the same samples (POST /v1/metrics/collect), in one run (RemoteWriteBench.java).
# TRACING=1 also starts the service a second time exporting its request spans (OTEL_EXPORTER_OTLP_ENDPOINT,
# every request sampled, TRACING_PROTOCOL default http/json) to a third instance, the sink, and
# measures collect on it right after each untraced measurement.
# `run.sh backends` compares the metrics backends in one run: collect throughput and queries over 100,000
# samples on the embedded store vs METRICS_BACKEND=remote (a local Prometheus, Debian's package, with its
# remote-write receiver, as the engine; header tenancy) vs the hello world (BackendBench.java).
# The servers listen on PORT_BASE (18090) to PORT_BASE+3; pick another base when someone else on the
# machine runs this bench too (a server that cannot bind its port stops the bench).
# Usage: [WAL_SYNC=INTERVAL] [TRACING=1] [PORT_BASE=18090] bench/observability/run.sh [SECONDS per measurement, default 10] | remote-write | backends [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
mode=load
if [[ "${1:-}" == remote-write ]]; then mode=remote-write; shift; fi
if [[ "${1:-}" == backends ]]; then mode=backends; shift; fi
seconds="${1:-10}"
jar=services/observability/target/enis-observability.jar
if [[ ! -f "$jar" ]]; then
  mvn -B -q -pl services/observability -am package -DskipTests
fi
JVM_OPTS=(-Xms1g -Xmx1g -XX:+UseG1GC)
base="${PORT_BASE:-18090}"
hello_port=$base service_port=$((base + 1)) traced_port=$((base + 2)) sink_port=$((base + 3))
work="$(mktemp -d)"
key="bench-admin-key-0123456789abcdefghijklmnopqrstuvwxyz"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

for port in $hello_port $service_port $traced_port $sink_port; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "bench: port $port is taken (someone else's bench?); choose another PORT_BASE" >&2; exit 1
  fi
done
servers=()
if [[ $mode == load || $mode == backends ]]; then
  java "${JVM_OPTS[@]}" -cp "$jar" bench/observability/HelloServer.java "$hello_port" >"$work/hello.log" 2>&1 &
  pids+=($!)
  servers=("hello:$hello_port")
fi
PORT=$service_port HOST=127.0.0.1 DATA_DIR="$work/data" ENIS_ADMIN_API_KEY="$key" LOG_LEVEL=WARN \
  WAL_SYNC="${WAL_SYNC:-ALWAYS}" RATE_LIMIT_PER_MINUTE=10000000 METRICS_RETENTION=3d MAX_SERIES_PER_TENANT=1000000 \
  java "${JVM_OPTS[@]}" -jar "$jar" >"$work/service.log" 2>&1 &
pids+=($!)
bench_props=(-Dbench.pid.service=$!)
servers+=("service:$service_port")
traced_args=()
if [[ "${TRACING:-0}" == 1 ]]; then
  # the sink takes the spans; the traced service is the service with the same settings plus tracing
  PORT=$sink_port HOST=127.0.0.1 DATA_DIR="$work/sink" ENIS_ADMIN_API_KEY="$key" LOG_LEVEL=WARN RATE_LIMIT_PER_MINUTE=10000000 \
    java "${JVM_OPTS[@]}" -jar "$jar" >"$work/sink.log" 2>&1 &
  pids+=($!)
  bench_props+=(-Dbench.pid.sink=$!)
  PORT=$traced_port HOST=127.0.0.1 DATA_DIR="$work/traced" ENIS_ADMIN_API_KEY="$key" LOG_LEVEL=WARN \
    WAL_SYNC="${WAL_SYNC:-ALWAYS}" RATE_LIMIT_PER_MINUTE=10000000 METRICS_RETENTION=3d MAX_SERIES_PER_TENANT=1000000 \
    OTEL_EXPORTER_OTLP_ENDPOINT=http://127.0.0.1:$sink_port OTEL_EXPORTER_OTLP_PROTOCOL="${TRACING_PROTOCOL:-http/json}" \
    OTEL_EXPORTER_OTLP_HEADERS="Authorization=Bearer%20$key" \
    java "${JVM_OPTS[@]}" -jar "$jar" >"$work/traced.log" 2>&1 &
  pids+=($!)
  bench_props+=(-Dbench.pid.traced=$!)
  servers+=("sink:$sink_port" "traced:$traced_port")
  traced_args=("http://127.0.0.1:$traced_port" "http://127.0.0.1:$sink_port")
fi
if [[ $mode == backends ]]; then
  # the engine on traced_port, the remote-mode service on sink_port (TRACING is not used in this mode)
  mkdir -p "$work/prom" && printf 'global:\n  scrape_interval: 1m\n' >"$work/prom/prometheus.yml"
  prometheus --config.file="$work/prom/prometheus.yml" --storage.tsdb.path="$work/prom/data" \
    --web.listen-address=127.0.0.1:$traced_port --web.enable-remote-write-receiver --log.level=warn >"$work/prometheus.log" 2>&1 &
  pids+=($!)
  for i in $(seq 1 240); do curl -fsS -o /dev/null "http://127.0.0.1:$traced_port/-/ready" 2>/dev/null && break; sleep 0.5; done
  PORT=$sink_port HOST=127.0.0.1 DATA_DIR="$work/remote" ENIS_ADMIN_API_KEY="$key" LOG_LEVEL=WARN \
    RATE_LIMIT_PER_MINUTE=10000000 METRICS_BACKEND=remote METRICS_REMOTE_WRITE_URL=http://127.0.0.1:$traced_port/api/v1/write \
    METRICS_REMOTE_QUERY_URL=http://127.0.0.1:$traced_port java "${JVM_OPTS[@]}" -jar "$jar" >"$work/remote.log" 2>&1 &
  pids+=($!)
  servers+=("remote:$sink_port")
fi
for server in "${servers[@]}"; do
  IFS=: read -r name port <<<"$server"
  for i in $(seq 1 240); do  # up to 2 minutes: on a loaded machine a JVM can take that long to start
    curl -fsS -o /dev/null "http://127.0.0.1:$port/health/ready" 2>/dev/null && break
    if (( i == 240 )); then echo "bench: the $name server did not start:" >&2; cat "$work/$name.log" >&2; exit 1; fi
    sleep 0.5
  done
done
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -n 1); server JVM options: ${JVM_OPTS[*]}; WAL_SYNC=${WAL_SYNC:-ALWAYS}"\
  "; TRACING=${TRACING:-0}$([[ "${TRACING:-0}" == 1 ]] && echo " (${TRACING_PROTOCOL:-http/json})")"
if [[ $mode == backends ]]; then
  echo "engine: $(prometheus --version 2>&1 | head -n 1)"
  java -Xmx1g -cp "$jar" bench/observability/BackendBench.java "http://127.0.0.1:$hello_port" "http://127.0.0.1:$service_port" \
    "http://127.0.0.1:$sink_port" "$key" "$seconds"
elif [[ $mode == remote-write ]]; then
  java -Xmx1g -cp "$jar" bench/observability/RemoteWriteBench.java "http://127.0.0.1:$service_port" "$key"
else
  java -Xmx1g "${bench_props[@]}" -cp "$jar" bench/observability/LoadBench.java "http://127.0.0.1:$hello_port" "http://127.0.0.1:$service_port" "$key" "$seconds" "${traced_args[@]}"
fi
