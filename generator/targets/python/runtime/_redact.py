"""Keeping the request's secrets out of messages.

A server or proxy may echo the request headers into its answer (an HTML error page, plain
text, the envelope's ``msg``). The CheckSum with its Nonce and CurTime authorises any call of
the app for five minutes, so the AppSecret, the CheckSum and the Nonce of a call's attempts are
replaced by ``[redacted]`` in every exception message the SDK builds from server text. They stay
available as data: ``error.response.request.headers`` and ``RawResponse.signature``.

httpx and httpcore log the reason phrase and the response headers of every exchange (at INFO
and DEBUG); a filter on their loggers redacts the records made during an SDK attempt. It costs
nothing while those loggers are disabled.
"""

from __future__ import annotations

import json
import logging
import re
from typing import Iterable, List, Optional

import httpx

from ._deadline import ATTEMPT

__all__ = ["REDACTED", "install_log_filter", "redact", "secrets_of"]

#: The loggers of httpx and httpcore that may write server text.
THIRD_PARTY_LOGGERS = (
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
)

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


class _RedactingFilter(logging.Filter):
    """Redacts the secrets of the attempt in progress from the records of httpx and httpcore."""

    def filter(self, record: logging.LogRecord) -> bool:
        attempt = ATTEMPT.get()
        if attempt is not None:
            message = record.getMessage()
            cleaned = redact(message, attempt[1])
            if cleaned != message:
                record.msg, record.args = cleaned, ()
        return True


def install_log_filter() -> None:
    """Put the redacting filter on the third-party loggers (once)."""
    for name in THIRD_PARTY_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, _RedactingFilter) for f in logger.filters):
            logger.addFilter(_RedactingFilter())
