"""Starts the real service jars on 127.0.0.1 (no mocks) for the whole test session and mints an API key
on each with the admin key. A service of sdks/services.conf whose jar is missing fails the session
(sdks/test.sh builds them)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request

import pytest

SDKS = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ROOT = os.path.dirname(SDKS)
sys.path.insert(0, os.path.join(SDKS, "tools"))
from bound_port import await_bound_port  # noqa: E402  (sdks/tools is not a package)
ADMIN_KEY = "sdk-tests-admin-key-0123456789abcdef"
# observability keeps 15 days by default: the seed's sample of 2025-01-21 must still be inside retention
EXTRA_ENV = {"observability": {"METRICS_RETENTION": "3650d"}}


def configured_services() -> list[tuple[str, str]]:
    out = []
    for line in open(os.path.join(SDKS, "services.conf")):
        words = line.split("#", 1)[0].split()
        if words:
            out.append((words[0], words[1] if len(words) > 1 else words[0]))
    return out


def env_name(service: str) -> str:
    return "ENIS_" + "".join(c if c.isalnum() else "_" for c in service.upper()) + "_URL"


class Service:
    def __init__(self, name: str, module: str, workdir: str):
        self.name = name
        jar = os.path.join(ROOT, "services", module, "target", f"enis-{name}.jar")
        if not os.path.isfile(jar):
            pytest.exit(f"{os.path.relpath(jar, ROOT)} not found: run sdks/test.sh (it builds the jars)", 2)
        self.url = None  # known once the service logs the port it bound (PORT=0)
        data = os.path.join(workdir, name)
        os.makedirs(data)
        env = {"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", data), "HOST": "127.0.0.1",
               "PORT": "0", "DATA_DIR": data, "LOG_LEVEL": "INFO", "ENIS_ADMIN_API_KEY": ADMIN_KEY,
               **EXTRA_ENV.get(name, {})}
        self.log = open(os.path.join(data, "service.log"), "w")
        self.proc = subprocess.Popen(["java", "-jar", jar], env=env, stdin=subprocess.DEVNULL, stdout=self.log,
                                     stderr=subprocess.STDOUT)

    def await_ready(self) -> None:
        deadline = time.monotonic() + 90
        port = await_bound_port(self.log.name, self.proc, deadline)
        if port is not None:
            self.url = f"http://127.0.0.1:{port}"
        while port is not None and time.monotonic() < deadline:
            if self.proc.poll() is not None:
                break
            try:
                with urllib.request.urlopen(self.url + "/health/ready", timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                time.sleep(0.2)
        self.log.flush()
        pytest.exit(f"{self.name} did not start: " + open(self.log.name).read()[-2000:], 2)

    def admin(self, method: str, path: str, body=None):
        request = urllib.request.Request(self.url + path, method=method, data=None if body is None else json.dumps(body).encode(),
                                         headers={"Authorization": f"Bearer {ADMIN_KEY}", "Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=10) as r:
            return json.load(r)

    def mint_key(self, name: str, rate_limit: int | None = None) -> str:
        scopes = [s for s in self.admin("GET", "/openapi.json")["components"]["schemas"]["Scope"]["enum"] if s != "keys:admin"]
        body = {"name": name, "scopes": scopes, **({"rateLimitPerMinute": rate_limit} if rate_limit else {})}
        return self.admin("POST", "/v1/admin/keys", body)["key"]

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.log.close()


@pytest.fixture(scope="session")
def services():
    workdir = tempfile.mkdtemp(prefix="enis-sdk-py-")
    running = {name: Service(name, module, workdir) for name, module in configured_services()}
    try:
        for s in running.values():
            s.await_ready()
        yield running
    finally:
        for s in running.values():
            s.stop()


@pytest.fixture(scope="session")
def keys(services) -> dict[str, str]:
    return {name: s.mint_key("sdk-python-tests") for name, s in services.items()}


@pytest.fixture()
def service_env(services, monkeypatch):
    """ENIS_<SERVICE>_URL of every running service, as a user sets them."""
    for name, s in services.items():
        monkeypatch.setenv(env_name(name), s.url)
    return {env_name(name): s.url for name, s in services.items()}
