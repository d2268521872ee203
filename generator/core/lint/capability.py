"""The ``generator`` layer: what a spec says that the generated SDKs cannot express yet.

Each finding names the place and what the SDK does instead, so that nothing is dropped
silently: a request body in a media type the SDKs do not send, a schema keyword they do not
model, a union they type as any JSON value.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.core.bundler import Bundle
from generator.core.lint import all_schemas, problem_at, rule
from generator.core.loader import join_pointer
from generator.core.problems import Problem
from generator.core.schemas import iter_operations

LAYER = "generator"

#: Schema keywords the SDK types ignore, with what the SDKs do instead.
UNMODELLED_KEYWORDS = {
    "not": "the value is not checked against the negated schema",
    "if": "the conditional parts are not modelled",
    "patternProperties": "the properties are typed as any JSON value",
    "prefixItems": "the items are typed as any JSON value",
    "dependentSchemas": "the dependent schemas are not modelled",
}
#: Request media types the SDKs send (JSON, urlencoded forms, multipart with files).
_SENT_MEDIA = ("application/json", "application/x-www-form-urlencoded", "multipart/form-data")


@rule(LAYER)
def request_media(bundle: Bundle) -> Iterator[Problem]:
    """A request body the SDKs cannot send (anything but JSON) is reported, never dropped."""
    for pointer, path, method, operation, _ in iter_operations(bundle.document):
        body = operation.get("requestBody")
        content = body.get("content") if isinstance(body, dict) else None
        if not isinstance(content, dict) or any(m in content for m in _SENT_MEDIA):
            continue
        for media in sorted(content):
            yield problem_at(
                bundle,
                join_pointer(join_pointer(pointer, "requestBody"), "content"),
                "request-media",
                f"{method.upper()} {path} takes its body as {media}, which the SDKs do not send; "
                "the method is generated without a body",
                "add an application/json alternative, or send this call with a raw request",
            )
            break


@rule(LAYER)
def security_schemes(bundle: Bundle) -> Iterator[Problem]:
    """Security schemes the SDKs cannot apply (cookies, HTTP schemes other than basic and
    bearer, mutual TLS) are reported; operations needing only them are sent without them."""
    schemes = (bundle.document.get("components") or {}).get("securitySchemes") or {}
    for name, scheme in schemes.items():
        if not isinstance(scheme, dict) or "$ref" in scheme:
            continue
        kind = scheme.get("type")
        http_scheme = str(scheme.get("scheme", "")).lower()
        if kind == "apiKey" and scheme.get("in") in ("header", "query"):
            continue
        if kind == "http" and http_scheme in ("basic", "bearer"):
            continue
        pointer = join_pointer(join_pointer("/components/securitySchemes", str(name)), "type")
        if kind in ("oauth2", "openIdConnect"):
            yield problem_at(
                bundle,
                pointer,
                "security-token",
                f"security scheme `{name}` is {kind}: the SDKs do not run its flows; they send "
                "an access token obtained elsewhere as `Authorization: Bearer ...`",
                "nothing to do if callers bring their own token",
            )
            continue
        what = f"{kind} in {scheme.get('in')}" if kind == "apiKey" else f"{kind} {http_scheme}"
        what = what.strip()
        yield problem_at(
            bundle,
            pointer,
            "security-unsupported",
            f"security scheme `{name}` ({what}) is not applied by the SDKs; operations that "
            "need it are sent without it",
            "pass the credential yourself with extra_headers, or describe it as a header apiKey",
        )


@rule(LAYER)
def schema_keywords(bundle: Bundle) -> Iterator[Problem]:
    """Schema keywords the SDK types do not model."""
    for pointer, schema in all_schemas(bundle):
        for keyword, instead in UNMODELLED_KEYWORDS.items():
            if keyword in schema:
                yield problem_at(
                    bundle,
                    join_pointer(pointer, keyword),
                    "schema-unmodelled",
                    f"`{keyword}` is not modelled by the SDK types: {instead}",
                    "nothing to do if that is acceptable; otherwise describe the value with "
                    "properties, allOf or an enum",
                )
