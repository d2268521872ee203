"""Check the bundled document against the OpenAPI 3.1 specification.

openapi-spec-validator does the checking; this module turns its findings into
:class:`~generator.problems.Problem` values that point at the source file and line.
"""

from __future__ import annotations

import re
from typing import Any

from openapi_spec_validator import OpenAPIV31SpecValidator

from generator.bundler import Bundle
from generator.loader import join_pointer
from generator.problems import Problem, SpecError

_OPERATION_IN_PATH = re.compile(r"for '(?P<method>[a-z]+)'(?: operation)? in '(?P<path>/[^']*)'")
_PATH_ONLY = re.compile(r"in '(?P<path>/[^']*)'")

#: Problems our own lint rules report with a better message; the validator's copy is dropped.
_REPORTED_BY_LINT = ("Operation ID",)


def _pointer_for(error: Any) -> str:
    path = list(getattr(error, "absolute_path", []) or [])
    if path:
        pointer = ""
        for token in path:
            pointer = join_pointer(pointer, token)
        return pointer
    message = str(getattr(error, "message", error))
    match = _OPERATION_IN_PATH.search(message)
    if match:
        return join_pointer(join_pointer("/paths", match["path"]), match["method"])
    match = _PATH_ONLY.search(message)
    if match:
        return join_pointer("/paths", match["path"])
    return ""


def _fix_for(message: str) -> str:
    if "was not resolved" in message or "path parameter" in message.lower():
        return "declare every {name} of the path as an `in: path` parameter with that exact name"
    if "is a required property" in message:
        return "add the missing property"
    if "Additional properties are not allowed" in message or "unevaluated" in message.lower():
        return "remove or correct the key; OpenAPI allows only its own keys here (vendor keys start with x-)"
    if "is not valid under any of the given schemas" in message:
        return "compare this object with the OpenAPI 3.1 definition of its kind"
    return "make this part follow the OpenAPI 3.1 specification"


def validate_openapi(bundle: Bundle) -> None:
    """Raise :class:`SpecError` listing every way the bundle breaks OpenAPI 3.1."""
    problems: list[Problem] = []
    try:
        errors = list(OpenAPIV31SpecValidator(bundle.document).iter_errors())
    except Exception as error:  # the validator itself failed: report, never crash
        raise SpecError(
            [
                Problem(
                    bundle.locate(""),
                    "openapi-invalid",
                    f"the OpenAPI validator could not check the document: {type(error).__name__}: {error}",
                    "fix the problem named above; it usually means a reference or value of the wrong kind",
                )
            ]
        ) from None
    for found in errors:
        message = str(getattr(found, "message", found))
        if message.startswith(_REPORTED_BY_LINT):
            continue
        pointer = _pointer_for(found)
        problems.append(
            Problem(
                bundle.locate(pointer),
                "openapi-invalid",
                f"not valid OpenAPI 3.1: {message}",
                _fix_for(message),
            )
        )
    if problems:
        raise SpecError(problems)
