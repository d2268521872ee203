"""The bundled spec (``generated/openapi.yaml``): the whole document in one file for other
OpenAPI tools, each operation carrying ``x-codeSamples`` with its SDK call."""

from __future__ import annotations

from typing import Any

from generator.core import yamldump
from generator.core.yamldump import LiteralText
from generator.targets.base import Output, Target, Views
from generator.targets.python import model as python_model


def _code_samples(api: python_model.Api, op: python_model.Operation) -> list[dict[str, Any]]:
    source = LiteralText(api.code_sample(op))
    return [
        {"lang": "Python", "label": f"Python SDK: {op.resource}.{op.method_name}", "source": source}
    ]


def with_code_samples(document: dict[str, Any], api: python_model.Api) -> dict[str, Any]:
    """A copy of ``document`` whose operations carry ``x-codeSamples`` (the SDK call, for Redoc,
    Scalar and similar viewers); the spec's own document is left as it is."""
    samples = {(op.http_method.lower(), op.path): op for op in api.operations}
    paths: dict[str, Any] = {}
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            paths[path] = item
            continue
        paths[path] = {
            method: (
                {**operation, "x-codeSamples": _code_samples(api, samples[(method, path)])}
                if (method, path) in samples and isinstance(operation, dict)
                else operation
            )
            for method, operation in item.items()
        }
    return {**document, "paths": paths}


def bundled_text(views: Views) -> str:
    """The bundled document as YAML, in the spec's key order, with its code samples."""
    document = with_code_samples(views.api.document, views.python)
    return yamldump.dump_yaml(document).rstrip("\n")


class OpenAPITarget(Target):
    name = "openapi"

    def outputs(self, views: Views) -> list[Output]:
        return [Output("openapi.yaml", "openapi.yaml.jinja", {"bundled": bundled_text(views)})]
