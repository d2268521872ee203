"""Keeping the request's secrets out of messages.

A server or proxy may echo the request headers into its answer (an HTML error page, plain
text, the envelope's ``msg``). The CheckSum with its Nonce and CurTime authorises any call of
the app for five minutes, so the AppSecret, the CheckSum and the Nonce of a call's attempts are
replaced by ``[redacted]`` in every exception message the SDK builds from server text. They stay
available as data: ``error.response.request.headers`` and ``RawResponse.signature``.
"""

from __future__ import annotations

import json
import re
from typing import Iterable, List, Optional

import httpx

__all__ = ["REDACTED", "redact", "secrets_of"]

REDACTED = "[redacted]"


def secrets_of(app_secret: str, request: Optional[httpx.Request]) -> List[str]:
    """The strings of an attempt that must never be shown: AppSecret, CheckSum and Nonce."""
    found = [app_secret]
    if request is not None:
        for name in ("checksum", "nonce"):
            value = request.headers.get(name)
            if value:
                found.append(value)
    return found


def _forms(secret: str) -> Iterable[str]:
    yield secret
    for ascii_only in (True, False):  # as it appears inside a JSON string
        escaped = json.dumps(secret, ensure_ascii=ascii_only)[1:-1]
        if escaped != secret:
            yield escaped


def redact(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every secret (in any letter case, or JSON-escaped) replaced by ``[redacted]``."""
    folded = text.casefold()
    for secret in secrets:
        for form in _forms(secret):
            if form and form.casefold() in folded:
                text = re.sub(re.escape(form), REDACTED, text, flags=re.IGNORECASE)
                folded = text.casefold()
    return text
