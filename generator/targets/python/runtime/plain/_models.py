"""Base class of the generated pydantic models."""

from __future__ import annotations

from typing import Any, Dict

import pydantic

__all__ = ["APIModel"]


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
