// Generated from the OpenAPI spec; do not edit by hand.

import type { APIClient } from "./core/index.js";

/** The base of every resource class: the client its methods send their calls through. */
export class APIResource {
  protected readonly _client: APIClient;

  constructor(client: APIClient) {
    this._client = client;
  }
}
