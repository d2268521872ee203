"""Request signing: the AppKey, Nonce, CurTime and CheckSum headers.

CheckSum is the lowercase hex SHA-1 of AppSecret + Nonce + CurTime. The server accepts a
CurTime at most five minutes away from its clock, so every attempt is signed anew.
"""

from __future__ import annotations

import hashlib
import os
import time
from typing import Dict


def checksum(app_secret: str, nonce: str, cur_time: str) -> str:
    """Lowercase hex SHA-1 of ``app_secret + nonce + cur_time``."""
    return hashlib.sha1((app_secret + nonce + cur_time).encode("utf-8")).hexdigest()


def signature_headers(app_secret: str) -> Dict[str, str]:
    """Fresh signing headers: a new random Nonce, the current UTC time in seconds, the CheckSum.

    The AppKey header goes with them; the client sends it with every request.
    """
    nonce = os.urandom(16).hex()
    cur_time = str(int(time.time()))
    return {"Nonce": nonce, "CurTime": cur_time, "CheckSum": checksum(app_secret, nonce, cur_time)}
