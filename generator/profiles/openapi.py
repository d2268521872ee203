"""Plain OpenAPI: a spec that opts into no profile is read as the standard says.

Resources come from an operation's first tag (else the first fixed segment of its path), method
names from its ``operationId`` (else from the HTTP method and the path), the payload is the body
of the first successful response, and the hosts are the document's ``servers``.
"""

from __future__ import annotations

import re
from typing import Any

from generator.core import model
from generator.core.schemas import SchemaIndex, json_media
from generator.core.text import clean, snake_words
from generator.profiles.base import Profile
from generator.profiles.yunxin.profile import license_id, license_text

#: Success statuses in the order their body is taken as the payload.
SUCCESS_STATUSES = ("200", "201", "202", "203", "206", "2XX", "2xx")
_VERSION_SEGMENT = re.compile(r"^(v[0-9]+(\.[0-9]+)*|api|rest)$", re.IGNORECASE)


def path_words(path: str) -> list[str]:
    """The fixed segments of a path as words, without version prefixes such as ``/v1``."""
    words = []
    for segment in path.strip("/").split("/"):
        if not segment or segment.startswith("{") or _VERSION_SEGMENT.match(segment):
            continue
        word = snake_words(segment)
        if word:
            words.append(word)
    return words


def derived_method_name(method: str, path: str) -> str:
    """A method name for an operation without ``operationId``: the HTTP method, the fixed path
    segments, and ``by_<name>`` for each path parameter (``get_pets_by_pet_id``)."""
    words = [method.lower()]
    for segment in path.strip("/").split("/"):
        if segment.startswith("{") and segment.endswith("}"):
            words += ["by", snake_words(segment[1:-1]) or "id"]
        elif segment and not _VERSION_SEGMENT.match(segment):
            words.append(snake_words(segment))
    return "_".join(w for w in words if w)


class OpenAPIProfile(Profile):
    name = "openapi"

    def resource_of(self, operation: dict[str, Any], tags: dict[str, dict[str, Any]]) -> str:
        for tag in operation.get("tags") or []:
            if isinstance(tag, str) and snake_words(tag):
                return snake_words(tag)
        return "default"

    def method_hint(self, operation: dict[str, Any], method: str, path: str) -> str:
        operation_id = operation.get("operationId")
        if isinstance(operation_id, str) and snake_words(operation_id):
            return snake_words(operation_id)
        return derived_method_name(method, path)

    def success(self, operation: dict[str, Any], index: SchemaIndex) -> tuple[Any, Any]:
        responses = operation.get("responses") or {}
        for status in SUCCESS_STATUSES:
            if status not in responses:
                continue
            response = index.resolve(responses[status])
            content = response.get("content") if isinstance(response, dict) else None
            if not isinstance(content, dict) or not content:
                return None, None
            media = json_media(content)
            if media is None:
                return {"type": "string", "format": "binary"}, None
            return media.get("schema"), media.get("example")
        return None, None

    def regions(self, document: dict[str, Any]) -> list[model.Region]:
        urls = [
            _server_url(server)
            for server in document.get("servers") or []
            if isinstance(server, dict) and isinstance(server.get("url"), str)
        ]
        if not urls:
            return [model.Region("default", "", "", [])]
        first = (document.get("servers") or [{}])[0]
        return [model.Region("default", clean(first.get("description")), urls[0], urls[1:])]

    def package(self, document: dict[str, Any]) -> model.Package:
        found = document.get("info")
        info: dict[str, Any] = found if isinstance(found, dict) else {}
        words = snake_words(str(info.get("title") or "")) or "api"
        if words[0].isdigit():
            words = f"api_{words}"
        return model.Package(
            name=f"{words}_client" if not words.endswith("client") else words,
            distribution=words.replace("_", "-"),
            version=str(info.get("version") or "0.0.0"),
            client_class="".join(w.capitalize() for w in words.split("_")) + "Client",
            license=plain_license(info.get("license")),
            license_name=license_text(info.get("license"), "name"),
            license_url=license_text(info.get("license"), "url"),
            repository_url=None,
            documentation_url=None,
            copyright_holder=str((info.get("contact") or {}).get("name") or info.get("title", "")),
        )


_KNOWN_LICENSES = {
    "mit": "MIT",
    "mit license": "MIT",
    "apache 2.0": "Apache-2.0",
    "apache-2.0": "Apache-2.0",
    "apache license 2.0": "Apache-2.0",
    "apache license, version 2.0": "Apache-2.0",
    "apache license version 2.0": "Apache-2.0",
}


def plain_license(license: Any) -> str:
    """An SPDX expression for ``info.license``: its identifier, a well-known name (``Apache
    2.0`` -> ``Apache-2.0``), else ``LicenseRef-<name>``; MIT when absent."""
    found = license_id(license)
    known = _KNOWN_LICENSES.get(found.strip().lower())
    if known or re.fullmatch(r"[A-Za-z0-9.+-]+", found):
        return known or found
    return "LicenseRef-" + (re.sub(r"[^A-Za-z0-9.]+", "-", found).strip("-") or "Unknown")


def _server_url(server: dict[str, Any]) -> str:
    """A server's URL with its variables at their defaults, without the trailing slash."""
    url = str(server["url"])
    for name, variable in (server.get("variables") or {}).items():
        if isinstance(variable, dict) and "default" in variable:
            url = url.replace("{" + str(name) + "}", str(variable["default"]))
    return url.rstrip("/")
