#!/usr/bin/env bash
# Same reports before and after a change: builds a store with the BEFORE jar (an OSCAL catalog of CONTROLS
# (200) controls and EVIDENCE (2000) evidence links as in run.sh, a not-applicable decision, a waiver, an
# expired waiver; and a SOC 2 + HIPAA audit with a scan of a Terraform fixture and an uploaded file), copies
# it, starts BEFORE on one copy and AFTER on the other (the same signing key), and has CompareReports.java
# fetch every report form of both audits at one asOf from both and compare them (HTML byte for byte, JSON and
# OSCAL as JSON with sorted keys, PDFs by text, the bundle file by file; only the generation time is masked).
# Servers listen on PORT_BASE (18290) and PORT_BASE+1.
# Usage: BEFORE=/tmp/compliance-before.jar [AFTER=services/compliance/target/enis-compliance.jar] [CONTROLS=200] [EVIDENCE=2000] [PORT_BASE=18290] bench/compliance/compare.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/lib.sh
before="${BEFORE:?BEFORE=<the jar built from main> is required}"
after="${AFTER:-services/compliance/target/enis-compliance.jar}"
[[ -f "$after" ]] || mvn -B -q -pl services/kit,policy,services/compliance package -DskipTests
base="${PORT_BASE:-18290}"
p1=$base p2=$((base + 1))
key="bench-admin-key-0123456789abcdefghijklmnopqrstuvwxyz"
bench_workspace
bench_ports_free $p1 $p2
openssl genpkey -algorithm ed25519 -out "$work/audit.pem"
signing=(AUDIT_SIGNING_KEY="$(cat "$work/audit.pem")" AUDIT_SIGNING_PUBLIC_KEY="$(openssl pkey -in "$work/audit.pem" -pubout)")

start() { # NAME JAR PORT DATA
  env "${signing[@]}" PORT=$3 HOST=127.0.0.1 DATA_DIR="$4" ENIS_ADMIN_API_KEY="$key" LOG_LEVEL=WARN RATE_LIMIT_PER_MINUTE=10000000 \
    java -Xms512m -Xmx1g -XX:+UseG1GC -jar "$2" >"$work/$1.log" 2>&1 &
  pids+=($!)
  eval "${1}_pid=$!"
  bench_wait_ready "$1:$3"
}
api() { # METHOD PATH [BODY]
  curl -fsS -X "$1" -H "Authorization: Bearer $key" -H 'Content-Type: application/json' ${3:+--data-binary "$3"} "http://127.0.0.1:$p1$2"
}

start setup "$before" $p1 "$work/a"
audit=$(java -Xmx512m -cp "$before" bench/compliance/ComplianceBench.java "http://127.0.0.1:$p1" "http://127.0.0.1:$p1" "$key" \
  "${CONTROLS:-200}" "${EVIDENCE:-2000}" 0 | sed -n 's/^audit //p')
future=$(date -u -d '+30 days' +%FT%TZ) soon_s=$(( $(date +%s) + 6 ))
soon=$(date -u -d "@$soon_s" +%FT%TZ)
api PUT "/v1/compliance/audit/$audit/controls/BENCH/c-1" '{"status": "not_applicable", "justification": "out of scope"}' >/dev/null
api PUT "/v1/compliance/audit/$audit/controls/BENCH/c-2" "{\"status\": \"waived\", \"justification\": \"migration\", \"approver\": \"ciso\", \"expiresAt\": \"$future\"}" >/dev/null
api PUT "/v1/compliance/audit/$audit/controls/BENCH/c-3" "{\"status\": \"waived\", \"justification\": \"short\", \"approver\": \"ciso\", \"expiresAt\": \"$soon\"}" >/dev/null
soc2=$(api POST /v1/compliance/audit '{"name": "soc2", "scope": "prod", "frameworks": ["SOC2", "HIPAA"]}' | sed 's/.*"id":"\([^"]*\)".*/\1/')
api POST "/v1/compliance/audit/$soc2/scan?stack=platform-prod" "$(cat services/compliance/src/test/resources/terraform/unencrypted-bucket.tf.json)" >/dev/null
printf 'incident response plan' >"$work/plan.txt"
curl -fsS -X POST -H "Authorization: Bearer $key" -H 'Content-Type: text/plain' --data-binary @"$work/plan.txt" \
  "http://127.0.0.1:$p1/v1/compliance/audit/$soc2/evidence/files?title=IR%20plan&controls=HIPAA:164.308(a)(6)&sha256=$(sha256sum "$work/plan.txt" | cut -c1-64)" >/dev/null
while (( $(date +%s) <= soon_s )); do sleep 1; done # the short waiver has expired by asOf
as_of=$(date -u +%FT%TZ)
kill "$setup_pid"; wait "$setup_pid" 2>/dev/null || true
cp -r "$work/a" "$work/b"
start before "$before" $p1 "$work/a"
start after "$after" $p2 "$work/b"
bench_machine "before: $before; after: $after; audits $audit (BENCH, ${CONTROLS:-200} controls, ${EVIDENCE:-2000} links) and $soc2 (SOC2 + HIPAA, a scan); asOf $as_of"
java -Xmx512m -cp "$after" bench/compliance/CompareReports.java "http://127.0.0.1:$p1" "http://127.0.0.1:$p2" "$key" "$as_of" \
  "$audit:BENCH" "$soc2:SOC2"
