"""The spec and the generated SDK agree: every operation has its method (sync, async, raw) that
sends the right HTTP method and path, every schema its model with every property, every
operation its docs section."""

from __future__ import annotations

import asyncio
import inspect
import re
import warnings
from pathlib import Path
from typing import Any

import pytest

from generator.pipeline import load_spec
from generator.targets.python.build import build_api
from tests.support.calls import call_with_example
from tests.support.server import APP_KEY, APP_SECRET, YunxinServer

REPO = Path(__file__).resolve().parents[2]
API = build_api(load_spec(REPO / "spec" / "openapi.yaml"))
OPERATIONS = {op.operation_id: op for op in API.operations}


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_operation_round_trip(operation_id: str, bundled_spec: dict[str, Any]) -> None:
    from yunxin_im import AsyncYunxinIM, SyncPage, YunxinIM

    op = OPERATIONS[operation_id]
    with YunxinServer(bundled_spec) as server:
        with YunxinIM(
            app_key=APP_KEY, app_secret=APP_SECRET, base_url=server.url, max_retries=0
        ) as client:
            result = call_with_example(client, op)
            raw = call_with_example(client.with_raw_response, op)

        async def run_async() -> Any:
            async with AsyncYunxinIM(
                app_key=APP_KEY, app_secret=APP_SECRET, base_url=server.url, max_retries=0
            ) as sdk:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", DeprecationWarning)
                    return await call_with_example(sdk, op)

        async_result = asyncio.run(run_async())
    assert [r.operation_id for r in server.requests] == [operation_id] * 3
    assert [(r.method, r.violations) for r in server.requests] == [(op.http_method, [])] * 3
    assert raw.status_code == 200
    if op.pagination is not None:
        assert isinstance(result, SyncPage) and type(result.data).__name__ == op.response.name  # type: ignore[union-attr]
        assert type(async_result.data).__name__ == op.response.name  # type: ignore[union-attr]
    elif op.response is None:
        assert result is None and async_result is None
    else:
        assert type(result).__name__ == op.response.name and result == async_result
        assert type(raw.parse()).__name__ == op.response.name


def test_every_method_is_documented_and_typed() -> None:
    import importlib

    for resource in API.resources:
        module = importlib.import_module(f"yunxin_im.resources.{resource.name}")
        sync_class = getattr(module, resource.class_name)
        async_class = getattr(module, f"Async{resource.class_name}")
        for op in resource.operations:
            sync_method = getattr(sync_class, op.method_name)
            async_method = getattr(async_class, op.method_name)
            assert op.summary_sentence in (sync_method.__doc__ or "")
            parameters = set(inspect.signature(sync_method).parameters)
            assert {p.py_name for p in op.parameters} | {"self", "options"} == parameters
            assert set(inspect.signature(async_method).parameters) == parameters
            assert inspect.iscoroutinefunction(async_method) == (op.pagination is None)
            descriptor = getattr(module, f"_{op.method_name.upper()}")
            assert (descriptor.method, descriptor.path, descriptor.name) == (
                op.http_method,
                op.path,
                op.operation_id,
            )
            assert descriptor.idempotent == op.idempotent


def test_every_schema_has_its_model() -> None:
    import yunxin_im.models as models

    schemas = load_spec(REPO / "spec" / "openapi.yaml").document["components"]["schemas"]
    for name, schema in schemas.items():
        if "enum" in schema:
            enum = getattr(models, name)
            assert [member.value for member in enum] == schema["enum"]
            continue
        if not (schema.get("properties") or schema.get("allOf")):
            continue
        model = getattr(models, name)
        wire_names = {info.alias or field for field, info in model.model_fields.items()}
        own = dict(schema.get("properties") or {})
        for part in schema.get("allOf", []):
            own.update(part.get("properties") or {})
            if "$ref" in part:
                own.update(schemas[part["$ref"].rsplit("/", 1)[1]].get("properties") or {})
        assert set(own) <= wire_names, f"{name} lacks {set(own) - wire_names}"


def test_every_operation_has_a_docs_section() -> None:
    index = (REPO / "generated" / "docs" / "index.md").read_text(encoding="utf-8")
    for resource in API.resources:
        page = (REPO / "generated" / "docs" / f"{resource.name}.md").read_text(encoding="utf-8")
        sections = re.findall(r"^## (\w+)$", page, flags=re.M)
        assert sections == [op.method_name for op in resource.operations]
        for op in resource.operations:
            assert f"`{op.http_method} {op.path}`" in page
            assert f"({resource.name}.md#{op.anchor})" in index
            if op.doc_url:
                assert op.doc_url in page
