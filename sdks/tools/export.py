#!/usr/bin/env python3
"""Exports the OpenAPI document each service serves, from its own jar, into sdks/openapi/<service>.json.

Usage: python3 sdks/tools/export.py [--check] [service...]    (default: every service of services.conf)

Each service of sdks/services.conf is started from services/<module>/target/enis-<service>.jar on
127.0.0.1 (PORT=0: the port it binds is read from its log; a temporary DATA_DIR, a throwaway ENIS_ADMIN_API_KEY), its /openapi.json is read
and written pretty-printed (2-space indent, keys in the served order, a final newline), and the service
is stopped with SIGTERM. With --check nothing is written: the exit code is 1 when a committed document
differs from the fresh export (the SDKs were generated from a document the service no longer serves).
Standard library only.
"""
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request

from bound_port import await_bound_port

SDKS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ROOT = os.path.dirname(SDKS)


def services():
    out = []
    with open(os.path.join(SDKS, "services.conf")) as f:
        for line in f:
            line = line.split("#", 1)[0].split()
            if line:
                out.append((line[0], line[1] if len(line) > 1 else line[0]))
    return out


def render(document):
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def export(service, module):
    jar = os.path.join(ROOT, "services", module, "target", f"enis-{service}.jar")
    if not os.path.isfile(jar):
        sys.exit(f"export: {os.path.relpath(jar, ROOT)} not found; build it: "
                 f"mvn -B -pl services/kit,services/{module} package -DskipTests")
    with tempfile.TemporaryDirectory() as data:
        env = {"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", data), "HOST": "127.0.0.1",
               "PORT": "0", "DATA_DIR": data, "LOG_LEVEL": "INFO",
               "ENIS_ADMIN_API_KEY": "sdk-export-admin-key-0123456789abcdef"}
        log = open(os.path.join(data, "service.log"), "w")
        proc = subprocess.Popen(["java", "-jar", jar], env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=log)
        try:
            deadline = time.monotonic() + 90
            port = await_bound_port(log.name, proc, deadline)
            while True:
                if port is None or proc.poll() is not None or time.monotonic() > deadline:
                    log.close()
                    sys.exit(f"export: {service} did not start:\n" + open(log.name).read()[-3000:])
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}/health/ready", timeout=2) as r:
                        if r.status == 200:
                            break
                except OSError:
                    time.sleep(0.2)
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/openapi.json", timeout=10) as r:
                return render(json.load(r))
        finally:
            proc.terminate()
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
            log.close()


def main(argv):
    check = "--check" in argv
    names = [a for a in argv if not a.startswith("--")]
    selected = [s for s in services() if not names or s[0] in names]
    stale = []
    for service, module in selected:
        fresh = export(service, module)
        path = os.path.join(SDKS, "openapi", f"{service}.json")
        old = open(path).read() if os.path.exists(path) else None
        if check:
            if old != fresh:
                stale.append(service)
        elif old != fresh:
            with open(path, "w") as f:
                f.write(fresh)
            print(f"export: wrote sdks/openapi/{service}.json", file=sys.stderr)
    if stale:
        print("export: the served document differs from sdks/openapi/ for: " + ", ".join(stale)
              + "; run sdks/test.sh (or python3 sdks/tools/export.py) and commit the result", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
