"""What every service client shares: base URL, API key, retries, timeouts, typed errors, pagination."""
from __future__ import annotations

import importlib
import json
import os
from typing import Any, AsyncIterator, Awaitable, Callable, Iterator

import httpx

from ._retry import AsyncRetryTransport, RetryPolicy, RetryTransport
from ._services import SERVICES
from ._version import __version__
from .errors import ApiError, ConnectionFailedError, EnisError

DEFAULT_BASE_URL = "https://cloud.enis.com"
"""The production endpoint; ``ENIS_<SERVICE>_URL`` or ``base_url=`` override it per service."""


class ApiObject(dict):
    """A JSON object from the service, readable as ``obj.id`` as well as ``obj["id"]``."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


def _objects(value: Any) -> Any:
    if isinstance(value, dict):
        return ApiObject({k: _objects(v) for k, v in value.items()})
    if isinstance(value, list):
        return [_objects(v) for v in value]
    return value


def resolve(service: str, api_key: str | None, base_url: str | None) -> tuple[str, str]:
    """(base URL, key): the arguments, else ENIS_<SERVICE>_URL / ENIS_API_KEY, else the production URL."""
    if service not in SERVICES:
        raise EnisError(f"unknown service {service!r}; the SDK covers {', '.join(SERVICES)}")
    url = base_url or os.environ.get(SERVICES[service]["env"]) or DEFAULT_BASE_URL
    key = api_key if api_key is not None else os.environ.get("ENIS_API_KEY")
    if not key:
        raise EnisError(f"no API key: pass api_key= or set ENIS_API_KEY ({service})")
    return url.rstrip("/"), key


class _Common:
    service: str = ""

    def __init__(self, api_key: str | None = None, *, base_url: str | None = None, timeout: float = 10.0,
                 retry: RetryPolicy | None = None, tenant: str | None = None):
        self.base_url, self._key = resolve(self.service, api_key, base_url)
        self.retry = retry or RetryPolicy()
        self.timeout = timeout
        self._headers = {"Authorization": f"Bearer {self._key}", "User-Agent": f"enis-cloud-infrastructure-python/{__version__}"}
        if tenant:
            self._headers["X-Scope-OrgID"] = tenant
        generated = importlib.import_module(f".{SERVICES[self.service]['module']}", f"{__package__}._generated")
        self._generated = generated.AuthenticatedClient(base_url=self.base_url, token=self._key)

    @property
    def api(self):
        """The generated client (``enis_cloud_infrastructure._generated.<service>``), configured like this one:
        pass it as ``client=`` to any generated operation module's ``asyncio``/``sync`` functions."""
        return self._generated

    @staticmethod
    def _check(response: httpx.Response) -> Any:
        if response.status_code >= 400:
            raise ApiError.from_response(response.status_code, response.headers, response.content)
        if not response.content:
            return None
        if "json" in response.headers.get("content-type", ""):
            return _objects(response.json())
        return response.text

    @staticmethod
    def _checked(detailed) -> Any:
        """A generated operation's Response: its parsed body, or the typed error."""
        if detailed.status_code >= 400:
            raise ApiError.from_response(int(detailed.status_code), detailed.headers, detailed.content)
        return detailed.parsed


class AsyncServiceClient(_Common):
    """Async client of one service (httpx). Use as ``async with`` or call :meth:`aclose`."""

    def __init__(self, api_key: str | None = None, **options: Any):
        super().__init__(api_key, **options)
        self._http = httpx.AsyncClient(base_url=self.base_url, headers=self._headers, timeout=self.timeout,
                                       transport=AsyncRetryTransport(self.retry, SERVICES[self.service]))
        self._generated.set_async_httpx_client(self._http)

    async def request(self, method: str, path: str, *, json_body: Any = None, params: dict | None = None,
                      headers: dict | None = None, content_type: str = "application/json") -> Any:
        """Any operation by method and path; the JSON answer as :class:`ApiObject`, an error as :class:`ApiError`."""
        body = None if json_body is None else json.dumps(json_body).encode()
        hdrs = dict(headers or {})
        if body is not None:
            hdrs.setdefault("Content-Type", content_type)
        try:
            response = await self._http.request(method, path, content=body, params=params, headers=hdrs)
        except httpx.TransportError as e:
            raise ConnectionFailedError(f"{method} {self.base_url}{path}: {e}") from e
        return self._check(response)

    async def call(self, operation, **kwargs: Any) -> Any:
        """A generated operation module (``from enis_cloud_infrastructure._generated.observability.api.metrics
        import post_v1_metrics_collect``) called on this client: its parsed answer, or the typed error."""
        try:
            return self._checked(await operation.asyncio_detailed(client=self._generated, **kwargs))
        except httpx.TransportError as e:
            raise ConnectionFailedError(str(e)) from e

    async def paginate(self, fetch: Callable[[str | None], Awaitable[Any]], items: str,
                       cursor: str = "next_cursor") -> AsyncIterator[Any]:
        """Every item of a cursor-paginated list: ``fetch(cursor)`` returns one page (cursor None first);
        the page's ``items`` list is yielded and its ``cursor`` member fetches the next until absent."""
        next_cursor = None
        while True:
            page = await fetch(next_cursor)
            for item in (page.get(items) or []):
                yield item
            next_cursor = page.get(cursor)
            if not next_cursor:
                return

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc) -> None:
        await self.aclose()


class ServiceClient(_Common):
    """Synchronous client of one service (httpx); same options as the async one."""

    def __init__(self, api_key: str | None = None, **options: Any):
        super().__init__(api_key, **options)
        self._http = httpx.Client(base_url=self.base_url, headers=self._headers, timeout=self.timeout,
                                  transport=RetryTransport(self.retry, SERVICES[self.service]))
        self._generated.set_httpx_client(self._http)

    def request(self, method: str, path: str, *, json_body: Any = None, params: dict | None = None,
                headers: dict | None = None, content_type: str = "application/json") -> Any:
        body = None if json_body is None else json.dumps(json_body).encode()
        hdrs = dict(headers or {})
        if body is not None:
            hdrs.setdefault("Content-Type", content_type)
        try:
            response = self._http.request(method, path, content=body, params=params, headers=hdrs)
        except httpx.TransportError as e:
            raise ConnectionFailedError(f"{method} {self.base_url}{path}: {e}") from e
        return self._check(response)

    def call(self, operation, **kwargs: Any) -> Any:
        try:
            return self._checked(operation.sync_detailed(client=self._generated, **kwargs))
        except httpx.TransportError as e:
            raise ConnectionFailedError(str(e)) from e

    def paginate(self, fetch: Callable[[str | None], Any], items: str, cursor: str = "next_cursor") -> Iterator[Any]:
        next_cursor = None
        while True:
            page = fetch(next_cursor)
            yield from (page.get(items) or [])
            next_cursor = page.get(cursor)
            if not next_cursor:
                return

    def close(self) -> None:
        self._http.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()
