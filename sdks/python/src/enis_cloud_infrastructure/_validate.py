"""Checks the service's schema states, made before a request is sent (InvalidArgumentError)."""
from __future__ import annotations

import datetime
import math
import re
from typing import Any

from .errors import InvalidArgumentError

METRIC_NAME = re.compile(r"^[a-zA-Z_:][a-zA-Z0-9_:]*$")  # observability Sample.name


def metric(name: Any, value: Any, labels: Any, timestamp: Any) -> datetime.datetime | None:
    if not isinstance(name, str) or not METRIC_NAME.match(name):
        raise InvalidArgumentError("name", f"must match {METRIC_NAME.pattern} (got {name!r})")
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise InvalidArgumentError("value", f"must be a finite number (got {value!r})")
    if labels is not None and (not isinstance(labels, dict)
                               or not all(isinstance(k, str) and isinstance(v, str) for k, v in labels.items())):
        raise InvalidArgumentError("labels", "must map strings to strings")
    return date_time("timestamp", timestamp)


def date_time(field: str, value: Any) -> datetime.datetime | None:
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        parsed = value
    elif isinstance(value, str):
        try:
            parsed = datetime.datetime.fromisoformat(value)
        except ValueError:
            raise InvalidArgumentError(field, f"must be an RFC 3339 date-time such as 2025-01-21T10:00:00Z (got {value!r})") from None
    else:
        raise InvalidArgumentError(field, f"must be an RFC 3339 string or a datetime (got {value!r})")
    if parsed.tzinfo is None:
        raise InvalidArgumentError(field, "needs a time zone offset (Z or +hh:mm)")
    return parsed


def required_text(field: str, value: Any, max_length: int = 1024) -> str:
    if not isinstance(value, str) or not value or len(value) > max_length:
        raise InvalidArgumentError(field, f"must be a non-empty string of at most {max_length} characters")
    return value
