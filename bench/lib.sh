# Helpers for the bench/*/run.sh scripts (source it; bench/compliance uses it, the older scripts inline the
# same steps). Each server is "NAME:PORT"; its log is $work/NAME.log.

# Exits when a port is taken (someone else's bench?).
bench_ports_free() {
  local port
  for port in "$@"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "bench: port $port is taken (someone else's bench?); choose another PORT_BASE" >&2; exit 1
    fi
  done
}

# Waits up to 60 s for each NAME:PORT to answer /health/ready; exits with its log when one does not.
bench_wait_ready() {
  local server name port i
  for server in "$@"; do
    IFS=: read -r name port <<<"$server"
    for i in $(seq 1 120); do
      curl -fsS -o /dev/null "http://127.0.0.1:$port/health/ready" 2>/dev/null && break
      if (( i == 120 )); then echo "bench: the $name server did not start:" >&2; cat "$work/$name.log" >&2; exit 1; fi
      sleep 0.5
    done
  done
}

# One line: date, cores, load, JDK and what else the caller passes.
bench_machine() {
  echo "$(date -u +%FT%TZ); machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -n 1); $*"
}

# Sets $work (a temporary folder, removed at exit) and $pids (killed at exit): append each server's pid.
bench_workspace() {
  work="$(mktemp -d)"
  pids=()
  trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"' EXIT
}
