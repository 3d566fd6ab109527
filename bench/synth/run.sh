#!/usr/bin/env bash
# bench/synth: full synth of every stack of every environment, in one run:
#   1. Java cold  — ./infra synth from built jars, a new JVM each time (RUNS times)
#   2. Java warm  — repeated synth inside one running JVM (what --watch and the tests use)
#   3. TypeScript — cdktf 0.19.2 + @cdktf/provider-aws 18.0.3 compiled with tsc, run with node,
#                   synthesizing the same platform stacks (the anchor), cold and warm
# and prints the comparison against the targets (cold <= 3 s, warm <= 0.6 s).
# Usage: bench/synth/run.sh [RUNS=5] [WARM_ITERATIONS=10]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
runs="${1:-5}"
iterations="${2:-10}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export JSII_RUNTIME_PACKAGE_CACHE_ROOT="${JSII_RUNTIME_PACKAGE_CACHE_ROOT:-$HOME/.cache/enis/jsii}"

millis() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "== build (not timed)"
"$root/infra" --version >/dev/null
"$root/infra" synth --out "$work/java" >/dev/null 2>&1   # also warms the jsii package cache

echo "== Java cold: ./infra synth, $runs runs"
for _ in $(seq "$runs"); do
  start=$(millis); "$root/infra" synth --out "$work/java" >/dev/null 2>&1; echo $(( $(millis) - start ))
done > "$work/java-cold.txt"
java_cold=$(median < "$work/java-cold.txt")
echo "   runs (ms): $(tr '\n' ' ' < "$work/java-cold.txt")  median $java_cold"

echo "== Java warm: one JVM, $iterations re-synths"
jar="$(ls "$root"/stacks/target/enis-stacks-*.jar | grep -v -e sources -e javadoc | head -n 1)"
java -XX:+UseSerialGC -cp "$jar:$(cat "$root/stacks/target/classpath.txt")" "$here/WarmSynth.java" \
  "$root/environments" "$work/java-warm" "$iterations" 2>/dev/null | tee "$work/java-warm.txt" | sed 's/^/   /'
java_warm=$(sed -n 's/^RESULT java_warm_median_ms=//p' "$work/java-warm.txt")

echo "== TypeScript anchor"
if [[ ! -d "$here/ts/node_modules" ]]; then (cd "$here/ts" && npm ci --no-audit --no-fund >/dev/null); fi
(cd "$here/ts" && npx tsc -p .)
for _ in $(seq "$runs"); do
  start=$(millis); node "$here/ts/dist/main.js" "$work/java" "$work/ts" 0 >/dev/null 2>&1; echo $(( $(millis) - start ))
done > "$work/ts-cold.txt"
ts_cold=$(median < "$work/ts-cold.txt")
echo "   cold runs (ms): $(tr '\n' ' ' < "$work/ts-cold.txt")  median $ts_cold"
node "$here/ts/dist/main.js" "$work/java" "$work/ts" "$iterations" 2>/dev/null | tee "$work/ts-warm.txt" | sed 's/^/   /'
ts_warm=$(sed -n 's/^RESULT ts_warm_median_ms=//p' "$work/ts-warm.txt")

echo "== same output? (resources, data sources, outputs, provider, backend; cdktf metadata ignored)"
python3 - "$work/java" "$work/ts" <<'PY'
import json, os, sys
java, ts = sys.argv[1], sys.argv[2]
def strip(node):
    if isinstance(node, dict):
        return {k: strip(v) for k, v in node.items() if k != "//"}
    if isinstance(node, list):
        return [strip(v) for v in node]
    return node
stacks = sorted(os.listdir(os.path.join(java, "stacks")))
for stack in stacks:
    a = json.load(open(os.path.join(java, "stacks", stack, "cdk.tf.json")))
    b = json.load(open(os.path.join(ts, "stacks", stack, "cdk.tf.json")))
    for key in ("resource", "data", "output", "provider", "terraform"):
        if strip(a.get(key)) != strip(b.get(key)):
            sys.exit(f"   {stack}: '{key}' differs between Java and TypeScript output")
print(f"   yes, {len(stacks)} stacks identical")
PY

echo
echo "== result ($(nproc) cores, $(date -u +%Y-%m-%d))"
printf "   %-34s %8s %8s %10s\n" "" "Java" "TS" "target"
printf "   %-34s %6d ms %6d ms %10s\n" "cold full synth (new process)" "$java_cold" "$ts_cold" "<= 3000 ms"
printf "   %-34s %6d ms %6d ms %10s\n" "warm re-synth (running process)" "$java_warm" "$ts_warm" "<= 600 ms"
awk -v jc="$java_cold" -v tc="$ts_cold" -v jw="$java_warm" -v tw="$ts_warm" \
  'BEGIN { printf "   Java/TS: cold %.1fx, warm %.1fx\n", jc / tc, jw / tw }'
