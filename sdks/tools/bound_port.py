"""The port a service jar started with PORT=0 has bound, read from the kit's "listening on" log line.

Letting the service pick its own port (PORT=0) means no other process can take the port between our
choice and its bind, which a port "free a moment ago" allows. The line is logged at INFO, so the jar must
run with LOG_LEVEL=INFO (or finer). Used by export.py and by the Python SDK's test harness."""
from __future__ import annotations

import re
import subprocess
import time

LISTENING = re.compile(r"listening on 127\.0\.0\.1:(\d+)")


def await_bound_port(log_path: str, proc: subprocess.Popen, deadline: float) -> int | None:
    """The port from the log at log_path, or None if proc exits or time.monotonic() passes deadline first."""
    while time.monotonic() < deadline:
        with open(log_path, errors="replace") as log:
            match = LISTENING.search(log.read())
        if match:
            return int(match.group(1))
        if proc.poll() is not None:
            return None
        time.sleep(0.1)
    return None
