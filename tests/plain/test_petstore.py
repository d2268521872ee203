"""The SDK of a plain OpenAPI 3.0 spec (tests/fixtures/specs/plain-petstore) over real HTTP:
no envelope, bearer and API-key auth from the security schemes, the base URL from servers."""

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
    Path(__file__).resolve().parents[1]
    / "fixtures"
    / "specs"
    / "plain-petstore"
    / "golden"
    / "python"
)
if str(PACKAGE_DIR) not in sys.path:
    sys.path.insert(0, str(PACKAGE_DIR))

PET = {"id": 7, "name": "Rex", "tag": None, "status": "sold"}


@pytest.fixture
def server() -> Iterator[PlainServer]:
    with PlainServer() as running:
        yield running


@pytest.fixture
def client(server: PlainServer) -> Iterator[Any]:
    from petstore_client import PetstoreClient

    with PetstoreClient(token="tok-123", api_key="key-456", base_url=server.url) as made:
        yield made


def test_defaults_come_from_servers_and_env(monkeypatch: pytest.MonkeyPatch) -> None:
    from petstore_client import PetstoreClient

    monkeypatch.delenv("PETSTORE_BASE_URL", raising=False)
    assert PetstoreClient().base_url == "https://eu.petstore.example.com/v1"
    monkeypatch.setenv("PETSTORE_BASE_URL", "http://127.0.0.1:9")
    assert PetstoreClient().base_url == "http://127.0.0.1:9"


def test_list_sends_bearer_and_query_and_parses_a_list(client: Any, server: PlainServer) -> None:
    from petstore_client.models import Pet, PetStatus

    server.answer("GET", "/pets", Answer.json([PET, {"id": 8, "name": "Ace"}]))
    pets = client.pets.list_pets(limit=2, tags=["a", "b c"])
    assert [type(p) for p in pets] == [Pet, Pet]
    assert pets[0].status is PetStatus.SOLD and pets[0].tag is None and pets[1].name == "Ace"
    seen = server.seen[-1]
    assert seen.headers["authorization"] == "Bearer tok-123"
    assert "x-api-key" not in seen.headers and "appkey" not in seen.headers
    assert seen.query == [("limit", "2"), ("tags", "a"), ("tags", "b c")]


def test_create_sends_json_body_and_returns_201_body(client: Any, server: PlainServer) -> None:
    server.answer("POST", "/pets", Answer.json(PET, 201))
    pet = client.pets.create_pet(name="Rex", tag="dog")
    assert pet.id == 7 and pet.name == "Rex"
    seen = server.seen[-1]
    assert seen.json() == {"name": "Rex", "tag": "dog"}
    assert seen.headers["content-type"] == "application/json"


def test_path_and_header_parameters(client: Any, server: PlainServer) -> None:
    server.answer("GET", "/pets/a%2Fb", Answer.json(PET))
    pet = client.pets.show_pet_by_id(pet_id="a/b", x_request_source="test")
    assert pet.id == 7
    assert server.seen[-1].headers["x-request-source"] == "test"


def test_no_body_response_is_none(client: Any, server: PlainServer) -> None:
    server.answer("DELETE", "/pets/7", Answer(204))
    assert client.pets.delete_pet(pet_id="7") is None


def test_error_status_raises_with_body(client: Any, server: PlainServer) -> None:
    from petstore_client import APIStatusError, PetstoreError

    server.answer("GET", "/pets/9", Answer.json({"code": 404, "message": "no pet 9"}, 404))
    with pytest.raises(APIStatusError) as caught:
        client.pets.show_pet_by_id(pet_id="9")
    assert caught.value.status_code == 404
    assert caught.value.body == {"code": 404, "message": "no pet 9"}
    assert isinstance(caught.value, PetstoreError)
    assert "tok-123" not in str(caught.value)


def test_api_key_scheme_of_one_operation(client: Any, server: PlainServer) -> None:
    server.answer("GET", "/store/inventory", Answer.json({"sold": 3, "available": 1}))
    assert client.store.get_inventory() == {"sold": 3, "available": 1}
    seen = server.seen[-1]
    assert seen.headers["x-api-key"] == "key-456"
    assert "authorization" not in seen.headers


def test_missing_credentials_are_a_configuration_error(
    server: PlainServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from petstore_client import ConfigurationError, PetstoreClient

    monkeypatch.delenv("PETSTORE_TOKEN", raising=False)
    monkeypatch.setenv("PETSTORE_API_KEY", "from-env")
    with PetstoreClient(base_url=server.url) as anonymous:
        with pytest.raises(ConfigurationError, match="bearerAuth"):
            anonymous.pets.list_pets()
        server.answer("GET", "/store/inventory", Answer.json({}))
        anonymous.store.get_inventory()
    assert server.seen[-1].headers["x-api-key"] == "from-env"
    assert len(server.seen) == 1


def test_async_client_and_raw_response(server: PlainServer) -> None:
    import asyncio

    from petstore_client import AsyncPetstoreClient

    server.answer("GET", "/pets", Answer.json([PET]))

    async def main() -> Any:
        async with AsyncPetstoreClient(token="t", base_url=server.url) as client:
            pets = await client.pets.list_pets()
            raw = await client.with_raw_response.pets.list_pets()
            return pets, raw

    pets, raw = asyncio.run(main())
    assert pets[0].name == "Rex"
    assert raw.http_response.status_code == 200 and raw.parsed[0].id == 7


def test_malformed_success_body(client: Any, server: PlainServer) -> None:
    from petstore_client import MalformedResponseError, ResponseValidationError

    server.answer("GET", "/pets/1", Answer(200, b"<html>", "text/html"))
    with pytest.raises(MalformedResponseError):
        client.pets.show_pet_by_id(pet_id="1", max_retries=0)
    server.answer("GET", "/pets/2", Answer.json({"id": "not a number"}))
    with pytest.raises(ResponseValidationError):
        client.pets.show_pet_by_id(pet_id="2", max_retries=0)


def test_package_passes_mypy_strict(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path), "petstore_client"],
        cwd=PACKAGE_DIR,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_basic_auth_header_shape() -> None:
    from petstore_client._auth import Credential, apply_security

    credentials = {"b": Credential("basic", value="ann", password="s3cret")}
    headers, query = apply_security([["b"]], credentials)
    assert headers == {"Authorization": "Basic " + base64.b64encode(b"ann:s3cret").decode()}
    assert query == {}
