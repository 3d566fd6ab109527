#!/usr/bin/env bash
# Contract conformance: runs the property-based API fuzzer schemathesis (pinned in
# conformance-requirements.txt) against every service's live /openapi.json and fails when any response
# contradicts the document the service serves.
#
# Usage: bash test/tools/conformance.sh [service...]     (default: every service)
#
# A service is a module under services/ whose pom.xml sets <service.name>; its packaged jar
# services/<module>/target/enis-<name>.jar must exist (mvn -B package -DskipTests builds it). A service
# without its jar fails the run instead of being skipped, so every service that lands is covered.
#
# Each service is started with java -jar on 127.0.0.1 with only the variables below (a free port, a
# temporary DATA_DIR and the embedded stores, ENIS_ADMIN_API_KEY, LOG_LEVEL=WARN) and fuzzed with the
# admin key, which has every scope: every phase (examples, coverage, fuzzing, stateful), valid and
# invalid inputs. Checks: not_a_server_error, status_code_conformance, content_type_conformance,
# response_schema_conformance. Then it gets SIGTERM. The exit code is non-zero when any service had a
# failure, logged an ERROR while fuzzed, or did not start or stop cleanly.
#
# No operation is excluded. The admin key comes from the environment and is not a stored key, so a
# fuzzed DELETE /v1/admin/keys/{keyId} cannot revoke it (404); keys, rules and events the fuzzer
# creates live only in the temporary DATA_DIR. Hypothesis' health checks (slow or heavily filtered
# generation) are suppressed: they judge the generator, not the service, and would make CI flaky.
#
# Settings (environment): CONFORMANCE_EXAMPLES test cases per operation (30), CONFORMANCE_SEED (1),
# CONFORMANCE_WORKERS concurrent fuzzer workers (1: with two, Python 3.11's ast module races between
# threads — CPython gh-106905 — and hypothesis, describing a strategy, failed a CI run with
# "AST constructor recursion depth mismatch", an error of the fuzzer, not of the service), CONFORMANCE_REPORT_DIR where each service's JUnit
# report and log are kept (a temporary directory, removed at the end), CONFORMANCE_ARGS more
# schemathesis options, split on spaces (for a deeper local run: --continue-on-failure).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
TOOLS="$ROOT/test/tools"
VENV="$TOOLS/.venv"
REQUIREMENTS="$TOOLS/conformance-requirements.txt"
EXAMPLES="${CONFORMANCE_EXAMPLES:-30}"
SEED="${CONFORMANCE_SEED:-1}"
WORKERS="${CONFORMANCE_WORKERS:-1}"
CHECKS="not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance"
# The key the services are started with, and the fuzzer sends; not a secret (loopback, temporary data).
ADMIN_KEY="conformance-admin-key-0123456789abcdef"

say() { echo "conformance: $*" >&2; }
die() { say "$*"; exit 2; }

command -v java >/dev/null 2>&1 || die "java not found: install a JDK 17 (Debian: apt-get install openjdk-17-jdk-headless)"
command -v python3 >/dev/null 2>&1 || die "python3 not found: install Python 3.9 or later (Debian: apt-get install python3 python3-venv)"

# The fuzzer, in its own virtual environment, reinstalled when the pinned requirements change.
install_fuzzer() {
  local stamp="$VENV/.requirements.sha256" want
  want=$(sha256sum "$REQUIREMENTS" | cut -d' ' -f1)
  if [[ -x "$VENV/bin/schemathesis" && -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
    return
  fi
  say "installing the fuzzer into ${VENV#"$ROOT"/} ($(grep '^schemathesis==' "$REQUIREMENTS"))"
  rm -rf "$VENV"
  python3 -m venv "$VENV" >/dev/null 2>&1 \
    || die "python3 cannot create a virtual environment: install its venv module (Debian: apt-get install python3-venv)"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check --no-input -r "$REQUIREMENTS" \
    || die "pip could not install $REQUIREMENTS"
  echo "$want" >"$stamp"
}

# "module name" for every service module, or for the ones named on the command line.
list_services() {
  local pom module name
  for pom in "$ROOT"/services/*/pom.xml; do
    module=$(basename "$(dirname "$pom")")
    name=$(sed -n 's:.*<service.name>\(.*\)</service.name>.*:\1:p' "$pom" | head -n 1)
    [[ -n "$name" ]] && echo "$module $name"
  done
}

helper() { python3 "$TOOLS/conformance_helper.py" "$@"; }

# Waits for /health/ready to answer 200; false when the process exits first or after
# CONFORMANCE_START_SECONDS (60; more on a loaded machine).
await_ready() {
  local pid=$1 url=$2 deadline=$((SECONDS + ${CONFORMANCE_START_SECONDS:-60}))
  while ((SECONDS < deadline)); do
    kill -0 "$pid" 2>/dev/null || return 1
    helper ready "$url" && return 0
    sleep 0.2
  done
  return 1
}

# SIGTERM, then waits for the process (the services drain and exit); false if it had to be killed.
stop_service() {
  local pid=$1 deadline=$((SECONDS + 40))
  kill -TERM "$pid" 2>/dev/null || return 0
  while kill -0 "$pid" 2>/dev/null; do
    if ((SECONDS >= deadline)); then
      kill -KILL "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
      return 1
    fi
    sleep 0.2
  done
  wait "$pid" 2>/dev/null || true
}

# Starts one service, fuzzes it, stops it; prints one summary line to $SUMMARY. False on any failure.
run_service() {
  local module=$1 name=$2 jar="$ROOT/services/$1/target/enis-$2.jar"
  local work="$REPORTS/$name" port pid status=0 t0=$SECONDS t1 t2
  mkdir -p "$work/data"
  if [[ ! -f "$jar" ]]; then
    say "$name: ${jar#"$ROOT"/} not found; build it: mvn -B -pl services/$module -am package -DskipTests"
    echo "$name: NOT RUN (no jar)" >>"$SUMMARY"
    return 1
  fi
  port=$(helper free-port)
  say "$name: starting ${jar#"$ROOT"/} on 127.0.0.1:$port"
  # Webhook and target URLs the fuzzer registers must reach nothing: every network is denied.
  # The rate limit is raised so the fuzzer's thousands of requests a minute test the operations, not 429.
  env -i PATH="$PATH" HOME="$HOME" HOST=127.0.0.1 PORT="$port" DATA_DIR="$work/data" \
    ENIS_ADMIN_API_KEY="$ADMIN_KEY" LOG_LEVEL=WARN RATE_LIMIT_PER_MINUTE=10000000 \
    OUTBOUND_DENIED_NETWORKS=0.0.0.0/0,::/0 \
    java -jar "$jar" </dev/null >"$work/service.log" 2>&1 &
  pid=$!
  if ! await_ready "$pid" "http://127.0.0.1:$port/health/ready"; then
    say "$name: not ready within ${CONFORMANCE_START_SECONDS:-60} s; its log:"
    tail -n 40 "$work/service.log" >&2
    stop_service "$pid" || true
    echo "$name: NOT RUN (did not start)" >>"$SUMMARY"
    return 1
  fi

  t1=$SECONDS
  echo "==== $name ===="
  # from the service's work directory: schemathesis keeps its cache (.schemathesis/) in the current one
  # conformance_hooks.py: protobuf bodies sent as the generated bytes
  (cd "$work" && PYTHONPATH="$TOOLS" SCHEMATHESIS_HOOKS=conformance_hooks "$VENV/bin/schemathesis" run "http://127.0.0.1:$port/openapi.json" \
    --header "Authorization: Bearer $ADMIN_KEY" \
    --checks "$CHECKS" --mode all \
    --max-examples "$EXAMPLES" --seed "$SEED" --workers "$WORKERS" \
    --generation-database none --suppress-health-check all \
    --report junit --report-junit-path "$work/junit.xml" \
    --no-color --output-sanitize true ${CONFORMANCE_ARGS:-} </dev/null) \
    || status=$?

  t2=$SECONDS
  if ! stop_service "$pid"; then
    say "$name: did not stop within 40 s of SIGTERM (killed)"
    status=1
  fi
  if grep -q '"level":"ERROR"' "$work/service.log"; then
    say "$name: the service logged errors while fuzzed (the first ones):"
    helper errors "$work/service.log" >&2
    status=1
  fi
  local result="ok"
  ((status == 0)) || result="FAILED (schemathesis exit $status)"
  echo "$name: $result, $(helper summary "$work/junit.xml");" \
    "ready in $((t1 - t0)) s, fuzzed in $((t2 - t1)) s, stopped in $((SECONDS - t2)) s" >>"$SUMMARY"
  return "$status"
}

install_fuzzer
selected=("$@")
CLEANUP=""
if [[ -n "${CONFORMANCE_REPORT_DIR:-}" ]]; then
  REPORTS="$CONFORMANCE_REPORT_DIR"
  mkdir -p "$REPORTS"
else
  REPORTS=$(mktemp -d)
  CLEANUP="$REPORTS"
fi
trap '[[ -n "$CLEANUP" ]] && rm -rf "$CLEANUP"' EXIT
SUMMARY="$REPORTS/summary.txt"
: >"$SUMMARY"

mapfile -t services < <(list_services)
failed=0 ran=0
for service in "${services[@]}"; do
  read -r module name <<<"$service"
  if ((${#selected[@]} > 0)) && [[ ! " ${selected[*]} " =~ " $name " ]]; then
    continue
  fi
  ran=$((ran + 1))
  run_service "$module" "$name" || failed=$((failed + 1))
done
((ran > 0)) || die "no service matched: ${selected[*]:-(none under services/)}"

echo "==== conformance summary (schemathesis $(grep '^schemathesis==' "$REQUIREMENTS" | cut -d= -f3), $EXAMPLES examples per operation, seed $SEED) ===="
cat "$SUMMARY"
echo "conformance: $((ran - failed)) passed, $failed failed"
((failed == 0)) || exit 1
