// The request and response types of the API: generated from the OpenAPI spec; do not edit by hand.

export * from "./accounts.js";
export * from "./ai.js";
export * from "./broadcasts.js";
export * from "./chatroom-members.js";
export * from "./chatroom-messages.js";
export * from "./chatroom-queues.js";
export * from "./chatrooms.js";
export * from "./common.js";
export * from "./contacts.js";
export * from "./conversation-groups.js";
export * from "./conversations.js";
export * from "./friends.js";
export * from "./messages.js";
export * from "./push-notifications.js";
export * from "./signalling.js";
export * from "./subscriptions.js";
export * from "./system-notifications.js";
export * from "./teams.js";
export * from "./tools.js";
export * from "./users.js";
