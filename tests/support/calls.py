"""Calling an SDK method the way the spec's examples describe it."""

from __future__ import annotations

import warnings
from typing import Any

from generator.targets.python import model as ir


def call_with_example(client: Any, op: ir.Operation) -> Any:
    """Call ``op``'s method on ``client`` (sync, async or with_raw_response) with the spec's
    example arguments; deprecated methods are called without their warning."""
    method = getattr(getattr(client, op.resource), op.method_name)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return method(**op.request_example)
