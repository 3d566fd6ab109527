#!/usr/bin/env bash
# Billing benchmark.
#  1. usage ingest: a hello-world Javalin (bench/observability/HelloServer.java), on PostgreSQL the durable
#     floor (bench/billing/DurableHelloServer.java: the hello world plus one committed row per request) and
#     the billing jar, each in its own JVM with the same options, driven by BillingBench.java (another JVM),
#     each warmed up until its rate is steady: POST /v1/billing/usage-tracking (one event per request) max
#     req/s vs hello world (measured before and after) and vs the floor, with the CPU time each server
#     process spent per request (less sensitive to a loaded machine than req/s).
#  2. invoice run: BillingBench.java starts the service in its own JVM on a clock it moves (the jar has the
#     system clock, and a month cannot pass in a bench), creates SUBSCRIPTIONS monthly subscriptions over
#     HTTP with 3 usage events each, moves the clock past the period end and the usage grace period and
#     times one tick of the jobs (invoice run, then collection), with the peak heap; then the p99 of
#     finalize + collect for 500 more invoices, one after the other over HTTP. The payment provider there
#     is an in-process stand-in that accepts every charge at once (Stripe's own latency is not ours).
# Store: PostgreSQL, what the stacks deploy the service on, when ENIS_TEST_DATABASE_URL is set
# (eval "$(test/tools/start-postgres.sh)"); STORE=embedded measures the embedded H2 file database the jar uses
# without DATABASE_URL (java -jar). The first output line names the store measured.
# JFR=1 records the service of the ingest half with Java Flight Recorder to JFR_FILE (default /tmp/billing-bench.jfr).
# Servers listen on PORT_BASE (18190), PORT_BASE+1 and PORT_BASE+2.
# Usage: [PORT_BASE=18190] [STORE=postgres|embedded] [SUBSCRIPTIONS=10000] [BILLING_JAR=another build, e.g. the previous one, to compare]
#        [INGEST_ONLY=1] [JFR=1] bench/billing/run.sh [SECONDS per ingest measurement, default 10]
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/lib.sh
seconds="${1:-10}"
jar="${BILLING_JAR:-services/billing/target/enis-billing.jar}"
[[ -f "$jar" ]] || mvn -B -q -pl services/kit,services/billing package -DskipTests
JVM_OPTS=(-Xms1g -Xmx1g -XX:+UseG1GC)
base="${PORT_BASE:-18190}"
hello_port=$base service_port=$((base + 1)) floor_port=$((base + 2))
key="bench-admin-key-0123456789abcdefghijklmnopqrstuvwxyz"
schema="bench_$(date +%s)_$$"
store="${STORE:-$([[ -n "${ENIS_TEST_DATABASE_URL:-}" ]] && echo postgres || echo embedded)}"
bench_workspace
bench_ports_free $hello_port $service_port $floor_port
db_env=() db_ingest=() db_run=()
case "$store" in
  postgres)
    [[ -n "${ENIS_TEST_DATABASE_URL:-}" ]] || { echo "bench: STORE=postgres needs ENIS_TEST_DATABASE_URL (eval \"\$(test/tools/start-postgres.sh)\")" >&2; exit 1; }
    db_env=(DATABASE_URL="$ENIS_TEST_DATABASE_URL" DATABASE_USERNAME="${ENIS_TEST_DATABASE_USERNAME:-}" DATABASE_PASSWORD="${ENIS_TEST_DATABASE_PASSWORD:-}")
    db_ingest=(DATABASE_SCHEMA="${schema}_ingest") db_run=(DATABASE_SCHEMA="${schema}_run")
    store_name="PostgreSQL $ENIS_TEST_DATABASE_URL" ;;
  embedded) store_name="the embedded H2 file database (no DATABASE_URL)" ;;
  *) echo "bench: STORE must be postgres or embedded (got $store)" >&2; exit 1 ;;
esac
jfr=()
# (with JFR=1 the service alone runs with the recorder: its numbers are then not comparable to the others')
if [[ "${JFR:-0}" == 1 ]]; then jfr=(-XX:StartFlightRecording=filename=${JFR_FILE:-/tmp/billing-bench.jfr},settings=profile); fi
java "${JVM_OPTS[@]}" -cp "$jar" bench/observability/HelloServer.java "$hello_port" >"$work/hello.log" 2>&1 &
pids+=($!)
hello_pid=$!
env "${db_env[@]}" "${db_ingest[@]}" PORT=$service_port HOST=127.0.0.1 DATA_DIR="$work/data" ENIS_ADMIN_API_KEY="$key" \
  LOG_LEVEL=WARN RATE_LIMIT_PER_MINUTE=10000000 java "${JVM_OPTS[@]}" "${jfr[@]}" -jar "$jar" >"$work/service.log" 2>&1 &
pids+=($!)
service_pid=$!
floor_url=- floor_pid=0
if [[ "$store" == postgres ]]; then
  java "${JVM_OPTS[@]}" -cp "$jar" bench/billing/DurableHelloServer.java "$floor_port" "$ENIS_TEST_DATABASE_URL" \
    "${ENIS_TEST_DATABASE_USERNAME:-}" "${ENIS_TEST_DATABASE_PASSWORD:-}" "${schema}_floor" >"$work/floor.log" 2>&1 &
  pids+=($!)
  floor_pid=$! floor_url="http://127.0.0.1:$floor_port"
  bench_wait_ready floor:$floor_port
fi
bench_wait_ready hello:$hello_port service:$service_port
bench_machine "server JVM options: ${JVM_OPTS[*]}; store: $store_name; jar: $jar"
java -Xmx1g -Dbench.pid.hello=$hello_pid -Dbench.pid.service=$service_pid -Dbench.pid.floor=$floor_pid -cp "$jar" \
  bench/billing/BillingBench.java ingest "http://127.0.0.1:$hello_port" "$floor_url" "http://127.0.0.1:$service_port" "$key" "$seconds"
for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; pids=()
[[ -z "${INGEST_ONLY:-}" ]] || exit 0
env "${db_env[@]}" "${db_run[@]}" java "${JVM_OPTS[@]}" -cp "$jar" bench/billing/BillingBench.java invoices "${SUBSCRIPTIONS:-10000}"
