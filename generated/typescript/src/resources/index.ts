// The resources of the client: generated from the OpenAPI spec; do not edit by hand.

export * from "./accounts.js";
export * from "./users.js";
export * from "./friends.js";
export * from "./mute-contacts.js";
export * from "./block-contacts.js";
export * from "./messages.js";
export * from "./chatroom-messages.js";
export * from "./conversations.js";
export * from "./conversation-unread.js";
export * from "./conversation-groups.js";
export * from "./teams.js";
export * from "./team-members.js";
export * from "./chatrooms.js";
export * from "./chatroom-members.js";
export * from "./chatroom-queues.js";
export * from "./broadcasts.js";
export * from "./system-notifications.js";
export * from "./subscriptions.js";
export * from "./tools.js";
export * from "./signalling.js";
export * from "./push-notifications.js";
export * from "./ai.js";
