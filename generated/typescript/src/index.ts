// The package's entry point: generated from the OpenAPI spec; do not edit by hand.

export { YunxinIM, YunxinIM as default } from "./client.js";
export { ConversationId } from "./conversation-id.js";
export * from "./core/index.js";
export * from "./errors.js";
export { APIResource } from "./resource.js";
export * from "./resources/index.js";
export * from "./types/index.js";
export { VERSION } from "./version.js";
