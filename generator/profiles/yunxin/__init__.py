"""The Yunxin IM conventions (spec/README.md): ``x-sdk-*`` names, the ``{code, msg, data}``
envelope, the trace header the SDK sends itself, ``x-pagination``, ``x-sdk-stream``,
``x-partial-failure``, regions with backup hosts (``x-region``/``x-role``) and error-code
families (``info.x-error-codes``). Its house lint rules are in :mod:`.lint`."""

from generator.profiles.yunxin import lint
from generator.profiles.yunxin.profile import TRACE_HEADER, YunxinProfile

__all__ = ["TRACE_HEADER", "YunxinProfile", "lint"]
