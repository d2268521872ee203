"""Profiles: the conventions of one API family, which a spec opts into.

A profile answers the questions plain OpenAPI leaves open for an SDK: which resource an operation
belongs to and what its method is called, what of a response is the payload (the Yunxin
``{code, msg, data}`` envelope, or the body itself), how the API pages, which hosts and regions
it has, and which house rules its spec must follow (lint rules of the profile's layer).

``for_document`` picks the profile: a spec whose ``info`` carries ``x-sdk`` with
``profile: yunxin`` (the default when ``x-sdk`` is present) follows the Yunxin conventions, any
other document is plain OpenAPI.
"""

from __future__ import annotations

from typing import Any

from generator.profiles.base import Profile
from generator.profiles.openapi import OpenAPIProfile
from generator.profiles.yunxin import YunxinProfile

PROFILES: dict[str, type[Profile]] = {"openapi": OpenAPIProfile, "yunxin": YunxinProfile}


def profile_name(document: Any) -> str:
    """The name of the profile ``document`` asks for (``openapi`` when it asks for none)."""
    info = document.get("info") if isinstance(document, dict) else None
    sdk = info.get("x-sdk") if isinstance(info, dict) else None
    if not isinstance(sdk, dict):
        return "openapi"
    name = sdk.get("profile", "yunxin")
    return name if isinstance(name, str) and name in PROFILES else "openapi"


def for_document(document: Any) -> Profile:
    """The profile whose conventions ``document`` follows."""
    return PROFILES[profile_name(document)]()


__all__ = ["PROFILES", "Profile", "for_document", "profile_name"]
