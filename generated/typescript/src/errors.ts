// One error class per documented API code (x-error-codes): generated from the OpenAPI spec;
// do not edit by hand. Codes not listed here raise APIError itself.

import { APIError } from "./core/index.js";

/** Code 403: The operation is not allowed, or the app has no permission for it. */
export class PermissionDeniedError extends APIError {}

/** Code 404: The object the call refers to does not exist. */
export class NotFoundError extends APIError {}

/** Code 414: A parameter is missing or invalid; a failed CheckSum check also returns 414. */
export class InvalidParameterError extends APIError {}

/** Code 416: The app called this kind of operation more often than its package allows. */
export class RateLimitError extends APIError {}

/** Code 417: The same operation was already performed. */
export class DuplicateOperationError extends APIError {}

/** Code 419: A quantity (members, items, ...) is over its limit. */
export class QuantityLimitError extends APIError {}

/** Code 500: The server failed while handling the call. */
export class InternalServerError extends APIError {}

/** Code 503: The server is too busy to handle the call now. */
export class ServerBusyError extends APIError {}

/** Code 514: The service is not available for this app. */
export class ServiceUnavailableError extends APIError {}
