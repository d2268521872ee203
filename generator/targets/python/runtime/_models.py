"""Base classes of the generated pydantic models."""

from __future__ import annotations

from typing import Any, ClassVar, Dict, List, Optional

import pydantic
from typing_extensions import Self

from ._exceptions import FailedItem, PartialFailureError

__all__ = ["PartialFailureModel", "PartialFailureSpec", "YunxinModel"]


class YunxinModel(pydantic.BaseModel):
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


class PartialFailureSpec:
    """Where a batch result keeps its failed items and which of their fields say what."""

    __slots__ = ("code_field", "failed", "id_field", "message_field", "succeeded")

    def __init__(
        self,
        *,
        failed: str,
        succeeded: Optional[str] = None,
        id_field: Optional[str] = None,
        code_field: Optional[str] = None,
        message_field: Optional[str] = None,
    ) -> None:
        self.failed = failed
        self.succeeded = succeeded
        self.id_field = id_field
        self.code_field = code_field
        self.message_field = message_field


class PartialFailureModel(YunxinModel):
    """A batch result that lists the items that failed next to those that succeeded."""

    partial_failure_spec: ClassVar[PartialFailureSpec]

    @property
    def failures(self) -> List[FailedItem]:
        """The failed items, whatever this result calls their fields."""
        spec = self.partial_failure_spec
        failed = getattr(self, spec.failed, None)
        if failed is None:
            return []
        items = failed if isinstance(failed, list) else [failed]
        return [
            FailedItem(
                id=_read(item, spec.id_field),
                code=_read(item, spec.code_field),
                message=_read(item, spec.message_field),
                raw=item,
            )
            for item in items
        ]

    @property
    def has_failures(self) -> bool:
        """True when at least one item failed."""
        return bool(self.failures)

    def raise_for_failures(self) -> Self:
        """Raise :class:`PartialFailureError` naming the failed ids if any item failed; else return self."""
        failures = self.failures
        if failures:
            raise PartialFailureError(failures)
        return self


def _read(item: Any, name: Optional[str]) -> Any:
    """Field ``name`` (a wire name) of a failed item, be it a model, a dict or a plain value."""
    if name is None:
        return None
    if isinstance(item, dict):
        return item.get(name)
    if isinstance(item, pydantic.BaseModel):
        for attribute, info in type(item).model_fields.items():
            if info.alias == name:
                return getattr(item, attribute)
    return getattr(item, name, None)
