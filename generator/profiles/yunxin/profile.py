"""How the neutral modeler reads a spec that follows the Yunxin conventions."""

from __future__ import annotations

import re
from typing import Any

from generator.core import model
from generator.core.schemas import (
    SchemaIndex,
    envelope_data_schema,
    json_media,
    split_nullable,
)
from generator.core.text import clean
from generator.profiles.base import Profile

TRACE_HEADER = "X-custom-traceid"


#: License names as specs write them -> their SPDX identifier.
_LICENSE_NAMES = {
    "apache 2.0": "Apache-2.0",
    "apache-2.0": "Apache-2.0",
    "apache license 2.0": "Apache-2.0",
    "apache license, version 2.0": "Apache-2.0",
    "apache license version 2.0": "Apache-2.0",
    "mit": "MIT",
    "mit license": "MIT",
}


def license_text(license: Any, key: str) -> str:
    """A text field of ``info.license`` (``""`` when absent)."""
    value = license.get(key) if isinstance(license, dict) else None
    return value.strip() if isinstance(value, str) else ""


def license_id(license: Any) -> str:
    """The SPDX identifier of ``info.license``: its ``identifier``, else its name when it is a
    known one, else a ``LicenseRef-`` of the name; MIT when absent."""
    if not isinstance(license, dict):
        return "MIT"
    if isinstance(license.get("identifier"), str) and license["identifier"]:
        return str(license["identifier"])
    name = str(license.get("name") or "MIT").strip()
    known = _LICENSE_NAMES.get(name.lower())
    if known:
        return known
    return "LicenseRef-" + (re.sub(r"[^A-Za-z0-9.]+", "-", name).strip("-") or "Unknown")


class YunxinProfile(Profile):
    name = "yunxin"
    #: The house rules replace the generator layer: they refuse what the SDK cannot express.
    lint_layers = ("openapi", "yunxin")
    #: The house rules name every object schema; an inline one stays a free-form map.
    inline_models = False

    def severity(self, rule: str) -> str:
        return "error"  # the project's own spec has no warnings to live with

    def resource_of(self, operation: dict[str, Any], tags: dict[str, dict[str, Any]]) -> str:
        return str(tags[operation["tags"][0]]["x-sdk-resource"])

    def method_hint(self, operation: dict[str, Any], method: str, path: str) -> str:
        return str(operation["x-sdk-method"])

    def is_argument(self, parameter: dict[str, Any]) -> bool:
        return not (parameter.get("in") == "header" and parameter.get("name") == TRACE_HEADER)

    def success(self, operation: dict[str, Any], index: SchemaIndex) -> tuple[Any, Any]:
        response = operation["responses"]["200"]
        _, data = envelope_data_schema(response, index)
        media = json_media(index.resolve(response).get("content")) or {}
        example = media.get("example")
        return data, example.get("data") if isinstance(example, dict) else None

    def idempotent(self, operation: dict[str, Any], method: str) -> bool:
        return bool(operation.get("x-idempotent", super().idempotent(operation, method)))

    def pagination(
        self, operation: dict[str, Any], data: Any, modeler: Any
    ) -> model.Pagination | None:
        spec = operation.get("x-pagination")
        if not isinstance(spec, dict):
            return None
        index: SchemaIndex = modeler.index
        items = split_nullable(index.resolve(index.properties(data)[spec["items"]]))[0]
        return model.Pagination(
            style=spec["style"],
            items=spec["items"],
            has_more=spec.get("has_more"),
            request_token=spec["request_token"],
            response_token=spec.get("response_token"),
            limit=spec.get("limit"),
            item_type=modeler.type_of(items.get("items", {})),
        )

    def stream(
        self, operation: dict[str, Any], params: list[model.Parameter], data: Any, modeler: Any
    ) -> model.Stream | None:
        spec = operation.get("x-sdk-stream")
        if not isinstance(spec, dict):
            return None
        result = modeler.index.properties(data)[spec["result_id"]]
        return model.Stream(
            method_hint=spec["method"],
            chunk=spec["chunk"],
            text=spec["text"],
            index=spec["index"],
            finish=spec["finish"],
            first_id=spec["first_id"],
            next_id=spec["next_id"],
            result_id=spec["result_id"],
            result_type=modeler.type_of(result),
            settings=[
                p
                for p in params
                if p.location == "body" and p.wire_name != spec["chunk"] and not p.required
            ],
        )

    def partial_failure(
        self, schema: dict[str, Any], index: SchemaIndex
    ) -> model.PartialFailure | None:
        spec = schema.get("x-partial-failure")
        if not isinstance(spec, dict):
            return None
        failed = index.properties(schema).get(spec["failed"], {})
        failed_is_list = split_nullable(index.resolve(failed))[0].get("type") == "array"
        return model.PartialFailure(
            succeeded=spec.get("succeeded"),
            failed=spec["failed"],
            id_field=spec.get("id"),
            code_field=spec.get("code"),
            message_field=spec.get("message"),
            failed_is_list=failed_is_list,
        )

    def regions(self, document: dict[str, Any]) -> list[model.Region]:
        regions: dict[str, model.Region] = {}
        for server in document.get("servers") or []:
            region = server.get("x-region")
            if not region:
                continue
            entry = regions.setdefault(region, model.Region(region, "", "", []))
            if server.get("x-role") == "primary":
                entry.primary = server["url"].rstrip("/")
                entry.description = clean(server.get("description"))
            else:
                entry.backups.append(server["url"].rstrip("/"))
        return list(regions.values())

    def error_codes(self, document: dict[str, Any]) -> list[model.ErrorCode]:
        info = document.get("info", {})
        errors = [
            model.ErrorCode(e["code"], e["name"], clean(e.get("description")), e["retry"])
            for e in info.get("x-error-codes") or []
        ]
        return sorted(errors, key=lambda e: e.code)

    def package(self, document: dict[str, Any]) -> model.Package:
        info = document.get("info", {})
        sdk = info.get("x-sdk") or {}
        return model.Package(
            name=sdk.get("package", "yunxin_im"),
            distribution=sdk.get("distribution", "yunxin-im"),
            version=str(sdk.get("version", info.get("version", "0.0.0"))),
            client_class=sdk.get("client_class", "YunxinIM"),
            license=license_id(info.get("license")),
            license_name=license_text(info.get("license"), "name"),
            license_url=license_text(info.get("license"), "url"),
            repository_url=sdk.get("repository"),
            documentation_url=sdk.get("documentation"),
            copyright_holder=str((info.get("contact") or {}).get("name") or info.get("title", "")),
        )
