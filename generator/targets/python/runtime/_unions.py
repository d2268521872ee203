"""The discriminator of the unions a spec declares with ``discriminator`` (see the models
modules): which variant a value is, read from one of its properties."""

from __future__ import annotations

from enum import Enum
from typing import Any, Callable, Mapping, Optional

import pydantic

__all__ = ["by_property"]


def by_property(name: str, tags: Mapping[str, str]) -> Callable[[Any], Optional[str]]:
    """The discriminator of a union declared in the spec: reads the ``name`` property of a
    value (a dict from the wire or a model) and returns the tag of the variant it selects, or
    ``None`` (pydantic then reports which values it expected)."""

    def tag(value: Any) -> Optional[str]:
        found: Any = None
        if isinstance(value, Mapping):
            found = value.get(name)
        elif isinstance(value, pydantic.BaseModel):
            fields = type(value).model_fields
            attribute = next((a for a, f in fields.items() if (f.alias or a) == name), None)
            if attribute is not None:
                found = getattr(value, attribute)
            else:
                found = (value.model_extra or {}).get(name)
        if isinstance(found, Enum):
            found = found.value
        return tags.get(found) if isinstance(found, str) else None

    tag.__name__ = f"by_property({name!r})"
    return tag
