"""Request bodies checked against the service's schema before they are sent (the subset of JSON Schema
the services' documents use: type, enum, const, required, properties, additionalProperties,
propertyNames, lengths, pattern, bounds, items, oneOf/anyOf/allOf, format date-time)."""
from __future__ import annotations

import datetime
import re
from functools import lru_cache
from typing import Any

from .errors import InvalidArgumentError

_TYPES = {"string": str, "boolean": bool, "object": dict, "array": list}


@lru_cache(maxsize=512)
def _pattern(p: str):
    try:
        return re.compile(p)
    except re.error:
        return None  # an ECMA-only construct: the service checks it


def _type_ok(t: str, v: Any) -> bool:
    if t == "null":
        return v is None
    if t == "integer":
        return isinstance(v, int) and not isinstance(v, bool) or isinstance(v, float) and v.is_integer()
    if t == "number":
        return isinstance(v, (int, float)) and not isinstance(v, bool)
    return isinstance(v, _TYPES.get(t, object))


def errors(schema: Any, value: Any, path: str = "") -> list[tuple[str, str]]:
    """Every (field, reason) by which value breaks schema; empty when it conforms."""
    if not isinstance(schema, dict):
        return []
    where = path or "body"
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(_type_ok(t, value) for t in types):
            return [(where, f"must be {' or '.join(types)}")]
    if "const" in schema and value != schema["const"]:
        return [(where, f"must be {schema['const']!r}")]
    if "enum" in schema and value not in schema["enum"]:
        return [(where, f"must be one of {schema['enum']!r}")]
    out: list[tuple[str, str]] = []
    for key in ("oneOf", "anyOf"):
        if key in schema and not any(not errors(s, value, path) for s in schema[key]):
            branches = [errors(s, value, path) for s in schema[key]]
            return min(branches, key=len) if branches else [(where, "matches no allowed form")]
    for s in schema.get("allOf", []):
        out += errors(s, value, path)
    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0):
            out.append((where, f"needs at least {schema['minLength']} characters"))
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            out.append((where, f"allows at most {schema['maxLength']} characters"))
        compiled = _pattern(schema["pattern"]) if "pattern" in schema else None
        if compiled and not compiled.search(value):
            out.append((where, f"must match {schema['pattern']}"))
        if schema.get("format") == "date-time":
            try:
                if datetime.datetime.fromisoformat(value.replace("z", "Z")).tzinfo is None:
                    raise ValueError
            except ValueError:
                out.append((where, "must be an RFC 3339 date-time with an offset, such as 2025-01-21T10:00:00Z"))
    if _type_ok("number", value):
        if "minimum" in schema and value < schema["minimum"]:
            out.append((where, f"must be at least {schema['minimum']}"))
        if "maximum" in schema and value > schema["maximum"]:
            out.append((where, f"must be at most {schema['maximum']}"))
        if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
            out.append((where, f"must be more than {schema['exclusiveMinimum']}"))
        if "exclusiveMaximum" in schema and value >= schema["exclusiveMaximum"]:
            out.append((where, f"must be less than {schema['exclusiveMaximum']}"))
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            out.append((where, f"needs at least {schema['minItems']} items"))
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            out.append((where, f"allows at most {schema['maxItems']} items"))
        for i, item in enumerate(value):
            out += errors(schema.get("items"), item, f"{path}[{i}]")
    if isinstance(value, dict):
        for name in schema.get("required", []):
            if name not in value:
                out.append((f"{path}.{name}".lstrip("."), "is required"))
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        names = schema.get("propertyNames")
        for name, item in value.items():
            field = f"{path}.{name}".lstrip(".")
            if names:
                out += [(field, reason) for _, reason in errors(names, name, field)]
            if name in properties:
                out += errors(properties[name], item, field)
            elif extra is False:
                out.append((field, "is not a known field"))
            elif isinstance(extra, dict):
                out += errors(extra, item, field)
    return out


def check(schema: Any, value: Any) -> None:
    """Raises InvalidArgumentError for the first field that breaks the schema."""
    found = errors(schema, value)
    if found:
        field, reason = found[0]
        raise InvalidArgumentError(field, reason)
