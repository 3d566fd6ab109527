#!/usr/bin/env bash
# Scan benchmark: every stack of every environment (18) is synthesized (./infra synth), then each
# cdk.tf.json is POSTed to the compliance service's scan endpoint of one audit (embedded H2 store):
# the policy engine runs all its rules and records one piece of evidence per rule on its controls.
# ROUNDS rounds of all 18 stacks after one warm-up round, by ScanBench.java (a third JVM), against a
# hello-world Javalin (HelloScanServer.java, same JVM options) that only reads the same bodies.
# Servers listen on PORT_BASE (18292) and PORT_BASE+1. JAR=path runs another build of the service;
# STACKS=dir uses stacks synthesized before (its stacks/<id>/cdk.tf.json).
# Usage: [JAR=…] [STACKS=cdktf.out] [PORT_BASE=18292] bench/compliance/scan-bench.sh [ROUNDS, default 5]
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds="${1:-5}"
jar="${JAR:-services/compliance/target/enis-compliance.jar}"
if [[ ! -f "$jar" ]]; then
  mvn -B -q -pl services/kit,policy,services/compliance -am package -DskipTests
fi
JVM_OPTS=(-Xms512m -Xmx512m -XX:+UseG1GC)
base="${PORT_BASE:-18292}"
hello_port=$base service_port=$((base + 1))
source bench/lib.sh
bench_workspace
key="bench-admin-key-0123456789abcdefghijklmnopqrstuvwxyz"
bench_ports_free "$hello_port" "$service_port"
stacks="${STACKS:-}"
if [[ -z "$stacks" ]]; then
  ./infra synth --out "$work/cdktf.out" >/dev/null
  stacks="$work/cdktf.out"
fi
java "${JVM_OPTS[@]}" -cp "$jar" bench/compliance/HelloScanServer.java "$hello_port" >"$work/hello.log" 2>&1 &
pids+=($!)
PORT=$service_port HOST=127.0.0.1 DATA_DIR="$work/data" ENIS_ADMIN_API_KEY="$key" LOG_LEVEL=WARN RATE_LIMIT_PER_MINUTE=10000000 \
  java "${JVM_OPTS[@]}" -jar "$jar" >"$work/service.log" 2>&1 &
pids+=($!)
bench_wait_ready "hello:$hello_port" "service:$service_port"
bench_machine "server JVM options: ${JVM_OPTS[*]}"
java -Xmx256m -cp "$jar" bench/compliance/ScanBench.java "http://127.0.0.1:$service_port" "http://127.0.0.1:$hello_port" "$key" "$stacks/stacks" "$rounds"
