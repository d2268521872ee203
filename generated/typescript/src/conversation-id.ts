// Generated from the OpenAPI spec; do not edit by hand.

import { conversationIdHelpers } from "./core/index.js";

/**
 * Conversation ids (`owner|type|peer`), the type being a {@link ConversationType} value:
 * `ConversationId.p2p(owner, peer)` builds one, `ConversationId.parse(id)` splits one.
 */
export const ConversationId = conversationIdHelpers({ p2p: 1, team: 2, superTeam: 3 });
