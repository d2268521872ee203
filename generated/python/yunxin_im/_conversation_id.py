"""Conversation ids: ``owner|type|peer``.

The owner is the account whose side of the conversation is meant, the type a
:class:`~yunxin_im.ConversationType` and the peer an account id
(one-to-one) or a team id.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Union

if TYPE_CHECKING:
    from .models.common import ConversationType

__all__ = ["ConversationId"]


class ConversationId(str):
    """A conversation id; it is a ``str``, so it can be passed wherever one is expected.

    ::

        ConversationId("user1", ConversationType.P2P, "user2")  # 'user1|1|user2'
        ConversationId.parse("user1|3|6001").peer  # '6001'
    """

    __slots__ = ()

    def __new__(
        cls, owner: str, type: Union[ConversationType, int], peer: Union[str, int]
    ) -> ConversationId:
        from .models.common import ConversationType

        owner, peer = str(owner), str(peer)
        for label, part in (("owner", owner), ("peer", peer)):
            if not part or "|" in part:
                raise ValueError(
                    f"conversation id {label} must be a non-empty string without '|', got {part!r}"
                )
        try:
            kind = ConversationType(int(type))
        except ValueError:
            valid = ", ".join(f"{member.value} ({member.name})" for member in ConversationType)
            raise ValueError(f"conversation type must be one of {valid}, got {type!r}") from None
        return super().__new__(cls, f"{owner}|{int(kind)}|{peer}")

    @classmethod
    def parse(cls, value: str) -> ConversationId:
        """Split ``owner|type|peer``; raises ValueError when ``value`` is not of that form."""
        parts = str(value).split("|")
        if len(parts) != 3 or not parts[1].isdigit():
            raise ValueError(f"a conversation id looks like 'owner|type|peer', got {value!r}")
        return cls(parts[0], int(parts[1]), parts[2])

    @classmethod
    def p2p(cls, owner: str, peer: Union[str, int]) -> ConversationId:
        """The id of a conversation of type 1: One-to-one chat between two accounts."""
        return cls(owner, 1, peer)

    @classmethod
    def team(cls, owner: str, peer: Union[str, int]) -> ConversationId:
        """The id of a conversation of type 2: Advanced team (高级群)."""
        return cls(owner, 2, peer)

    @classmethod
    def super_team(cls, owner: str, peer: Union[str, int]) -> ConversationId:
        """The id of a conversation of type 3: Super team (超大群)."""
        return cls(owner, 3, peer)

    @property
    def owner(self) -> str:
        """The account whose side of the conversation this is."""
        return self.split("|")[0]

    @property
    def type(self) -> ConversationType:
        """The kind of conversation."""
        from .models.common import ConversationType

        return ConversationType(int(self.split("|")[1]))

    @property
    def peer(self) -> str:
        """The other account, or the team id."""
        return self.split("|")[2]

    def __repr__(self) -> str:
        return f"ConversationId({str(self)!r})"
