#!/usr/bin/env bash
# Audit-log verification benchmark: ENTRIES audit-log entries (default 1,000,000) are appended through the
# service's own AuditLog into the embedded H2 store, with a signed digest every 1,000 entries (an hour
# apart, as the hourly digests would be), by VerifyBench.java; the baseline in the same run is one
# streamed read of the same rows with a SHA-256 per row (the floor of any verification), and a
# hello-world GET (HelloScanServer.java) on the same JVM options. Then the compliance service is started
# on that store and GET /v1/compliance/audit-log/verify is timed RUNS times while its resident memory
# (/proc) and heap (/metrics) are sampled every 50 ms.
# Servers listen on PORT_BASE (18290) and PORT_BASE+1. JAR=path runs another build of the service.
# Usage: [JAR=…] [PORT_BASE=18290] bench/compliance/verify-bench.sh [ENTRIES, default 1000000] [RUNS, default 3]
set -euo pipefail
cd "$(dirname "$0")/../.."
entries="${1:-1000000}"
runs="${2:-3}"
jar="${JAR:-services/compliance/target/enis-compliance.jar}"
if [[ ! -f "$jar" ]]; then
  mvn -B -q -pl services/kit,policy,services/compliance -am package -DskipTests
fi
JVM_OPTS=(-Xms512m -Xmx512m -XX:+UseG1GC)
base="${PORT_BASE:-18290}"
hello_port=$base service_port=$((base + 1))
source bench/lib.sh
bench_workspace
key="bench-admin-key-0123456789abcdefghijklmnopqrstuvwxyz"
bench_ports_free "$hello_port" "$service_port"
openssl genpkey -algorithm ed25519 -out "$work/audit.pem"
private_key="$(openssl pkey -in "$work/audit.pem" -outform DER | base64 -w0)"
public_key="$(openssl pkey -in "$work/audit.pem" -pubout -outform DER | base64 -w0)"
printf '%s\n%s\n' "$private_key" "$public_key" >"$work/keys"
bench_machine "JVM options: ${JVM_OPTS[*]}"
java "${JVM_OPTS[@]}" -cp "$jar" bench/compliance/VerifyBench.java generate "$work/data" "$entries" 1000 "$work/keys"
echo "store on disk: $(du -sh "$work/data" | cut -f1)"
java "${JVM_OPTS[@]}" -cp "$jar" bench/compliance/HelloScanServer.java "$hello_port" >"$work/hello.log" 2>&1 &
pids+=($!)
PORT=$service_port HOST=127.0.0.1 DATA_DIR="$work/data" ENIS_ADMIN_API_KEY="$key" LOG_LEVEL=WARN RATE_LIMIT_PER_MINUTE=10000000 \
  AUDIT_SIGNING_KEY="$private_key" AUDIT_SIGNING_PUBLIC_KEY="$public_key" AUDIT_DIGEST_INTERVAL=24h \
  java "${JVM_OPTS[@]}" -jar "$jar" >"$work/service.log" 2>&1 &
service_pid=$!
pids+=($service_pid)
bench_wait_ready "hello:$hello_port" "service:$service_port"
java -Xmx256m -cp "$jar" bench/compliance/VerifyBench.java verify "http://127.0.0.1:$service_port" "http://127.0.0.1:$hello_port" "$key" "$service_pid" "$runs"
