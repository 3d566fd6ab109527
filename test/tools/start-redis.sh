#!/usr/bin/env bash
# Starts a throwaway Redis server on 127.0.0.1 for the cloud-bus tests and prints the environment
# they read (ENIS_TEST_REDIS_URL). Idempotent: a server already answering on the port is reused.
# AOF on with appendfsync everysec, as the service documents for production.
# Usage: eval "$(test/tools/start-redis.sh)"
set -euo pipefail
port="${ENIS_TEST_REDIS_PORT:-63790}"
dir="${ENIS_TEST_REDIS_DIR:-/tmp/enis-test-redis}"
if ! command -v redis-server >/dev/null 2>&1; then
  echo "start-redis: redis-server is not installed (apt-get install redis-server)" >&2
  exit 1
fi
if ! redis-cli -h 127.0.0.1 -p "$port" ping >/dev/null 2>&1; then
  mkdir -p "$dir"
  redis-server --bind 127.0.0.1 --port "$port" --dir "$dir" --daemonize yes --logfile "$dir/redis.log" \
    --appendonly yes --appendfsync everysec --save "" >/dev/null
  for _ in $(seq 1 50); do redis-cli -h 127.0.0.1 -p "$port" ping >/dev/null 2>&1 && break; sleep 0.1; done
fi
echo "export ENIS_TEST_REDIS_URL=redis://127.0.0.1:$port"
