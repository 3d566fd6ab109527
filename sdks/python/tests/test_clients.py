"""Every client against the live services started by conftest.py."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

import enis_cloud_infrastructure as enis
from enis_cloud_infrastructure._generated.observability.api.alerts import get_v1_alerts_rules
from conftest import SDKS, configured_services, env_name

SEED_URL_VARS = ("ENIS_OBSERVABILITY_URL", "ENIS_SCORECARD_URL")


def test_every_served_document_equals_the_one_the_sdk_was_generated_from(services):
    for name, s in services.items():
        served = json.dumps(s.admin("GET", "/openapi.json"), indent=2, ensure_ascii=False) + "\n"
        committed = open(os.path.join(SDKS, "openapi", f"{name}.json")).read()
        assert served == committed, f"{name} serves another document than sdks/openapi/{name}.json: run sdks/test.sh"


def test_base_url_defaults_to_production_and_env_and_option_override(monkeypatch):
    for service, _ in configured_services():
        monkeypatch.delenv(env_name(service), raising=False)
    monkeypatch.setenv("ENIS_API_KEY", "from-env")
    client = enis.SyncObservabilityClient()
    assert client.base_url == "https://cloud.enis.com" and client._key == "from-env"
    monkeypatch.setenv("ENIS_OBSERVABILITY_URL", "http://127.0.0.1:1/")
    assert enis.SyncObservabilityClient().base_url == "http://127.0.0.1:1"
    assert enis.SyncCloudBusClient("k", base_url="http://x:2").base_url == "http://x:2"
    monkeypatch.delenv("ENIS_API_KEY")
    with pytest.raises(enis.EnisError, match="ENIS_API_KEY"):
        enis.SyncObservabilityClient()


async def test_send_metric_is_stored_and_queried_back(services, keys, service_env):
    async with enis.ObservabilityClient(api_key=keys["observability"]) as obs:
        now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        metric = await obs.send_metric(name="sdk_py_async_total", value=42.5, labels={"run": "a"}, timestamp=now)
        assert metric.id and metric.accepted == 1
        answer = await obs.query('sdk_py_async_total{run="a"}', time=now)
        assert answer.data.result[0].value[1] == "42.5"
        rules = await obs.call(get_v1_alerts_rules)  # any generated operation, through the same layer
        assert rules.rules == []


def test_sync_client_sends_a_metric(services, keys, service_env):
    with enis.SyncObservabilityClient(keys["observability"]) as obs:
        metric = obs.send_metric("sdk_py_sync_total", 7, labels={"run": "s"})
        assert metric.id and metric.accepted == 1


async def test_invalid_arguments_are_refused_before_any_request(keys):
    # an unreachable URL: a request would raise ConnectionFailedError, not InvalidArgumentError
    async with enis.ObservabilityClient(keys["observability"], base_url="http://127.0.0.1:9",
                                        retry=enis.RetryPolicy(max_retries=0)) as obs:
        with pytest.raises(enis.InvalidArgumentError, match="name"):
            await obs.send_metric(name="1 bad name", value=1)
        with pytest.raises(enis.InvalidArgumentError, match="value"):
            await obs.send_metric(name="ok", value="150")
        with pytest.raises(enis.InvalidArgumentError, match="timestamp"):
            await obs.send_metric(name="ok", value=1, timestamp="yesterday")
        with pytest.raises(enis.ConnectionFailedError):
            await obs.send_metric(name="ok", value=1)


async def test_a_server_problem_is_a_typed_error_with_its_fields(services, keys):
    async with enis.ObservabilityClient(keys["observability"], base_url=services["observability"].url) as obs:
        with pytest.raises(enis.ApiError) as raised:
            await obs.request("POST", "/v1/metrics/collect", json_body={"name": "no_value"})
        e = raised.value
        assert e.status == 400 and e.type.startswith("https://") and e.title and e.detail
        assert e.errors and e.errors[0].field
    async with enis.ObservabilityClient("not-a-key", base_url=services["observability"].url) as obs:
        with pytest.raises(enis.ApiError) as raised:
            await obs.send_metric("x", 1)
        assert raised.value.status == 401 and raised.value.problem["status"] == 401


async def test_429_is_raised_with_retry_after_once_the_budget_is_spent(services):
    s = services["observability"]
    limited = s.mint_key("sdk-python-limited", rate_limit=1)
    policy = enis.RetryPolicy(max_retries=3, budget=2.0)
    async with enis.ObservabilityClient(limited, base_url=s.url, retry=policy) as obs:
        await obs.send_metric("sdk_py_limited", 1)
        started = time.monotonic()
        with pytest.raises(enis.RateLimitedError) as raised:
            await obs.send_metric("sdk_py_limited", 2)
        assert raised.value.status == 429 and raised.value.retry_after and raised.value.retry_after > 0
        assert time.monotonic() - started < 2.0  # Retry-After is past the budget: no wait


class _Flaky(BaseHTTPRequestHandler):
    """Answers 429 (Retry-After: 0), then 503, then 202; records every attempt's Idempotency-Key."""

    attempts: list = []

    def do_POST(self):  # noqa: N802
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        type(self).attempts.append(self.headers.get("Idempotency-Key"))
        status = {1: 429, 2: 503}.get(len(type(self).attempts), 202)
        body = b'{"accepted": 1}' if status == 202 else b'{"type":"https://x/t","title":"busy","status":%d}' % status
        self.send_response(status)
        self.send_header("Content-Type", "application/json" if status == 202 else "application/problem+json")
        if status == 429:
            self.send_header("Retry-After", "0")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def test_retries_429_and_5xx_with_one_idempotency_key():
    """The retry layer on its own, against a local HTTP server that fails twice (not a service double:
    the services never fail on purpose)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Flaky)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        _Flaky.attempts = []
        url = f"http://127.0.0.1:{server.server_address[1]}"
        with enis.SyncCloudBusClient("k", base_url=url, retry=enis.RetryPolicy(base_delay=0.01)) as bus:
            assert bus.publish_event("sdk.test", "/sdk/python", {"n": 1}).accepted == 1
        assert len(_Flaky.attempts) == 3 and _Flaky.attempts[0] and len(set(_Flaky.attempts)) == 1
    finally:
        server.shutdown()


def test_connection_errors_are_retried_then_raised():
    policy = enis.RetryPolicy(max_retries=2, base_delay=0.05)
    started = time.monotonic()
    with enis.SyncObservabilityClient("k", base_url="http://127.0.0.1:9", retry=policy) as obs:
        with pytest.raises(enis.ConnectionFailedError):
            obs.send_metric("x", 1)
    assert time.monotonic() - started < 5


async def test_cloud_bus_publishes_with_an_automatic_idempotency_key(services, keys, service_env):
    async with enis.CloudBusClient(keys["cloud-bus"]) as bus:
        created = await bus.create_bus("sdk-python")
        assert created.name == "sdk-python"
        assert any(b.name == "sdk-python" for b in (await bus.list_buses()).buses)
        result = await bus.publish_event("sdk.order.created", "/sdk/python", {"order": 1}, bus="sdk-python")
        assert result.accepted == 1 and result.events[0].status == "stored"
        key = str(uuid.uuid4())
        first = await bus.publish_event("sdk.order.paid", "/sdk/python", {"order": 1}, id="evt-1", idempotency_key=key)
        again = await bus.publish_event("sdk.order.paid", "/sdk/python", {"order": 1}, id="evt-1", idempotency_key=key)
        assert first == again
        with pytest.raises(enis.InvalidArgumentError, match="type"):
            await bus.publish_event("", "/sdk/python")
        with pytest.raises(enis.InvalidArgumentError) as refused:  # the schema's bus name pattern
            await bus.create_bus("Not A Bus Name")
        assert refused.value.field == "name"


async def test_pagination_helper_walks_every_page(keys):
    pages = {None: {"items": [1, 2], "next_cursor": "b"}, "b": {"items": [3], "next_cursor": "c"}, "c": {"items": []}}

    async def fetch(cursor):
        return pages[cursor]

    async with enis.ObservabilityClient("k", base_url="http://127.0.0.1:9") as obs:
        assert [i async for i in obs.paginate(fetch, "items")] == [1, 2, 3]


def _seed_example(keys) -> str:
    """examples/seed.py (seed 000's Python example) with only "your-key" replaced, per client line."""
    out = []
    for line in open(os.path.join(SDKS, "python", "examples", "seed.py")):
        for client, service in (("ObservabilityClient(", "observability"), ("ScorecardClient(", "scorecard")):
            if client in line:
                line = line.replace('"your-key"', json.dumps(keys[service]))
        out.append(line)
    return "".join(out)


@pytest.mark.skipif("scorecard" not in dict(configured_services()),
                    reason="waiting for the scorecard service (create_dashboard): not in sdks/services.conf yet")
def test_the_seed_example_runs_as_written(services, keys, service_env):
    run = subprocess.run([sys.executable, "-c", _seed_example(keys)], env={**os.environ, **service_env},
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert re.search(r"^Metric sent: \S+$", run.stdout, re.M) and re.search(r"^Dashboard created: \S+$", run.stdout, re.M)


async def test_billing_creates_customers_and_pages_through_them(services, keys, service_env):
    from enis_cloud_infrastructure._generated.billing.api.catalogue import post_v1_billing_customers
    from enis_cloud_infrastructure._generated.billing.models import CustomerInput

    async with enis.BillingClient(keys["billing"]) as billing:
        created = [await billing.call(post_v1_billing_customers, body=CustomerInput(name=f"SDK Python {i}", currency="EUR"))
                   for i in range(3)]
        assert all(c.id and c.currency == "EUR" for c in created)

        async def page(cursor):
            return await billing.request("GET", "/v1/billing/customers", params={"limit": 2, **({"cursor": cursor} if cursor else {})})

        names = [c.name async for c in billing.paginate(page, "data")]
        assert [f"SDK Python {i}" for i in range(3)] == [n for n in names if n.startswith("SDK Python")]
        # refused before the request by the operation's schema (currency: ^[A-Z]{3}$), generated call or not
        with pytest.raises(enis.InvalidArgumentError) as refused:
            await billing.call(post_v1_billing_customers, body=CustomerInput(name="x", currency="euro"))
        assert refused.value.field == "currency"
        with pytest.raises(enis.InvalidArgumentError, match="name"):
            await billing.request("POST", "/v1/billing/customers", json_body={"currency": "EUR"})
        with pytest.raises(enis.ApiError) as raised:
            await billing.request("GET", "/v1/billing/customers/cus_unknown")
        assert raised.value.status == 404 and raised.value.title


def test_compliance_lists_its_frameworks(services, keys, service_env):
    from enis_cloud_infrastructure._generated.compliance.api.catalogue import get_v1_compliance_frameworks

    with enis.SyncComplianceClient(keys["compliance"]) as compliance:
        answer = compliance.call(get_v1_compliance_frameworks)
        assert len(answer.frameworks) > 0


def _seed_block(heading: str, fence: str) -> str | None:
    """The code block under ``heading`` in seed 000 (../shared/seeds beside the repository), or None."""
    import glob

    seeds = sorted(glob.glob(os.path.join(os.path.dirname(SDKS), "..", "shared", "seeds", "000_*.txt")))
    if not seeds:
        return None
    text = open(seeds[0], encoding="utf-8").read()
    after = text[text.index(heading):]
    start = after.index(f"```{fence}\n") + len(f"```{fence}\n")
    return after[start:after.index("```", start)]


def test_the_example_is_the_seeds_python_example_verbatim():
    seed = _seed_block("#### Python SDK", "python")
    if seed is None:
        pytest.skip("seed 000 not found beside the repository (../shared/seeds)")
    assert open(os.path.join(SDKS, "python", "examples", "seed.py"), encoding="utf-8").read() == seed
