"""Values of the runtime that come from the API description."""

from ._version import __version__

#: Name of the package's logger.
LOGGER_NAME = "yunxin_im"
USER_AGENT = f"yunxin-im-python/{__version__}"

#: API codes after which a call may be sent again whatever the operation, or only if idempotent.
RETRY_ALWAYS_CODES = frozenset([416])
RETRY_IDEMPOTENT_CODES = frozenset([500, 503])
