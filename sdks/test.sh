#!/usr/bin/env bash
# The client SDKs end to end: builds the service jars it needs (when missing), exports each service's
# served /openapi.json (sdks/tools/export.py), generates the three SDKs from them with the pinned
# generators (sdks/tools/generate.py), fails when the export or the generated code differs from what is
# committed, then runs each SDK's tests against the live jars: pytest, node's test runner, go test.
#
# Usage: bash sdks/test.sh              (SDKS_UPDATE=1: write a changed export/generation, do not fail)
# Services: sdks/services.conf (one line each). Tools are installed into local directories:
# sdks/python/.venv (pip, pinned in pyproject's dev extra), sdks/typescript/node_modules (npm ci),
# the Go module cache (oapi-codegen pinned in sdks/tools/gogen/go.mod).
set -euo pipefail
SDKS=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$SDKS")
cd "$ROOT"
say() { echo "sdks: $*" >&2; }
t0=$SECONDS
step() { say "$1 ($((SECONDS - t0)) s)"; }

command -v java >/dev/null || { say "java not found (JDK 17)"; exit 2; }
command -v node >/dev/null || { say "node not found (Node.js 20.19+)"; exit 2; }
command -v go >/dev/null || { say "go not found (Go 1.23+)"; exit 2; }
command -v python3 >/dev/null || { say "python3 not found (3.11+ with venv)"; exit 2; }

# 1. the jars of the configured services (mvn -B install has built them in CI)
missing=()
while read -r service module; do
  [[ -f "services/$module/target/enis-$service.jar" ]] || missing+=("services/$module")
done < <(sed 's/#.*//' "$SDKS/services.conf" | awk 'NF { print $1, ($2 == "" ? $1 : $2) }')
if ((${#missing[@]} > 0)); then
  step "building ${missing[*]} (package, no tests)"
  mvn -B -q -pl "services/kit,$(IFS=,; echo "${missing[*]}")" package -DskipTests
fi

# 2. the tools, pinned, in local directories
venv="$SDKS/python/.venv"
stamp="$venv/.pyproject.sha256"
want=$(sha256sum "$SDKS/python/pyproject.toml" | cut -d' ' -f1)
if [[ ! -x "$venv/bin/pytest" || ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
  step "installing the Python generator and test runner into sdks/python/.venv"
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check --no-input -e "$SDKS/python[dev]"
  echo "$want" >"$stamp"
fi
if [[ ! -d "$SDKS/typescript/node_modules/@hey-api/openapi-ts" ]]; then
  step "npm ci in sdks/typescript"
  (cd "$SDKS/typescript" && npm ci --no-audit --no-fund --loglevel=error)
fi

# 3. export, generate, compare with the committed files
step "exporting each service's /openapi.json"
python3 "$SDKS/tools/export.py"
step "generating the SDKs"
python3 "$SDKS/tools/generate.py"
generated=$(git status --porcelain -- sdks/openapi sdks/python/src sdks/python/pyproject.toml sdks/typescript/src sdks/typescript/package.json sdks/go/gen sdks/go/client/services.gen.go)
if [[ -n "$generated" ]]; then
  if [[ "${SDKS_UPDATE:-}" == 1 ]]; then
    say "regenerated (SDKS_UPDATE=1); commit these:"; echo "$generated" >&2
  else
    say "the exported documents or the generated SDK code differ from the committed ones:"
    echo "$generated" >&2
    git --no-pager diff --stat -- sdks >&2 || true
    say "run SDKS_UPDATE=1 bash sdks/test.sh and commit the result"
    exit 1
  fi
fi
step "generated code equals the committed code"

# 4. each SDK's tests against the live jars
step "python: pytest"
(cd "$SDKS/python" && .venv/bin/pytest -q -p no:cacheprovider)
step "typescript: build (ESM, CJS) and node --test"
(cd "$SDKS/typescript" && npm run -s build && node --test test/*.test.mjs 2>&1 | tail -n 9)
step "go: vet and test"
(cd "$SDKS/go" && go vet ./... && go test -count=1 ./...)
step "all three SDKs passed"
