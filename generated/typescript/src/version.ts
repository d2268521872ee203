// Generated from the OpenAPI spec; do not edit by hand.

/** The version of this package. */
export const VERSION = "0.1.0";
