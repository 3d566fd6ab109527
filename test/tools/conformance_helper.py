"""Small helpers of conformance.sh (standard library only, so they run before the fuzzer is installed).

  free-port               a TCP port of 127.0.0.1 that was free a moment ago
  ready URL               exit 0 when URL answers 200, 1 otherwise
  errors LOG              the first ERROR entries of a service's JSON log, one paragraph each
  summary JUNIT_XML       "N operations + stateful scenarios, N failing (which)" from schemathesis' JUnit report
"""
import json
import socket
import sys
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        print(s.getsockname()[1])


def ready(url):
    try:
        with urllib.request.urlopen(url, timeout=2) as r:
            return 0 if r.status == 200 else 1
    except (OSError, urllib.error.URLError):
        return 1


def errors(log, limit=5):
    shown = 0
    with open(log, encoding="utf-8", errors="replace") as f:
        for line in f:
            try:
                entry = json.loads(line)
            except ValueError:
                continue
            if entry.get("level") != "ERROR":
                continue
            trace = "\n    ".join(entry.get("stack_trace", "").splitlines()[:8])
            print(f"  {entry.get('logger_name')}: {entry.get('message')}\n    {trace}")
            shown += 1
            if shown == limit:
                break


def summary(junit):
    try:
        root = ET.parse(junit).getroot()
    except (OSError, ET.ParseError):
        print("no report")
        return
    cases = root.findall(".//testcase")
    operations = [c for c in cases if c.get("name") != "Stateful tests"]
    failing = [c.get("name") for c in cases if c.find("failure") is not None or c.find("error") is not None]
    stateful = " + stateful scenarios" if len(operations) < len(cases) else ""
    print(f"{len(operations)} operations{stateful}, {len(failing)} failing" + (f" ({', '.join(failing)})" if failing else ""))


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    if command == "free-port":
        free_port()
    elif command == "ready":
        sys.exit(ready(args[0]))
    elif command == "errors":
        errors(args[0])
    elif command == "summary":
        summary(args[0])
    else:
        sys.exit(f"unknown command {command}; see the docstring of {sys.argv[0]}")
