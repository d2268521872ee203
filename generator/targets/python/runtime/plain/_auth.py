"""Credentials of a plain OpenAPI API: API keys, bearer tokens and HTTP basic authentication.

The client holds one :class:`Credential` per security scheme of the spec it was given a value
for; each operation lists the alternatives of schemes it accepts (its ``security``), and the
first alternative whose schemes all have credentials is applied to the request.
"""

from __future__ import annotations

import base64
from typing import Dict, List, Optional, Sequence, Tuple

__all__ = ["Credential", "apply_security"]


class Credential:
    """How one security scheme is applied: a header or query value.

    Attributes:
        kind: ``api_key``, ``bearer`` or ``basic``.
        location: ``header`` or ``query`` (``api_key`` only; the others are headers).
        parameter: The header or query parameter name of an ``api_key``.
    """

    __slots__ = ("_secret", "_value", "kind", "location", "parameter")

    def __init__(
        self,
        kind: str,
        *,
        value: str,
        password: Optional[str] = None,
        location: str = "header",
        parameter: str = "Authorization",
    ) -> None:
        self.kind = kind
        self.location = location if kind == "api_key" else "header"
        self.parameter = parameter if kind == "api_key" else "Authorization"
        if kind == "bearer":
            self._value = f"Bearer {value}"
        elif kind == "basic":
            pair = f"{value}:{password or ''}".encode()
            self._value = "Basic " + base64.b64encode(pair).decode("ascii")
        else:
            self._value = value
        #: What must never show in a message or a log line.
        self._secret = value if kind != "basic" else (password or value)

    @property
    def secrets(self) -> List[str]:
        """The values to redact."""
        found = [self._secret, self._value]
        return [s for s in found if s]

    def __repr__(self) -> str:
        return f"Credential(kind={self.kind!r}, location={self.location!r}, parameter={self.parameter!r})"


def apply_security(
    alternatives: Sequence[Sequence[str]],
    credentials: Dict[str, Credential],
) -> Tuple[Optional[Dict[str, str]], Dict[str, str]]:
    """(headers, query) of the first alternative whose schemes all have credentials; headers is
    None when no alternative can be met (an empty alternative needs nothing)."""
    if not alternatives:
        return {}, {}
    for alternative in alternatives:
        if all(name in credentials for name in alternative):
            headers: Dict[str, str] = {}
            query: Dict[str, str] = {}
            for name in alternative:
                credential = credentials[name]
                target = query if credential.location == "query" else headers
                target[credential.parameter] = credential._value
            return headers, query
    return None, {}
