"""Request and response models of the NetEase Yunxin IM server API v2.

Each name is imported from its module on first use, so importing the package stays cheap.
This module is generated from the OpenAPI spec; do not edit it by hand.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Dict, List

if TYPE_CHECKING:
    from .accounts import (
        AccountConfiguration as AccountConfiguration,
        AntispamConfiguration as AntispamConfiguration,
        BusinessIdMapItem as BusinessIdMapItem,
        CreateAccountRequest as CreateAccountRequest,
        CreatedAccount as CreatedAccount,
        Gender as Gender,
        UserInformation as UserInformation,
    )
    from .common import (
        ConversationType as ConversationType,
        Envelope as Envelope,
        MessageType as MessageType,
    )
    from .conversations import (
        BatchGetConversationsResult as BatchGetConversationsResult,
        Conversation as Conversation,
        ConversationBase as ConversationBase,
        ConversationFailure as ConversationFailure,
        LastMessage as LastMessage,
        LegacyBatchGetConversationsResult as LegacyBatchGetConversationsResult,
        LegacyConversation as LegacyConversation,
        LegacyLastMessage as LegacyLastMessage,
        RevokeNotification as RevokeNotification,
    )
    from .messages import (
        AiParams as AiParams,
        AntispamConfig as AntispamConfig,
        BatchGetMessagesRequest as BatchGetMessagesRequest,
        BatchGetMessagesResult as BatchGetMessagesResult,
        Message as Message,
        MessageBody as MessageBody,
        MessageConfig as MessageConfig,
        MessageFailure as MessageFailure,
        MessageQuery as MessageQuery,
        P2POption as P2POption,
        PushConfig as PushConfig,
        RobotConfig as RobotConfig,
        RouteConfig as RouteConfig,
        SendMessageRequest as SendMessageRequest,
        SentMessage as SentMessage,
        SuperTeamOption as SuperTeamOption,
        TargetOption as TargetOption,
        TeamOption as TeamOption,
        ThreadConfig as ThreadConfig,
        ThreadMessageRef as ThreadMessageRef,
    )

#: Model or enum name -> the module that defines it.
_MODULE_OF: Dict[str, str] = {
    "AccountConfiguration": "accounts",
    "AntispamConfiguration": "accounts",
    "BusinessIdMapItem": "accounts",
    "CreateAccountRequest": "accounts",
    "CreatedAccount": "accounts",
    "Gender": "accounts",
    "UserInformation": "accounts",
    "ConversationType": "common",
    "Envelope": "common",
    "MessageType": "common",
    "BatchGetConversationsResult": "conversations",
    "Conversation": "conversations",
    "ConversationBase": "conversations",
    "ConversationFailure": "conversations",
    "LastMessage": "conversations",
    "LegacyBatchGetConversationsResult": "conversations",
    "LegacyConversation": "conversations",
    "LegacyLastMessage": "conversations",
    "RevokeNotification": "conversations",
    "AiParams": "messages",
    "AntispamConfig": "messages",
    "BatchGetMessagesRequest": "messages",
    "BatchGetMessagesResult": "messages",
    "Message": "messages",
    "MessageBody": "messages",
    "MessageConfig": "messages",
    "MessageFailure": "messages",
    "MessageQuery": "messages",
    "P2POption": "messages",
    "PushConfig": "messages",
    "RobotConfig": "messages",
    "RouteConfig": "messages",
    "SendMessageRequest": "messages",
    "SentMessage": "messages",
    "SuperTeamOption": "messages",
    "TargetOption": "messages",
    "TeamOption": "messages",
    "ThreadConfig": "messages",
    "ThreadMessageRef": "messages",
}

__all__ = [
    "AccountConfiguration",
    "AiParams",
    "AntispamConfig",
    "AntispamConfiguration",
    "BatchGetConversationsResult",
    "BatchGetMessagesRequest",
    "BatchGetMessagesResult",
    "BusinessIdMapItem",
    "Conversation",
    "ConversationBase",
    "ConversationFailure",
    "ConversationType",
    "CreateAccountRequest",
    "CreatedAccount",
    "Envelope",
    "Gender",
    "LastMessage",
    "LegacyBatchGetConversationsResult",
    "LegacyConversation",
    "LegacyLastMessage",
    "Message",
    "MessageBody",
    "MessageConfig",
    "MessageFailure",
    "MessageQuery",
    "MessageType",
    "P2POption",
    "PushConfig",
    "RevokeNotification",
    "RobotConfig",
    "RouteConfig",
    "SendMessageRequest",
    "SentMessage",
    "SuperTeamOption",
    "TargetOption",
    "TeamOption",
    "ThreadConfig",
    "ThreadMessageRef",
    "UserInformation",
]


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> List[str]:
    return list(__all__)
