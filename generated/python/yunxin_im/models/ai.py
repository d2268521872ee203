"""AI: chat assistance that suggests replies.

This module is generated from the OpenAPI spec; do not edit it by hand.
"""

from __future__ import annotations

from typing import List, Optional

from .._models import YunxinModel

__all__ = [
    "ChatAssistHistoryItem",
    "ChatAssistRequest",
    "ChatAssistResult",
    "ChatAssistSuggestion",
]


class ChatAssistHistoryItem(YunxinModel):
    """One text message of the earlier conversation, given as context."""

    sender_id: Optional[str] = None
    """Account that sent the message."""

    text: Optional[str] = None
    """Text of the message; only text content is supported."""


class ChatAssistRequest(YunxinModel):
    """Body of a reply-suggestion request."""

    sender_id: str
    """Account that will send the reply, the one the suggestions are for."""

    sender_tag_list: Optional[List[str]] = None
    """Tags describing the sender's persona (at most 2000 characters), used to make the replies
    sound natural.
    """

    receiver_id: str
    """Account that will receive the reply."""

    receiver_tag_list: Optional[List[str]] = None
    """Tags describing the receiver's persona, at most 2000 characters."""

    receiver_last_message: Optional[str] = None
    """The receiver's last message, the main thing the reply answers. At most 256 characters."""

    style_list: List[str]
    """Styles of the suggested replies: `warm`, `hot` (enthusiastic), `smart` (witty) or
    `stochastic` (random). More styles may be added later; the limit of three is a default. At most
    3 items.
    """

    history: Optional[List[ChatAssistHistoryItem]] = None
    """Earlier text messages of the two accounts as context, most recent first and without the
    receiver's last message; at most 1500 characters in all.
    """


class ChatAssistSuggestion(YunxinModel):
    """One suggested reply."""

    style: Optional[str] = None
    """Style code of the reply, one of those asked for."""

    style_name: Optional[str] = None
    """Display name of the style."""

    answer: Optional[str] = None
    """The suggested reply text."""


class ChatAssistResult(YunxinModel):
    """The suggested replies."""

    items: Optional[List[ChatAssistSuggestion]] = None
    """One or more suggested replies for the requested styles."""
