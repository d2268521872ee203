"""The bundled spec (``generated/openapi.yaml``): the whole document in one file for other
OpenAPI tools, each operation carrying ``x-codeSamples`` with its SDK call."""

from __future__ import annotations

from typing import Any

from generator.core import yamldump
from generator.core.yamldump import LiteralText
from generator.targets.base import Output, Target, Views
from generator.targets.python import model as python_model
from generator.targets.typescript import model as typescript_model


def _typescript_sample(api: typescript_model.Api, op: typescript_model.Operation) -> str:
    """A complete TypeScript example of one operation: the import, the client, the call."""
    return (
        f'import {{ {api.client_class} }} from "{api.package_name}";\n\n'
        f"const client = new {api.client_class}(); // reads YUNXIN_APP_KEY and YUNXIN_APP_SECRET\n"
        f"{op.example_code}\n"
    )


def _code_samples(
    api: python_model.Api,
    op: python_model.Operation,
    ts_api: typescript_model.Api | None,
    ts_op: typescript_model.Operation | None,
) -> list[dict[str, Any]]:
    samples: list[dict[str, Any]] = [
        {
            "lang": "Python",
            "label": f"Python SDK: {op.resource}.{op.method_name}",
            "source": LiteralText(api.code_sample(op)),
        }
    ]
    if ts_api is not None and ts_op is not None:
        samples.append(
            {
                "lang": "TypeScript",
                "label": f"TypeScript SDK: {ts_op.resource}.{ts_op.method_name}",
                "source": LiteralText(_typescript_sample(ts_api, ts_op)),
            }
        )
    return samples


def with_code_samples(
    document: dict[str, Any],
    api: python_model.Api,
    ts_api: typescript_model.Api | None = None,
) -> dict[str, Any]:
    """A copy of ``document`` whose operations carry ``x-codeSamples`` (the SDK calls, for
    Redoc, Scalar and similar viewers); the spec's own document is left as it is."""
    samples = {(op.http_method.lower(), op.path): op for op in api.operations}
    ts_samples = {
        (op.http_method.lower(), op.path): op for op in (ts_api.operations if ts_api else [])
    }
    paths: dict[str, Any] = {}
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            paths[path] = item
            continue
        paths[path] = {
            method: (
                {
                    **operation,
                    "x-codeSamples": _code_samples(
                        api, samples[(method, path)], ts_api, ts_samples.get((method, path))
                    ),
                }
                if (method, path) in samples and isinstance(operation, dict)
                else operation
            )
            for method, operation in item.items()
        }
    return {**document, "paths": paths}


def bundled_text(views: Views) -> str:
    """The bundled document as YAML, in the spec's key order, with its code samples."""
    ts = views.typescript if "typescript" in views.targets else None
    document = with_code_samples(views.api.document, views.python, ts)
    return yamldump.dump_yaml(document).rstrip("\n")


class OpenAPITarget(Target):
    name = "openapi"

    def outputs(self, views: Views) -> list[Output]:
        return [Output("openapi.yaml", "openapi.yaml.jinja", {"bundled": bundled_text(views)})]
