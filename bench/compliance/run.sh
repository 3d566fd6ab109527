#!/usr/bin/env bash
# Compliance report benchmark: a hello-world Javalin (bench/scorecard/HelloServer.java) and the compliance
# jar, each in its own JVM with the same options, driven by ComplianceBench.java (a third JVM), all through
# the API: an OSCAL catalog of CONTROLS (1000) controls imported, an audit on it with EVIDENCE (10000)
# evidence links, then the framework report as JSON, HTML, PDF and OSCAL assessment results and the auditor
# bundle, COUNT (20) sequential requests each, against the hello world before and after; then the JSON report
# and the bundle each right after a new evidence link (the first report after a change, read from the store).
# The same lines for the jar built from main: JAR=/tmp/compliance-before.jar (bench/RESULTS.md runs both);
# bench/compliance/compare.sh checks that both answer the same reports.
# Store: the embedded H2 by default; STORE=postgres uses ENIS_TEST_DATABASE_* (eval "$(test/tools/start-postgres.sh)").
# JFR=1 records the service with Java Flight Recorder to JFR_FILE (default /tmp/compliance-bench.jfr).
# Servers listen on PORT_BASE (18290) and PORT_BASE+1.
# Usage: [JFR=1] [STORE=postgres] [CONTROLS=1000] [EVIDENCE=10000] [PORT_BASE=18290] bench/compliance/run.sh [COUNT, default 20]
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/lib.sh
count="${1:-20}"
jar="${JAR:-services/compliance/target/enis-compliance.jar}"
[[ -f "$jar" ]] || mvn -B -q -pl services/kit,policy,services/compliance package -DskipTests
JVM_OPTS=(-Xms1g -Xmx1g -XX:+UseG1GC)
base="${PORT_BASE:-18290}"
hello_port=$base service_port=$((base + 1))
key="bench-admin-key-0123456789abcdefghijklmnopqrstuvwxyz"
bench_workspace
bench_ports_free $hello_port $service_port
store_env=()
store="embedded H2"
if [[ "${STORE:-embedded}" == postgres ]]; then
  [[ -n "${ENIS_TEST_DATABASE_URL:-}" ]] || { echo "bench: STORE=postgres needs ENIS_TEST_DATABASE_URL (eval \"\$(test/tools/start-postgres.sh)\")" >&2; exit 1; }
  store_env=(DATABASE_URL="$ENIS_TEST_DATABASE_URL" DATABASE_USERNAME="${ENIS_TEST_DATABASE_USERNAME:-}"
             DATABASE_PASSWORD="${ENIS_TEST_DATABASE_PASSWORD:-}" DATABASE_SCHEMA="bench_$(date +%s)_$$")
  store="PostgreSQL $ENIS_TEST_DATABASE_URL"
fi
java "${JVM_OPTS[@]}" -cp "$jar" bench/scorecard/HelloServer.java "$hello_port" >"$work/hello.log" 2>&1 &
pids+=($!)
jfr=()
if [[ "${JFR:-0}" == 1 ]]; then jfr=(-XX:StartFlightRecording=filename=${JFR_FILE:-/tmp/compliance-bench.jfr},settings=profile); fi
env "${store_env[@]}" PORT=$service_port HOST=127.0.0.1 DATA_DIR="$work/data" ENIS_ADMIN_API_KEY="$key" LOG_LEVEL=WARN \
  RATE_LIMIT_PER_MINUTE=10000000 java "${JVM_OPTS[@]}" "${jfr[@]}" -jar "$jar" >"$work/service.log" 2>&1 &
pids+=($!)
service_pid=$!
bench_wait_ready hello:$hello_port service:$service_port
bench_machine "server JVM options: ${JVM_OPTS[*]}; store: $store"
java -Xmx512m -cp "$jar" bench/compliance/ComplianceBench.java "http://127.0.0.1:$hello_port" "http://127.0.0.1:$service_port" "$key" \
  "${CONTROLS:-1000}" "${EVIDENCE:-10000}" "$count" "$service_pid"
