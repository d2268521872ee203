"""Base class of the generated pydantic models."""

from __future__ import annotations

from enum import Enum
from typing import Any, Callable, Dict, Mapping, Optional

import pydantic

__all__ = ["APIModel", "by_property"]


class APIModel(pydantic.BaseModel):
    """Base of every request and response model.

    Fields the server adds after this SDK was generated are kept (see ``model_extra``) rather
    than rejected, and fields may be set by their Python name or their wire name.
    """

    # defer_build: validators are built on first use, so importing a resource stays cheap.
    model_config = pydantic.ConfigDict(
        extra="allow", populate_by_name=True, protected_namespaces=(), defer_build=True
    )

    def to_dict(self) -> Dict[str, Any]:
        """The model as JSON-ready data with wire names, leaving out fields that are not set."""
        return self.model_dump(mode="json", by_alias=True, exclude_none=True)


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
