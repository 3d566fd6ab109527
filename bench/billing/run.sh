#!/usr/bin/env bash
# Billing benchmark, on PostgreSQL (eval "$(test/tools/start-postgres.sh)" first: it reads ENIS_TEST_DATABASE_*).
#  1. usage ingest: a hello-world Javalin (bench/observability/HelloServer.java) and the billing jar, each in
#     its own JVM with the same options, driven by BillingBench.java (a third JVM): POST /v1/billing/usage-tracking
#     (one event per request) max req/s vs hello world, measured before and after the service.
#  2. invoice run: BillingBench.java starts the service in its own JVM on a clock it moves (the jar has the
#     system clock, and a month cannot pass in a bench), creates SUBSCRIPTIONS monthly subscriptions over
#     HTTP with 3 usage events each, moves the clock past the period end and the usage grace period and
#     times one tick of the jobs (invoice run, then collection), with the peak heap; then the p99 of
#     finalize + collect for 500 more invoices, one after the other over HTTP. The payment provider there
#     is an in-process stand-in that accepts every charge at once (Stripe's own latency is not ours).
# Usage: [PORT_BASE=18190] [SUBSCRIPTIONS=10000] [BILLING_JAR=another build, e.g. the previous one, to compare] [INGEST_ONLY=1] bench/billing/run.sh [SECONDS per ingest measurement, default 10]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-10}"
jar="${BILLING_JAR:-services/billing/target/enis-billing.jar}"
[[ -f "$jar" ]] || mvn -B -q -pl services/kit,services/billing package -DskipTests
[[ -n "${ENIS_TEST_DATABASE_URL:-}" ]] || { echo "bench: set ENIS_TEST_DATABASE_URL (eval \"\$(test/tools/start-postgres.sh)\")" >&2; exit 1; }
JVM_OPTS=(-Xms1g -Xmx1g -XX:+UseG1GC)
base="${PORT_BASE:-18190}"
hello_port=$base service_port=$((base + 1))
work="$(mktemp -d)"
key="bench-admin-key-0123456789abcdefghijklmnopqrstuvwxyz"
schema="bench_$(date +%s)_$$"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
for port in $hello_port $service_port; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "bench: port $port is taken; choose another PORT_BASE" >&2; exit 1; fi
done
db_env=(DATABASE_URL="$ENIS_TEST_DATABASE_URL" DATABASE_USERNAME="${ENIS_TEST_DATABASE_USERNAME:-}" DATABASE_PASSWORD="${ENIS_TEST_DATABASE_PASSWORD:-}")
java "${JVM_OPTS[@]}" -cp "$jar" bench/observability/HelloServer.java "$hello_port" >"$work/hello.log" 2>&1 &
pids+=($!)
env "${db_env[@]}" DATABASE_SCHEMA="${schema}_ingest" PORT=$service_port HOST=127.0.0.1 DATA_DIR="$work/data" ENIS_ADMIN_API_KEY="$key" \
  LOG_LEVEL=WARN RATE_LIMIT_PER_MINUTE=10000000 java "${JVM_OPTS[@]}" -jar "$jar" >"$work/service.log" 2>&1 &
pids+=($!)
for port in $hello_port $service_port; do
  for i in $(seq 1 120); do
    curl -fsS -o /dev/null "http://127.0.0.1:$port/health/ready" 2>/dev/null && break
    if (( i == 120 )); then echo "bench: the server on $port did not start:" >&2; cat "$work"/*.log >&2; exit 1; fi
    sleep 0.5
  done
done
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -n 1); server JVM options: ${JVM_OPTS[*]}; PostgreSQL $ENIS_TEST_DATABASE_URL"
java -Xmx1g -cp "$jar" bench/billing/BillingBench.java ingest "http://127.0.0.1:$hello_port" "http://127.0.0.1:$service_port" "$key" "$seconds"
for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; pids=()
[[ -z "${INGEST_ONLY:-}" ]] || exit 0
env "${db_env[@]}" DATABASE_SCHEMA="${schema}_run" java "${JVM_OPTS[@]}" -cp "$jar" bench/billing/BillingBench.java invoices "${SUBSCRIPTIONS:-10000}"
