"""Retries (exponential backoff with full jitter, Retry-After honoured, within a budget), automatic
Idempotency-Key, timeouts: one httpx transport under the generated client, async and sync."""
from __future__ import annotations

import asyncio
import email.utils
import random
import re
import time
import uuid
from dataclasses import dataclass

import json

import httpx

from . import _schema
from .errors import InvalidArgumentError

RETRIED_STATUSES = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True)
class RetryPolicy:
    """``max_retries`` retries at most (0: none); waits ``base_delay * 2**attempt`` scaled by a random
    factor in [0, 1) (full jitter), capped at ``max_delay``; a ``Retry-After`` header replaces the wait;
    no retry starts when the time spent plus the wait would pass ``budget`` seconds."""

    max_retries: int = 3
    base_delay: float = 0.2
    max_delay: float = 5.0
    budget: float = 30.0

    def delay(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return retry_after
        return min(self.max_delay, self.base_delay * (2 ** attempt)) * random.random()


def retry_after_seconds(value: str | None) -> float | None:
    """Retry-After as seconds: delta-seconds or an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


class _Rules:
    def __init__(self, service: dict):
        self.idempotent = [(m, re.compile(p)) for m, p in service["idempotent"]]
        self.bodies = [(m, re.compile(p), ct, schema) for m, p, ct, schema in service.get("bodies", [])]

    def prepare(self, request: httpx.Request, content: bytes) -> None:
        """Checks a JSON body against the operation's schema (InvalidArgumentError, nothing sent), then adds
        the Idempotency-Key the operation declares."""
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        for method, path, ct, schema in self.bodies:
            if request.method == method and path.match(request.url.path) and content_type == ct and content:
                try:
                    body = json.loads(content)
                except ValueError:
                    raise InvalidArgumentError("body", "is not JSON") from None
                _schema.check(schema, body)
                break
        if "idempotency-key" in request.headers:
            return
        if any(request.method == m and p.match(request.url.path) for m, p in self.idempotent):
            request.headers["Idempotency-Key"] = str(uuid.uuid4())


def _retryable(response: httpx.Response) -> bool:
    return response.status_code in RETRIED_STATUSES


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    def __init__(self, policy: RetryPolicy, service: dict, inner: httpx.AsyncBaseTransport | None = None):
        self.policy, self.rules = policy, _Rules(service)
        self.inner = inner or httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.rules.prepare(request, await request.aread())
        start, attempt = time.monotonic(), 0
        while True:
            try:
                response = await self.inner.handle_async_request(request)
                if not _retryable(response) or attempt >= self.policy.max_retries:
                    return response
                wait = self.policy.delay(attempt, retry_after_seconds(response.headers.get("retry-after")))
                if time.monotonic() - start + wait > self.policy.budget:
                    return response
                await response.aclose()
            except httpx.TransportError:
                wait = self.policy.delay(attempt, None)
                if attempt >= self.policy.max_retries or time.monotonic() - start + wait > self.policy.budget:
                    raise
            await asyncio.sleep(wait)
            attempt += 1

    async def aclose(self) -> None:
        await self.inner.aclose()


class RetryTransport(httpx.BaseTransport):
    def __init__(self, policy: RetryPolicy, service: dict, inner: httpx.BaseTransport | None = None):
        self.policy, self.rules = policy, _Rules(service)
        self.inner = inner or httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.rules.prepare(request, request.read())
        start, attempt = time.monotonic(), 0
        while True:
            try:
                response = self.inner.handle_request(request)
                if not _retryable(response) or attempt >= self.policy.max_retries:
                    return response
                wait = self.policy.delay(attempt, retry_after_seconds(response.headers.get("retry-after")))
                if time.monotonic() - start + wait > self.policy.budget:
                    return response
                response.close()
            except httpx.TransportError:
                wait = self.policy.delay(attempt, None)
                if attempt >= self.policy.max_retries or time.monotonic() - start + wait > self.policy.budget:
                    raise
            time.sleep(wait)
            attempt += 1

    def close(self) -> None:
        self.inner.close()
