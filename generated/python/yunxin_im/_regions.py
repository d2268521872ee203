"""The API hosts of each region, primary first, then the backups used for failover."""

from __future__ import annotations

from typing import Dict, Tuple

__all__ = ["DEFAULT_REGION", "REGIONS"]

#: Region name -> hosts, primary first.
REGIONS: Dict[str, Tuple[str, ...]] = {
    # China, primary host.
    "cn": (
        "https://open.yunxinapi.com",
        "https://open-bak.yunxinapi.com",
    ),
    # Singapore (apps outside mainland China), primary host.
    "sg": (
        "https://open-sg.yunxinapi.com",
        "https://open-sg-bak.yunxinapi.com",
    ),
}

DEFAULT_REGION = "cn"
