"""The SDK of a plain OpenAPI 3.1 spec with odd constructs (tests/fixtures/specs/plain-odd) over
real HTTP: basic and query-key auth, inline models, unions, allOf, odd enum members, names that
are keywords, non-identifier schema names, form, multipart and binary bodies."""

from __future__ import annotations

import base64
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.plain_server import Answer, PlainServer

PACKAGE_DIR = (
    Path(__file__).resolve().parents[1] / "fixtures" / "specs" / "plain-odd" / "golden" / "python"
)
if str(PACKAGE_DIR) not in sys.path:
    sys.path.insert(0, str(PACKAGE_DIR))


@pytest.fixture
def server() -> Iterator[PlainServer]:
    with PlainServer() as running:
        yield running


@pytest.fixture
def client(server: PlainServer) -> Iterator[Any]:
    from odd_shapes_client import OddShapesClient

    with OddShapesClient(username="ann", password="pw", base_url=server.url) as made:
        yield made


def test_base_url_from_server_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    from odd_shapes_client import OddShapesClient

    monkeypatch.delenv("ODD_SHAPES_BASE_URL", raising=False)
    assert OddShapesClient().base_url == "http://localhost:8080/api"


def test_inline_response_models_keyword_argument_and_basic_auth(
    client: Any, server: PlainServer
) -> None:
    from odd_shapes_client.models import Circle, GetThingsByIdResponse, GetThingsByIdResponseOwner

    server.answer(
        "GET",
        "/things/t1",
        Answer.json(
            {
                "id": "t1",
                "owner": {"name": "Zoë", "größe": 180},
                "shape": {"kind": "circle", "radius": 2.5},
                "labels": 3,
            }
        ),
    )
    thing = client.default.get_things_by_id(id="t1", from_="yesterday")
    assert type(thing) is GetThingsByIdResponse
    assert type(thing.owner) is GetThingsByIdResponseOwner and thing.owner.grosse == 180
    assert type(thing.shape) is Circle and thing.shape.radius == 2.5
    assert thing.labels == 3
    seen = server.seen[-1]
    assert seen.query == [("from", "yesterday")]
    assert seen.headers["authorization"] == "Basic " + base64.b64encode(b"ann:pw").decode()


def test_second_security_alternative_is_a_query_key(server: PlainServer) -> None:
    from odd_shapes_client import OddShapesClient

    server.answer("GET", "/files/a.bin", Answer(200, b"\x00\x01binary", "application/octet-stream"))
    with OddShapesClient(api_key="k&1", base_url=server.url) as client:
        assert client.things.download(name="a.bin") == b"\x00\x01binary"
    seen = server.seen[-1]
    assert seen.query == [("key", "k&1")] and "authorization" not in seen.headers


def test_body_field_names_clash_and_keywords(client: Any, server: PlainServer) -> None:
    server.answer("PUT", "/things/t1", Answer(204))
    result = client.things.replace_thing(
        id="t1", id_body=5, class_="big", foo_bar_2="x", foo_bar="y"
    )
    assert result is None
    seen = server.seen[-1]
    assert seen.path == "/things/t1"
    assert seen.json() == {"id": 5, "class": "big", "fooBar": "x", "foo_bar": "y"}


def test_form_body(client: Any, server: PlainServer) -> None:
    server.answer("POST", "/forms", Answer.json({"ok": True}))
    assert client.things.send_form(name="a b&c", count=2) == {"ok": True}
    seen = server.seen[-1]
    assert seen.headers["content-type"] == "application/x-www-form-urlencoded"
    assert seen.body == b"name=a%20b%26c&count=2"


def test_multipart_upload_and_recursive_model(client: Any, server: PlainServer) -> None:
    from odd_shapes_client.models import BillingPortalConfiguration, Mode

    server.answer(
        "POST",
        "/uploads",
        Answer.json({"id": "c1", "mode": "A", "children": [{"id": "c2", "mode": "1st"}]}, 201),
    )
    made = client.things.upload(file=b"PNG-bytes", note="hello")
    assert type(made) is BillingPortalConfiguration
    assert made.mode is Mode.A_2 and made.children[0].mode is Mode.VALUE_1ST
    seen = server.seen[-1]
    assert seen.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'name="file"; filename="file"' in seen.body and b"PNG-bytes" in seen.body
    assert b'name="note"' in seen.body and b"hello" in seen.body


def test_union_body_is_sent_as_is_and_union_result(client: Any, server: PlainServer) -> None:
    from odd_shapes_client.models import Square
    from odd_shapes_client.resources.tagged import TaggedResource

    server.answer("POST", "/shapes", Answer.json({"kind": "square", "side": 2, "corner": "round"}))
    shape = client.tagged.things(body={"kind": "square", "side": 2})
    assert type(shape) is Square and shape.corner == "round"
    assert server.seen[-1].json() == {"kind": "square", "side": 2}
    assert type(client.tagged) is TaggedResource  # the model Tagged keeps its name


def test_odd_enum_members() -> None:
    from odd_shapes_client.models import Mode

    assert [(m.name, m.value) for m in Mode] == [
        ("A", "a"),
        ("A_2", "A"),
        ("VALUE_1ST", "1st"),
        ("VALUE_", ""),
        ("WITH_SPACE", "with space"),
        ("NULL", "null"),
    ]


def test_package_passes_mypy_strict(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--cache-dir",
            str(tmp_path),
            "odd_shapes_client",
        ],
        cwd=PACKAGE_DIR,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_method_names_made_unique_keywords_and_anonymous_calls(server: PlainServer) -> None:
    import warnings

    from odd_shapes_client import OddShapesClient

    server.answer("GET", "/things", Answer.json(["a"]))
    server.answer("GET", "/things-again", Answer.json(["b"]))
    server.answer("POST", "/imports", Answer(202))
    with OddShapesClient(username="u", password="p", base_url=server.url) as client:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            assert client.things.list_things() == ["a"]
        assert any(issubclass(w.category, DeprecationWarning) for w in caught)
        assert client.things.list_things_2() == ["b"]
    with OddShapesClient(base_url=server.url) as anonymous:  # `security: []` needs nothing
        assert anonymous.things.import_(body=[1, 2]) is None
    seen = server.seen[-1]
    assert seen.json() == [1, 2] and "authorization" not in seen.headers and seen.query == []
