#!/usr/bin/env bash
# Fetches the tools the end-to-end tests run, into test/tools (git-ignored). Run by the Maven build
# (the test module's pre-integration-test phase), so `mvn -B install` works on a machine that has
# only the README's prerequisites; runnable by hand too: test/tools/install.sh
#   - npm ci of test/tools: Prometheus's PromQL grammar (alert rules), the SARIF 2.1.0 schema
#     (policy reports); skipped while node_modules is newer than package-lock.json
#   - actionlint (GitHub workflows), built from the Go module proxy with `go install` into
#     test/tools/bin; skipped while the binary there reports ACTIONLINT_VERSION
# Versions: package-lock.json, and ACTIONLINT_VERSION from the root pom (actionlint.version).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
actionlint_version="${ACTIONLINT_VERSION:-$(sed -n 's:.*<actionlint.version>\(.*\)</actionlint.version>.*:\1:p' "$here/../../pom.xml")}"
log() { echo "test-tools: $*" >&2; }
fail() { log "$*"; exit 1; }

command -v npm >/dev/null 2>&1 || fail "npm not found: install Node.js 20 with npm (README.md, Prerequisites)"
if [[ ! -f "$here/node_modules/.package-lock.json" || "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]]; then
  log "npm ci (PromQL grammar, SARIF schema)"
  npm ci --prefix "$here" --no-audit --no-fund --loglevel=error >&2
fi

actionlint="$here/bin/actionlint"
if [[ ! -x "$actionlint" ]] || [[ "$("$actionlint" -version 2>/dev/null | head -n 1)" != "$actionlint_version" ]]; then
  command -v go >/dev/null 2>&1 \
    || fail "go not found: Go 1.21+ builds actionlint $actionlint_version for the workflow tests (README.md, Prerequisites)"
  log "go install github.com/rhysd/actionlint/cmd/actionlint@$actionlint_version"
  GOBIN="$here/bin" GOFLAGS=-mod=mod go install "github.com/rhysd/actionlint/cmd/actionlint@$actionlint_version" \
    || fail "go install of actionlint $actionlint_version failed (needs the Go module proxy, GOPROXY=$(go env GOPROXY))"
fi
