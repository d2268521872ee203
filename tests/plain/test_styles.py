"""The SDK of tests/fixtures/specs/plain-styles over real HTTP: discriminated unions (explicit,
several values for one variant, implicit mapping), object-valued query parameters in each
style, and names and values outside ASCII."""

from __future__ import annotations

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
    / "plain-styles"
    / "golden"
    / "python"
)
if str(PACKAGE_DIR) not in sys.path:
    sys.path.insert(0, str(PACKAGE_DIR))


@pytest.fixture
def server() -> Iterator[PlainServer]:
    with PlainServer() as running:
        yield running


@pytest.fixture
def client(server: PlainServer) -> Iterator[Any]:
    from pet_styles_client import PetStylesClient

    with PetStylesClient(base_url=server.url, max_retries=0) as made:
        yield made


def test_object_query_parameters_travel_in_their_styles(client: Any, server: PlainServer) -> None:
    from pet_styles_client.models import Filter, Grossenklasse

    server.answer("GET", "/pets", Answer.json([]))
    client.pets.list_pets(
        filter=Filter(color="brown & white", size=Grossenklasse.GROSS),
        range={"min": 1, "max": 5},
        sort={"name": "asc", "age": "desc"},
        名前="Mimi",
    )
    seen = server.seen[-1]
    assert seen.query == [
        ("color", "brown & white"),
        ("size", "groß"),
        ("range", "min,1,max,5"),
        ("sort[name]", "asc"),
        ("sort[age]", "desc"),
        ("名前", "Mimi"),
    ]
    # form, not exploded: the commas between keys and values are literal, the rest encoded
    assert "range=min,1,max,5" in seen.raw_query
    assert "sort%5Bname%5D=asc" in seen.raw_query


def test_a_discriminated_union_picks_the_variant_by_its_property(
    client: Any, server: PlainServer
) -> None:
    from pet_styles_client.models import Cat, Dog

    server.answer(
        "GET",
        "/pets",
        Answer.json(
            [
                {"pet_type": "kitten", "purrs": True, "名前": "Mimi"},
                {"pet_type": "cat"},
                # implicit mapping: the variant's schema name
                {"pet_type": "Dog", "barks": True, "purrs": True},
            ]
        ),
    )
    pets = client.pets.list_pets()
    assert [type(p) for p in pets] == [Cat, Cat, Dog]
    assert pets[0].名前 == "Mimi" and pets[0].purrs is True
    assert pets[2].barks is True


def test_an_unknown_discriminator_value_is_a_response_validation_error(
    client: Any, server: PlainServer
) -> None:
    from pet_styles_client import ResponseValidationError

    server.answer("GET", "/pets", Answer.json([{"pet_type": "parrot"}]))
    with pytest.raises(ResponseValidationError):
        client.pets.list_pets()


def test_union_bodies_nested_unions_and_implicit_mapping(client: Any, server: PlainServer) -> None:
    from pet_styles_client.models import Cat, Dog, Owner, Snake

    server.answer(
        "POST",
        "/pets",
        Answer.json(
            {
                "pets": [{"pet_type": "cat"}],
                "favourite": None,
                "reptile": {"petType": "Snake", "length": 1.5},
            },
            201,
        ),
    )
    owner = client.pets.add_pet(body=Cat(pet_type="cat", purrs=False))
    assert server.seen[-1].json() == {"pet_type": "cat", "purrs": False}
    assert type(owner) is Owner and type(owner.pets[0]) is Cat
    assert owner.favourite is None
    assert type(owner.reptile) is Snake and owner.reptile.length == 1.5
    # a model built in code takes a variant instance or its wire dict
    built = Owner(pets=[Dog(pet_type="Dog"), {"pet_type": "kitten"}], favourite=Cat(pet_type="cat"))
    assert [type(p) for p in built.pets] == [Dog, Cat] and type(built.favourite) is Cat


def test_names_outside_ascii() -> None:
    from pet_styles_client.models import Cat, Grossenklasse

    assert [m.name for m in Grossenklasse] == ["KLEIN", "GROSS", "GROSS_2", "大", "CAFE"]
    assert Grossenklasse("Groß") is Grossenklasse.GROSS_2
    assert Cat.model_validate({"pet_type": "cat", "名前": "Mimi"}).名前 == "Mimi"
