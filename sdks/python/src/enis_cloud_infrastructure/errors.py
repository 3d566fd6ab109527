"""Typed errors: every failure the SDK raises is an :class:`EnisError`."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any


class EnisError(Exception):
    """Base of every error the SDK raises."""


class InvalidArgumentError(EnisError, ValueError):
    """An argument the service's schema refuses; raised before any request is sent."""

    def __init__(self, field_name: str, message: str):
        super().__init__(f"{field_name}: {message}")
        self.field = field_name
        self.message = message


class ConnectionFailedError(EnisError):
    """The service could not be reached (after the retries the budget allowed)."""


@dataclass(frozen=True)
class FieldError:
    field: str | None
    message: str | None


class ApiError(EnisError):
    """The service answered with an error status; the RFC 9457 problem it sent, field by field.

    ``status`` the HTTP status; ``type``, ``title``, ``detail``, ``instance``, ``request_id`` the problem's
    members; ``errors`` the offending fields; ``retry_after`` seconds from a ``Retry-After`` header (429,
    503); ``problem`` the whole problem document (or ``None`` when the body was not problem+json).
    """

    def __init__(self, status: int, problem: dict[str, Any] | None, retry_after: float | None = None, body: str = ""):
        p = problem or {}
        self.status = status
        self.type: str = p.get("type", "about:blank")
        self.title: str = p.get("title", f"HTTP {status}")
        self.detail: str | None = p.get("detail")
        self.instance: str | None = p.get("instance")
        self.request_id: str | None = p.get("requestId")
        self.errors: list[FieldError] = [FieldError(e.get("field"), e.get("message")) for e in p.get("errors", []) or []
                                         if isinstance(e, dict)]
        self.retry_after = retry_after
        self.problem = problem
        self.body = body
        fields = "; ".join(f"{e.field}: {e.message}" for e in self.errors)
        super().__init__(f"{status} {self.title}" + (f": {self.detail}" if self.detail else "") + (f" ({fields})" if fields else ""))

    @classmethod
    def from_response(cls, status: int, headers, content: bytes) -> "ApiError":
        from ._retry import retry_after_seconds

        problem = None
        try:
            parsed = json.loads(content or b"null")
            problem = parsed if isinstance(parsed, dict) else None
        except ValueError:
            pass
        error = RateLimitedError if status == 429 else ApiError
        return error(status, problem, retry_after_seconds(headers.get("retry-after")), content.decode("utf-8", "replace"))


class RateLimitedError(ApiError):
    """429 after the retry budget was spent; ``retry_after`` says when the service takes requests again."""
