"""NetEase Yunxin IM server API v2: the Python SDK.

::

    from yunxin_im import YunxinIM

    client = YunxinIM(app_key="...", app_secret="...")  # or YUNXIN_APP_KEY / YUNXIN_APP_SECRET
    result = client.accounts.create(account_id="user1")

Resources and models are imported on first use, so ``import yunxin_im`` stays cheap.
This module is generated from the OpenAPI spec; do not edit it by hand.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, List

from ._client import AsyncYunxinIM, YunxinIM
from ._conversation_id import ConversationId
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseError,
    APIStatusError,
    APITimeoutError,
    ConfigurationError,
    DuplicateOperationError,
    FailedItem,
    InternalServerError,
    InvalidParameterError,
    MalformedResponseError,
    NotFoundError,
    PageLimitError,
    PaginationError,
    PartialFailureError,
    PermissionDeniedError,
    QuantityLimitError,
    RateLimitError,
    RequestBuildError,
    ResponseTooLargeError,
    ResponseValidationError,
    ServerBusyError,
    ServiceUnavailableError,
    YunxinError,
)
from ._pagination import AsyncPage, AsyncPaginator, SyncPage
from ._response import RawResponse
from ._types import RequestOptions, Timeout
from ._version import API_VERSION, GENERATOR_VERSION, __version__

if TYPE_CHECKING:
    from . import models as models
    from .models import (
        BroadcastListType as BroadcastListType,
        ChatroomBroadcastResendFlag as ChatroomBroadcastResendFlag,
        ChatroomDelayClosePolicy as ChatroomDelayClosePolicy,
        ChatroomMemberRole as ChatroomMemberRole,
        ChatroomResendFlag as ChatroomResendFlag,
        ConversationTopType as ConversationTopType,
        ConversationType as ConversationType,
        FriendAdditionHandleType as FriendAdditionHandleType,
        Gender as Gender,
        KickType as KickType,
        MessageHistoryDeleteType as MessageHistoryDeleteType,
        MessageRecallType as MessageRecallType,
        MessageType as MessageType,
        StreamChunkFinish as StreamChunkFinish,
        SubscriptionEventType as SubscriptionEventType,
        TeamAgreeMode as TeamAgreeMode,
        TeamAntispamContentType as TeamAntispamContentType,
        TeamChatBannedMode as TeamChatBannedMode,
        TeamJoinMode as TeamJoinMode,
        TeamMemberRole as TeamMemberRole,
        TeamMessageNotifyState as TeamMessageNotifyState,
        TeamPermissionMode as TeamPermissionMode,
        TeamType as TeamType,
    )

__all__ = [
    "API_VERSION",
    "GENERATOR_VERSION",
    "APIConnectionError",
    "APIError",
    "APIResponseError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPage",
    "AsyncPaginator",
    "AsyncYunxinIM",
    "BroadcastListType",
    "ChatroomBroadcastResendFlag",
    "ChatroomDelayClosePolicy",
    "ChatroomMemberRole",
    "ChatroomResendFlag",
    "ConfigurationError",
    "ConversationId",
    "ConversationTopType",
    "ConversationType",
    "DuplicateOperationError",
    "FailedItem",
    "FriendAdditionHandleType",
    "Gender",
    "InternalServerError",
    "InvalidParameterError",
    "KickType",
    "MalformedResponseError",
    "MessageHistoryDeleteType",
    "MessageRecallType",
    "MessageType",
    "NotFoundError",
    "PageLimitError",
    "PaginationError",
    "PartialFailureError",
    "PermissionDeniedError",
    "QuantityLimitError",
    "RateLimitError",
    "RawResponse",
    "RequestBuildError",
    "RequestOptions",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "ServerBusyError",
    "ServiceUnavailableError",
    "StreamChunkFinish",
    "SubscriptionEventType",
    "SyncPage",
    "TeamAgreeMode",
    "TeamAntispamContentType",
    "TeamChatBannedMode",
    "TeamJoinMode",
    "TeamMemberRole",
    "TeamMessageNotifyState",
    "TeamPermissionMode",
    "TeamType",
    "Timeout",
    "YunxinError",
    "YunxinIM",
    "__version__",
    "models",
]

#: Names loaded on first use: the models package and the enums.
_LAZY = frozenset(
    {
        "models",
        "Gender",
        "KickType",
        "BroadcastListType",
        "ChatroomBroadcastResendFlag",
        "ChatroomResendFlag",
        "ChatroomDelayClosePolicy",
        "ChatroomMemberRole",
        "ConversationType",
        "MessageType",
        "ConversationTopType",
        "FriendAdditionHandleType",
        "MessageHistoryDeleteType",
        "MessageRecallType",
        "StreamChunkFinish",
        "SubscriptionEventType",
        "TeamAgreeMode",
        "TeamAntispamContentType",
        "TeamChatBannedMode",
        "TeamJoinMode",
        "TeamMemberRole",
        "TeamMessageNotifyState",
        "TeamPermissionMode",
        "TeamType",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    models = importlib.import_module(".models", __name__)
    value = models if name == "models" else getattr(models, name)
    globals()[name] = value
    return value


def __dir__() -> List[str]:
    return list(__all__)
