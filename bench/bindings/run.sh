#!/usr/bin/env bash
# bench/bindings: build time of the Kubernetes and Helm bindings, first build and cached, in one run.
# The installed binding artifacts are moved aside for the first build and restored afterwards if
# that build fails, so the local repository ends as it started.
# Usage: bench/bindings/run.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
repo="${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}"   # the local Maven repository the build uses
aside="$(mktemp -d)"
restore() {
  for artifact in cdktf-provider-kubernetes cdktf-provider-helm; do
    if [[ -d "$aside/$artifact" && ! -d "$repo/com/hashicorp/$artifact" ]]; then mv "$aside/$artifact" "$repo/com/hashicorp/"; fi
  done
  rm -rf "$aside"
}
trap restore EXIT
for artifact in cdktf-provider-kubernetes cdktf-provider-helm; do
  [[ -d "$repo/com/hashicorp/$artifact" ]] && mv "$repo/com/hashicorp/$artifact" "$aside/"
done
millis() { date +%s%3N; }

echo "== first build (npm ci, jsii-pacmak, compile, install)"
start=$(millis); mvn -q -B -Dstyle.color=never -f "$root/pom.xml" -pl bindings validate -Dmaven.repo.local="$repo" 2>&1 | grep 'bindings:' || true; first=$(( $(millis) - start ))
echo "== cached build"
start=$(millis); mvn -q -B -Dstyle.color=never -f "$root/pom.xml" -pl bindings validate -Dmaven.repo.local="$repo" 2>&1 | grep 'bindings:' || true; cached=$(( $(millis) - start ))
echo
echo "== result ($(nproc) cores, $(date -u +%Y-%m-%d))"
printf "   first build  %6d ms\n   cached       %6d ms\n" "$first" "$cached"
