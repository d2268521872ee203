"""generator.modeler: the intermediate model of the constructs fixture spec."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.pipeline import load_spec
from generator.targets.python import model as ir
from generator.targets.python.build import build_api

CONSTRUCTS = (
    Path(__file__).resolve().parent.parent
    / "fixtures"
    / "specs"
    / "constructs"
    / "spec"
    / "openapi.yaml"
)


@pytest.fixture(scope="module")
def api() -> ir.Api:
    return build_api(load_spec(CONSTRUCTS))


def model(api: ir.Api, name: str) -> ir.ModelDef:
    return next(m for m in api.models if m.name == name)


def field(api: ir.Api, model_name: str, py_name: str) -> ir.ModelField:
    return next(f for f in model(api, model_name).fields if f.py_name == py_name)


def test_resources_and_operations(api: ir.Api) -> None:
    assert [r.name for r in api.resources] == ["widgets", "gadgets"]
    widgets = api.resources[0]
    assert [op.method_name for op in widgets.operations] == [
        "get",
        "delete",
        "create",
        "list",
        "batch_get",
        "get_legacy",
    ]
    assert widgets.class_name == "Widgets"


def test_enums(api: ir.Api) -> None:
    color = next(e for e in api.enums if e.name == "Color")
    assert color.base == "str"
    assert [(m.name, m.value) for m in color.members] == [
        ("RED", "red"),
        ("DARK_GREEN", "dark-green"),
        ("BLUE", "blue"),
    ]
    size = next(e for e in api.enums if e.name == "Size")
    assert size.base == "int" and [m.name for m in size.members] == ["SMALL", "LARGE"]
    assert field(api, "WidgetBase", "size").annotation == "Optional[Union[Size, int]]"
    assert 'union_mode="left_to_right"' in field(api, "WidgetBase", "size").declaration


def test_inheritance_nullable_dicts_and_aliases(api: ir.Api) -> None:
    widget = model(api, "Widget")
    assert widget.base_class == "WidgetBase"
    assert field(api, "Widget", "note").annotation == "Optional[str]"
    assert field(api, "Widget", "owner").annotation == "Optional[Part]"
    assert field(api, "Widget", "attributes").annotation == "Optional[Dict[str, Any]]"
    assert field(api, "Widget", "counters").annotation == "Optional[Dict[str, int]]"
    assert (
        field(api, "Widget", "labels").annotation == "Optional[List[str]]"
    )  # alias component inlined
    assert field(api, "Widget", "from_").wire_name == "from"
    assert field(api, "Widget", "json_").declaration == ' = Field(default=None, alias="json")'
    assert field(api, "Widget", "display_name").needs_alias
    assert (
        field(api, "WidgetBase", "widget_id").annotation == "int"
        and field(api, "WidgetBase", "widget_id").required
    )


def test_recursive_model_is_rebuilt(api: ir.Api) -> None:
    module = next(m for m in api.modules if m.name == "widgets")
    assert "Part" in module.rebuild
    names = [m.name for m in module.models]
    assert names.index("WidgetBase") < names.index("Widget")


def test_parameters(api: ir.Api) -> None:
    get = api.operation("getWidget")
    assert [(p.py_name, p.location, p.style) for p in get.parameters] == [
        ("widget_id", "path", "simple"),
        ("fields", "query", "explode"),
        ("x_widget_version", "header", "simple"),
    ]
    listing = api.operation("listWidgets")
    styles = {p.py_name: p.style for p in listing.parameters}
    assert styles == {
        "page_token": "simple",
        "limit": "simple",
        "ids": "comma",
        "filter": "json",
        "wait_seconds": "simple",
    }
    assert next(p for p in listing.parameters if p.py_name == "wait_seconds").wire_name == "timeout"
    create = api.operation("createWidget")
    body = {p.py_name: p for p in create.body_parameters}
    assert list(body) == ["color", "size", "parts", "class_", "dry_run"]
    assert body["color"].required and not body["size"].required
    assert body["parts"].annotation == "Optional[Sequence[Union[Part, Mapping[str, Any]]]]"
    assert body["parts"].doc_text == "Parts to attach. At most 10 items."
    assert create.body_model is not None and create.body_model.name == "CreateWidgetRequest"


def test_idempotency(api: ir.Api) -> None:
    assert api.operation("getWidget").idempotent
    assert api.operation("deleteWidget").idempotent
    assert not api.operation("createWidget").idempotent
    assert api.operation("batchGetWidgets").idempotent  # PATCH marked x-idempotent


def test_responses_pagination_and_failures(api: ir.Api) -> None:
    assert api.operation("deleteWidget").response is None
    listing = api.operation("listWidgets").pagination
    assert listing is not None and (
        listing.style,
        listing.request_token,
        listing.response_token,
    ) == ("cursor", "page_token", "next_token")
    assert listing.item_type.name == "Widget"
    gadgets = api.operation("listGadgets").pagination
    assert gadgets is not None and gadgets.style == "offset"
    failure = model(api, "WidgetBatch").partial_failure
    assert failure is not None and (failure.failed, failure.id_field) == (
        "failed_list",
        "widget_id",
    )
    assert model(api, "WidgetBatch").base_class == "PartialFailureModel"


def test_deprecation(api: ir.Api) -> None:
    legacy = api.operation("getWidgetLegacy")
    assert legacy.deprecated and legacy.deprecated_by == "get"
    assert (
        legacy.deprecation_message
        == "get_legacy() calls the deprecated GET /v0/widgets/{widget_id}; use get() instead."
    )


def test_regions_and_errors(api: ir.Api) -> None:
    assert [(r.name, r.primary, r.backups) for r in api.regions] == [
        ("main", "https://api.example.com", ["https://backup.example.com"])
    ]
    assert [(e.code, e.retry) for e in api.error_codes] == [
        (414, "never"),
        (416, "always"),
        (503, "idempotent"),
    ]


def test_examples(api: ir.Api) -> None:
    assert api.operation("createWidget").example_call() == (
        'client.widgets.create(color="blue", parts=[{"name": "wheel"}])'
    )
    assert api.operation("batchGetWidgets").request_example == {"widget_ids": [1, 2]}


def _discriminated_spec(tmp_path: Path, discriminator: str) -> Path:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(
        f"""openapi: 3.1.0
info: {{title: Unions, version: '1'}}
paths: {{}}
components:
  schemas:
    A: {{type: object, properties: {{kind: {{type: string}}}}}}
    B: {{type: object, properties: {{kind: {{type: string}}}}}}
    AB:
      oneOf: [{{$ref: '#/components/schemas/A'}}, {{$ref: '#/components/schemas/B'}}]
      {discriminator}
    AOrText:
      oneOf: [{{$ref: '#/components/schemas/A'}}, {{type: string}}]
      discriminator: {{propertyName: kind}}
""",
        encoding="utf-8",
    )
    return spec


def test_discriminator_mapping_explicit_several_values_and_implicit(tmp_path: Path) -> None:
    from generator.core.modeler import build_model

    spec = _discriminated_spec(
        tmp_path,
        "discriminator: {propertyName: kind, mapping: {a: '#/components/schemas/A', x: A}}",
    )
    api = build_model(load_spec(spec))
    (module,) = api.modules
    (union,) = module.unions  # AOrText has an alternative that is no model: a plain union
    assert union.name == "AB"
    found = union.type.discriminator
    assert found is not None and found.property == "kind"
    assert found.mapping == (("a", "A"), ("x", "A"), ("B", "B"))

    python = build_api(load_spec(spec))
    (declared,) = python.modules[0].unions
    assert declared.variants == [("A", "a"), ("B", "B")] and declared.selector == "kind"
    assert declared.tags == {"a": "a", "x": "a", "B": "B"}


def test_a_union_without_discriminator_stays_structural(tmp_path: Path) -> None:
    from generator.core.modeler import build_model

    api = build_model(load_spec(_discriminated_spec(tmp_path, "description: no discriminator")))
    assert api.modules[0].unions == []
