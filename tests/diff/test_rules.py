"""One pair of specs per diff rule: a base spec, and the same spec with one change.

Each case mutates a copy of ``BASE`` and names the change the diff must report (severity,
operation, location and a phrase of the message) and the bump that follows. A case also fails
when the diff reports anything else, so that every rule is tested to fire alone.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from generator.diff import diff_documents

ENVELOPE_OK = {
    "description": "Success.",
    "content": {
        "application/json": {
            "schema": {
                "allOf": [
                    {"$ref": "#/components/schemas/Envelope"},
                    {
                        "type": "object",
                        "properties": {"data": {"$ref": "#/components/schemas/Friend"}},
                    },
                ]
            },
            "example": {"code": 200, "msg": "success", "data": {"account_id": "a"}},
        }
    },
}

BASE: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {
        "title": "Test API",
        "version": "1.0.0",
        "x-sdk": {"package": "test_sdk", "version": "0.3.0"},
        "x-error-codes": [
            {"code": 414, "name": "InvalidParameterError", "description": "Bad.", "retry": "never"},
        ],
    },
    "servers": [
        {"url": "https://cn.example.com", "x-region": "cn", "x-role": "primary"},
    ],
    "tags": [{"name": "Friends", "description": "Friends.", "x-sdk-resource": "friends"}],
    "paths": {
        "/friends/{account_id}": {
            "get": {
                "operationId": "getFriend",
                "tags": ["Friends"],
                "summary": "Get a friend",
                "description": "Gets one friend.",
                "x-sdk-method": "get",
                "parameters": [
                    {
                        "name": "account_id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string", "maxLength": 32},
                    },
                    {
                        "name": "limit",
                        "in": "query",
                        "description": "How many.",
                        "schema": {"type": "integer", "maximum": 100},
                    },
                ],
                "responses": {"200": ENVELOPE_OK},
            },
            "post": {
                "operationId": "addFriend",
                "tags": ["Friends"],
                "summary": "Add a friend",
                "description": "Adds one friend.",
                "x-sdk-method": "add",
                "parameters": [
                    {
                        "name": "account_id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    }
                ],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/AddFriendRequest"}
                        }
                    },
                },
                "responses": {"200": ENVELOPE_OK},
            },
        },
        "/plain/items": {
            "get": {
                "operationId": "listItems",
                "summary": "List items",
                "responses": {
                    "200": {
                        "description": "Items.",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "array",
                                    "items": {"$ref": "#/components/schemas/Item"},
                                }
                            }
                        },
                    }
                },
            }
        },
    },
    "components": {
        "schemas": {
            "Envelope": {
                "type": "object",
                "required": ["code"],
                "properties": {"code": {"type": "integer"}, "msg": {"type": "string"}},
            },
            "Friend": {
                "type": "object",
                "required": ["account_id"],
                "properties": {
                    "account_id": {"type": "string", "description": "The friend."},
                    "alias": {"type": "string", "description": "A nickname."},
                    "relation": {"$ref": "#/components/schemas/Relation"},
                },
            },
            "Relation": {
                "type": "integer",
                "enum": [1, 2],
                "x-enum-varnames": ["FRIEND", "BLOCKED"],
            },
            "AddFriendRequest": {
                "type": "object",
                "required": ["friend_account_id"],
                "properties": {
                    "friend_account_id": {"type": "string", "maxLength": 32},
                    "message": {"type": "string", "description": "A greeting.", "maxLength": 256},
                    "kind": {"type": "string", "enum": ["normal", "silent"]},
                },
            },
            "Item": {
                "type": "object",
                "properties": {"id": {"type": "integer"}, "name": {"type": ["string", "null"]}},
            },
        }
    },
}

GET = "GET /friends/{account_id}"
POST = "POST /friends/{account_id}"
PLAIN = "GET /plain/items"
Mutation = Callable[[dict[str, Any]], None]


def _op(doc: dict[str, Any], method: str = "get", path: str = "/friends/{account_id}") -> Any:
    return doc["paths"][path][method]


def _schema(doc: dict[str, Any], name: str) -> Any:
    return doc["components"]["schemas"][name]


Expected = tuple[str, str | None, str, str]
CASES: list[tuple[str, Mutation, Expected | list[Expected], str]] = [
    # -- operations -------------------------------------------------------------------------
    (
        "operation removed",
        lambda d: d["paths"]["/friends/{account_id}"].pop("post"),
        ("breaking", POST, "operation", "operation removed"),
        "major",
    ),
    (
        "operation added",
        lambda d: d["paths"]["/friends/{account_id}"].__setitem__(
            "delete",
            {**copy.deepcopy(_op(d)), "operationId": "deleteFriend", "x-sdk-method": "delete"},
        ),
        (
            "compatible",
            "DELETE /friends/{account_id}",
            "operation",
            "operation added (friends.delete)",
        ),
        "minor",
    ),
    (
        "method changed",
        lambda d: d["paths"]["/friends/{account_id}"].__setitem__(
            "patch", d["paths"]["/friends/{account_id}"].pop("post")
        ),
        ("breaking", "PATCH /friends/{account_id}", "operation", "moved from POST"),
        "major",
    ),
    (
        "sdk method renamed",
        lambda d: _op(d).__setitem__("x-sdk-method", "fetch"),
        ("breaking", GET, "x-sdk-method", "renamed from get to fetch"),
        "major",
    ),
    (
        "resource renamed",
        lambda d: d["tags"][0].__setitem__("x-sdk-resource", "contacts"),
        [
            ("breaking", GET, "tags", "from resource friends to contacts"),
            ("breaking", POST, "tags", "from resource friends to contacts"),
        ],
        "major",
    ),
    (
        "no longer idempotent",
        lambda d: _op(d).__setitem__("x-idempotent", False),
        ("breaking", GET, "x-idempotent", "no longer idempotent"),
        "major",
    ),
    (
        "now idempotent",
        lambda d: _op(d, "post").__setitem__("x-idempotent", True),
        ("compatible", POST, "x-idempotent", "now idempotent"),
        "minor",
    ),
    (
        "paging changed",
        lambda d: _op(d).__setitem__("x-pagination", {"style": "cursor", "items": "items"}),
        ("breaking", GET, "x-pagination", "paging added"),
        "major",
    ),
    (
        "deprecation added",
        lambda d: _op(d).__setitem__("deprecated", True),
        ("compatible", GET, "deprecated", "operation deprecated"),
        "minor",
    ),
    (
        "summary changed",
        lambda d: _op(d).__setitem__("summary", "Fetch one friend"),
        ("info", GET, "summary", "summary changed"),
        "patch",
    ),
    (
        "external docs added",
        lambda d: _op(d).__setitem__("externalDocs", {"url": "https://example.com/doc"}),
        ("info", GET, "externalDocs", "externalDocs changed"),
        "patch",
    ),
    # -- parameters -------------------------------------------------------------------------
    (
        "parameter removed",
        lambda d: _op(d)["parameters"].pop(1),
        ("breaking", GET, "query parameter limit", "`limit` removed"),
        "major",
    ),
    (
        "parameter renamed",
        lambda d: _op(d)["parameters"][1].__setitem__("name", "page_size"),
        ("breaking", GET, "query parameter limit", "`limit` renamed to `page_size`"),
        "major",
    ),
    (
        "optional parameter added",
        lambda d: _op(d)["parameters"].append(
            {"name": "cursor", "in": "query", "schema": {"type": "string"}}
        ),
        ("compatible", GET, "query parameter cursor", "optional query parameter `cursor` added"),
        "minor",
    ),
    (
        "required parameter added",
        lambda d: _op(d)["parameters"].append(
            {"name": "owner", "in": "query", "required": True, "schema": {"type": "string"}}
        ),
        ("breaking", GET, "query parameter owner", "required query parameter `owner` added"),
        "major",
    ),
    (
        "parameter became required",
        lambda d: _op(d)["parameters"][1].__setitem__("required", True),
        ("breaking", GET, "query parameter limit", "became required"),
        "major",
    ),
    (
        "argument renamed",
        lambda d: _op(d)["parameters"][1].__setitem__("x-sdk-name", "page_limit"),
        ("breaking", GET, "query parameter limit", "SDK argument name"),
        "major",
    ),
    (
        "parameter type changed",
        lambda d: _op(d)["parameters"][1].__setitem__("schema", {"type": "string", "maximum": 100}),
        ("breaking", GET, "query parameter limit", "type changed from integer to string"),
        "major",
    ),
    (
        "parameter type widened",
        lambda d: _op(d)["parameters"][1].__setitem__("schema", {"type": "number", "maximum": 100}),
        ("compatible", GET, "query parameter limit", "type changed from integer to number"),
        "minor",
    ),
    (
        "maximum tightened",
        lambda d: _op(d)["parameters"][1]["schema"].__setitem__("maximum", 50),
        ("breaking", GET, "query parameter limit", "`maximum` tightened from 100 to 50"),
        "major",
    ),
    (
        "maximum loosened",
        lambda d: _op(d)["parameters"][1]["schema"].__setitem__("maximum", 200),
        ("compatible", GET, "query parameter limit", "`maximum` loosened"),
        "minor",
    ),
    (
        "pattern added",
        lambda d: _op(d)["parameters"][0]["schema"].__setitem__("pattern", "^[a-z]+$"),
        ("breaking", GET, "path parameter account_id", "`pattern` tightened"),
        "major",
    ),
    (
        "parameter description changed",
        lambda d: _op(d)["parameters"][1].__setitem__("description", "Page size."),
        ("info", GET, "query parameter limit", "description changed"),
        "patch",
    ),
    # -- request bodies (fields of a component: reported on the component) ---------------------
    (
        "request field removed",
        lambda d: _schema(d, "AddFriendRequest")["properties"].pop("message"),
        ("breaking", None, "AddFriendRequest.message", "field `message` removed"),
        "major",
    ),
    (
        "request field renamed",
        lambda d: _schema(d, "AddFriendRequest").__setitem__(
            "properties",
            {
                ("greeting" if k == "message" else k): v
                for k, v in _schema(d, "AddFriendRequest")["properties"].items()
            },
        ),
        ("breaking", None, "AddFriendRequest.message", "field `message` renamed to `greeting`"),
        "major",
    ),
    (
        "optional request field added",
        lambda d: _schema(d, "AddFriendRequest")["properties"].__setitem__(
            "ext", {"type": "string"}
        ),
        ("compatible", None, "AddFriendRequest.ext", "optional field `ext` added"),
        "minor",
    ),
    (
        "required request field added",
        lambda d: (
            _schema(d, "AddFriendRequest")["properties"].__setitem__("ext", {"type": "string"}),
            _schema(d, "AddFriendRequest")["required"].append("ext"),
        ),
        ("breaking", None, "AddFriendRequest.ext", "required field `ext` added"),
        "major",
    ),
    (
        "request field became required",
        lambda d: _schema(d, "AddFriendRequest")["required"].append("message"),
        ("breaking", None, "AddFriendRequest.message", "became required"),
        "major",
    ),
    (
        "request field became optional",
        lambda d: _schema(d, "AddFriendRequest").__setitem__("required", []),
        ("compatible", None, "AddFriendRequest.friend_account_id", "became optional"),
        "minor",
    ),
    (
        "request enum value removed",
        lambda d: _schema(d, "AddFriendRequest")["properties"]["kind"].__setitem__(
            "enum", ["normal"]
        ),
        ("breaking", None, "AddFriendRequest.kind", 'enum value "silent" removed'),
        "major",
    ),
    (
        "request enum value added",
        lambda d: _schema(d, "AddFriendRequest")["properties"]["kind"]["enum"].append("loud"),
        ("compatible", None, "AddFriendRequest.kind", 'enum value "loud" added'),
        "minor",
    ),
    (
        "maxLength tightened",
        lambda d: _schema(d, "AddFriendRequest")["properties"]["message"].__setitem__(
            "maxLength", 128
        ),
        ("breaking", None, "AddFriendRequest.message", "`maxLength` tightened from 256 to 128"),
        "major",
    ),
    (
        "request accepts null",
        lambda d: _schema(d, "AddFriendRequest")["properties"]["message"].__setitem__(
            "type", ["string", "null"]
        ),
        ("compatible", None, "AddFriendRequest.message", "now accepts null"),
        "minor",
    ),
    (
        "request body became optional",
        lambda d: _op(d, "post")["requestBody"].__setitem__("required", False),
        ("compatible", POST, "request body", "request body became optional"),
        "minor",
    ),
    (
        "request body removed",
        lambda d: _op(d, "post").pop("requestBody"),
        ("breaking", POST, "request body", "request body removed"),
        "major",
    ),
    # -- responses: the envelope is unwrapped, changes land on the data model -------------------
    (
        "response field removed",
        lambda d: _schema(d, "Friend")["properties"].pop("alias"),
        ("breaking", None, "Friend.alias", "field `alias` removed"),
        "major",
    ),
    (
        "response field added",
        lambda d: _schema(d, "Friend")["properties"].__setitem__("remark", {"type": "string"}),
        ("compatible", None, "Friend.remark", "field `remark` added"),
        "minor",
    ),
    (
        "response field no longer always present",
        lambda d: _schema(d, "Friend").__setitem__("required", []),
        ("breaking", None, "Friend.account_id", "no longer always present"),
        "major",
    ),
    (
        "response field now always present",
        lambda d: _schema(d, "Friend")["required"].append("alias"),
        ("compatible", None, "Friend.alias", "now always present"),
        "minor",
    ),
    (
        "response enum value removed",
        lambda d: _schema(d, "Relation").update({"enum": [1], "x-enum-varnames": ["FRIEND"]}),
        ("breaking", None, "Relation", "enum value 2 removed"),
        "major",
    ),
    (
        "response enum value added",
        lambda d: _schema(d, "Relation").update(
            {"enum": [1, 2, 3], "x-enum-varnames": ["FRIEND", "BLOCKED", "MUTED"]}
        ),
        ("compatible", None, "Relation", "enum value 3 added"),
        "minor",
    ),
    (
        "enum member renamed",
        lambda d: _schema(d, "Relation").__setitem__("x-enum-varnames", ["FRIEND", "BLACKLISTED"]),
        ("breaking", None, "Relation", "renamed from BLOCKED to BLACKLISTED"),
        "major",
    ),
    (
        "response may now be null",
        lambda d: _schema(d, "Friend")["properties"]["alias"].__setitem__(
            "type", ["string", "null"]
        ),
        ("breaking", None, "Friend.alias", "may now be null"),
        "major",
    ),
    (
        "response type changed",
        lambda d: _schema(d, "Friend")["properties"]["alias"].__setitem__("type", "integer"),
        ("breaking", None, "Friend.alias", "type changed from string to integer"),
        "major",
    ),
    (
        "response field description changed",
        lambda d: _schema(d, "Friend")["properties"]["alias"].__setitem__(
            "description", "Nickname."
        ),
        ("info", None, "Friend.alias", "description changed"),
        "patch",
    ),
    (
        "response example changed",
        lambda d: _op(d)["responses"]["200"]["content"]["application/json"].__setitem__(
            "example", {"code": 200, "msg": "success", "data": {"account_id": "b"}}
        ),
        [  # both operations share the response object
            ("info", GET, "response data", "response example changed"),
            ("info", POST, "response data", "response example changed"),
        ],
        "patch",
    ),
    (
        "partial failure extension changed",
        lambda d: _schema(d, "Friend").__setitem__("x-partial-failure", {"failed": "alias"}),
        ("compatible", None, "Friend", "partial-failure results added"),
        "minor",
    ),
    (
        "plain response field removed",
        lambda d: _schema(d, "Item")["properties"].pop("id"),
        ("breaking", None, "Item.id", "field `id` removed"),
        "major",
    ),
    (
        "plain response never null",
        lambda d: _schema(d, "Item")["properties"]["name"].__setitem__("type", "string"),
        ("compatible", None, "Item.name", "is never null any more"),
        "minor",
    ),
    (
        "plain response removed",
        lambda d: _op(d, "get", "/plain/items")["responses"].__setitem__(
            "204", _op(d, "get", "/plain/items")["responses"].pop("200")
        ),
        [
            ("breaking", PLAIN, "response 200", "response 200 removed"),
            ("compatible", PLAIN, "response 204", "response 204 added"),
        ],
        "major",
    ),
    # -- shared parts ---------------------------------------------------------------------------
    (
        "error code removed",
        lambda d: d["info"].__setitem__("x-error-codes", []),
        (
            "breaking",
            None,
            "info.x-error-codes.414",
            "error code 414 (InvalidParameterError) removed",
        ),
        "major",
    ),
    (
        "error code added",
        lambda d: d["info"]["x-error-codes"].append(
            {"code": 416, "name": "RateLimitError", "description": "Slow down.", "retry": "always"}
        ),
        ("compatible", None, "info.x-error-codes.416", "error code 416 (RateLimitError) added"),
        "minor",
    ),
    (
        "region added",
        lambda d: d["servers"].append(
            {"url": "https://sg.example.com", "x-region": "sg", "x-role": "primary"}
        ),
        ("compatible", None, "servers.sg", "server region sg added"),
        "minor",
    ),
    (
        "sdk package renamed",
        lambda d: d["info"]["x-sdk"].__setitem__("package", "other_sdk"),
        ("breaking", None, "info.x-sdk.package", "SDK setting `package` changed"),
        "major",
    ),
    (
        "sdk version is not an API change",
        lambda d: d["info"]["x-sdk"].__setitem__("version", "9.9.9"),
        None,
        "none",
    ),
]


@pytest.mark.parametrize(
    ("mutate", "expected", "bump"),
    [pytest.param(mutate, expected, bump, id=name) for name, mutate, expected, bump in CASES],
)
def test_rule(mutate: Mutation, expected: Expected | list[Expected] | None, bump: str) -> None:
    new = copy.deepcopy(BASE)
    mutate(new)
    report = diff_documents(copy.deepcopy(BASE), new)
    found = [(c.severity, c.operation, c.location, c.message) for c in report.changes]
    wanted = [] if expected is None else expected if isinstance(expected, list) else [expected]
    assert len(found) == len(wanted), found
    for change, (severity, operation, location, phrase) in zip(found, wanted, strict=True):
        assert change[:3] == (severity, operation, location), found
        assert phrase in change[3], found
    assert report.bump == bump


def test_no_change_no_report() -> None:
    report = diff_documents(copy.deepcopy(BASE), copy.deepcopy(BASE))
    assert report.changes == []
    assert report.bump == "none"


def test_component_change_reported_once_for_every_user() -> None:
    """Friend is the data of two operations; its change is one line, on the model."""
    new = copy.deepcopy(BASE)
    _schema(new, "Friend")["properties"].pop("alias")
    report = diff_documents(BASE, new)
    assert [(c.operation, c.location) for c in report.changes] == [(None, "Friend.alias")]


def test_recursive_schemas_terminate() -> None:
    old = copy.deepcopy(BASE)
    _schema(old, "Friend")["properties"]["best_friend"] = {"$ref": "#/components/schemas/Friend"}
    new = copy.deepcopy(old)
    _schema(new, "Friend")["properties"]["remark"] = {"type": "string"}
    report = diff_documents(old, new)
    assert [c.location for c in report.changes] == ["Friend.remark"]
