"""The questions a profile answers for the neutral modeler (:mod:`generator.core.modeler`)."""

from __future__ import annotations

from typing import Any

from generator.core import model
from generator.core.schemas import SchemaIndex


class Profile:
    """Plain OpenAPI answers; a profile of an API family overrides what its conventions change."""

    name = "openapi"
    #: The lint layers that run for a spec of this profile (see :mod:`generator.core.lint`).
    lint_layers: tuple[str, ...] = ("openapi", "generator")
    #: Whether inline object schemas become models named from their place (else free-form maps).
    inline_models = True
    #: Rule ids whose findings stop the run; the others are warnings.
    errors: frozenset[str] = frozenset()

    def severity(self, rule: str) -> str:
        """``error`` or ``warning`` for a finding of the rule ``rule``."""
        return "error" if rule in self.errors else "warning"

    def resource_of(self, operation: dict[str, Any], tags: dict[str, dict[str, Any]]) -> str:
        """The snake_case name of the resource (``client.<name>``) the operation belongs to."""
        raise NotImplementedError

    def method_hint(self, operation: dict[str, Any], method: str, path: str) -> str:
        """The snake_case method name of the operation within its resource."""
        raise NotImplementedError

    def is_argument(self, parameter: dict[str, Any]) -> bool:
        """Whether a declared parameter becomes an argument of the SDK method (a profile may
        send some headers itself)."""
        return True

    def success(self, operation: dict[str, Any], index: SchemaIndex) -> tuple[Any, Any]:
        """The schema of the payload of a successful answer and its example (``None`` each
        when the spec gives none)."""
        raise NotImplementedError

    def idempotent(self, operation: dict[str, Any], method: str) -> bool:
        """Whether the operation may be sent twice."""
        return method in ("get", "head", "put", "delete", "options")

    def pagination(
        self, operation: dict[str, Any], data: Any, modeler: Any
    ) -> model.Pagination | None:
        return None

    def stream(
        self, operation: dict[str, Any], params: list[model.Parameter], data: Any, modeler: Any
    ) -> model.Stream | None:
        return None

    def partial_failure(
        self, schema: dict[str, Any], index: SchemaIndex
    ) -> model.PartialFailure | None:
        return None

    def regions(self, document: dict[str, Any]) -> list[model.Region]:
        raise NotImplementedError

    def error_codes(self, document: dict[str, Any]) -> list[model.ErrorCode]:
        return []

    def package(self, document: dict[str, Any]) -> model.Package:
        raise NotImplementedError
