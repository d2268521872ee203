"""How values travel on the wire, shared by the clients of every profile: scalars as text,
models and enums as JSON-ready data, and query strings as the spec's ``style``/``explode``
say."""

from __future__ import annotations

import json
from enum import Enum
from typing import Any, List, Mapping
from urllib.parse import quote

import pydantic

__all__ = ["encode", "jsonable", "query_string", "scalar"]


def scalar(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Enum):
        return scalar(value.value)
    return str(value)


def jsonable(value: object) -> Any:
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_none=True)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items() if v is not None}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    return value


def encode(value: object) -> str:
    return quote(scalar(value), safe="")


def query_string(query: Mapping[str, object], styles: Mapping[str, str]) -> str:
    """Encode query parameters as the spec's ``style``/``explode`` say: a list comma-joined
    (each item percent-encoded, the commas literal) or repeated; an object (a model or a
    mapping) as one pair per property (form, exploded), ``name=key,value,...`` (form, not
    exploded) or ``name[key]=value`` (deepObject); a ``json`` value as JSON text."""
    pairs: List[str] = []
    for name, value in query.items():
        if value is None:
            continue
        key = quote(name, safe="")
        style = styles.get(name, "simple")
        if style == "json":
            text = json.dumps(jsonable(value), separators=(",", ":"), ensure_ascii=False)
            pairs.append(f"{key}={quote(text, safe='')}")
        elif style in _OBJECT_STYLES and isinstance(value, (Mapping, pydantic.BaseModel)):
            pairs.extend(_object_pairs(key, jsonable(value), style))
        elif isinstance(value, (list, tuple)):
            if style == "explode":
                pairs.extend(f"{key}={encode(item)}" for item in value)
            else:
                pairs.append(f"{key}={','.join(encode(item) for item in value)}")
        else:
            pairs.append(f"{key}={encode(value)}")
    return "&".join(pairs)


#: The query styles of object values (see :func:`query_string`).
_OBJECT_STYLES = frozenset({"object-explode", "object-comma", "deep-object"})


def _object_pairs(key: str, fields: Mapping[str, Any], style: str) -> List[str]:
    """The ``key=value`` pairs of an object query parameter (``key`` already encoded)."""
    if style == "object-comma":
        items = ",".join(f"{quote(str(k), safe='')},{_flat(v)}" for k, v in fields.items())
        return [f"{key}={items}"]
    pairs: List[str] = []
    for name, item in fields.items():
        inner = quote(str(name), safe="")
        if style == "object-explode":
            pairs.append(f"{inner}={_flat(item)}")
        elif isinstance(item, Mapping):  # deepObject nests: key[a][b]=value
            pairs.extend(_object_pairs(f"{key}%5B{inner}%5D", item, style))
        else:
            pairs.append(f"{key}%5B{inner}%5D={_flat(item)}")
    return pairs


def _flat(value: object) -> str:
    """A property of an object query parameter as text: a list comma-joined, an object as
    JSON, anything else as its scalar (all percent-encoded)."""
    if isinstance(value, (list, tuple)):
        return ",".join(_flat(item) for item in value)
    if isinstance(value, Mapping):
        return quote(json.dumps(value, separators=(",", ":"), ensure_ascii=False), safe="")
    return encode(value)
