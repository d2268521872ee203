// Signalling: generated from the OpenAPI spec; do not edit by hand.

import { type APIPromise, type RequestOptions } from "../core/index.js";
import { APIResource } from "../resource.js";
import type {
  SignallingPushConfig,
  SignallingRoom,
  SignallingRouteConfig,
} from "../types/index.js";

/** The parameters of `signalling.createRoom()`. */
export interface SignallingCreateRoomParams {
  /** Name of the room; rooms can also be looked up by name. */
  channel_name?: string;
  /** Account that creates the room. */
  creator_account_id?: string;
  /**
   * Kind of room. The numeric values are not documented for this API; the v1 API and the client
   * SDKs distinguish audio, video and custom rooms.
   */
  channel_type?: number;
  /** Extension of your own stored with the room. */
  channel_extension?: string;
  /** Whether the signalling event is copied to your server (message copy, 抄送). */
  route_config?: SignallingRouteConfig;
}

/** The parameters of `signalling.closeRoom()`. */
export interface SignallingCloseRoomParams {
  /** Id of the room to close. Sent as query parameter `channel_id`. */
  channel_id: string;
  /** Account that closes the room. Sent as query parameter `operator_account_id`. */
  operator_account_id?: string;
  /**
   * Extension of your own delivered with the close event. Sent as query parameter
   * `server_extension`.
   */
  server_extension?: string;
  /**
   * Keep the close event for members who are offline; the default is not documented. Sent as query
   * parameter `offline_enabled`.
   */
  offline_enabled?: boolean;
  /**
   * Copy the close event to the app server (message copy); the default is not documented. Sent as
   * query parameter `route_enabled`.
   */
  route_enabled?: boolean;
}

/** The parameters of `signalling.delayRoom()`. */
export interface SignallingDelayRoomParams {
  /** Id of the room to extend. Sent as query parameter `channel_id`. */
  channel_id: string;
}

/** The parameters of `signalling.getRoom()`. */
export interface SignallingGetRoomParams {
  /** Id of the room. Sent as query parameter `channel_id`. */
  channel_id?: string;
  /** Name of the room, as given when it was created. Sent as query parameter `channel_name`. */
  channel_name?: string;
}

/** The parameters of `signalling.invite()`. */
export interface SignallingInviteParams {
  /** Id of the room. */
  channel_id: string;
  /** Account that invites. */
  inviter_account_id?: string;
  /** Account that is invited. */
  invitee_account_id?: string;
  /** Your id of the invitation; a cancellation names the invitation with the same id. */
  request_id?: string;
  /** Extension of your own delivered with the event. */
  server_extension?: string;
  /** Keep the event for an invitee who is offline. */
  offline_enabled?: boolean;
  /** Count the event in the invitee's unread number. */
  unread_enabled?: boolean;
  /** Offline push notification that goes with an invitation or its cancellation. */
  push_config?: SignallingPushConfig;
  /** Whether the signalling event is copied to your server (message copy, 抄送). */
  route_config?: SignallingRouteConfig;
}

/** The parameters of `signalling.cancelInvite()`. */
export interface SignallingCancelInviteParams {
  /** Id of the room. */
  channel_id: string;
  /** Account that invites. */
  inviter_account_id?: string;
  /** Account that is invited. */
  invitee_account_id?: string;
  /** Your id of the invitation; a cancellation names the invitation with the same id. */
  request_id?: string;
  /** Extension of your own delivered with the event. */
  server_extension?: string;
  /** Keep the event for an invitee who is offline. */
  offline_enabled?: boolean;
  /** Count the event in the invitee's unread number. */
  unread_enabled?: boolean;
  /** Offline push notification that goes with an invitation or its cancellation. */
  push_config?: SignallingPushConfig;
  /** Whether the signalling event is copied to your server (message copy, 抄送). */
  route_config?: SignallingRouteConfig;
}

/** The parameters of `signalling.kick()`. */
export interface SignallingKickParams {
  /** Id of the room. */
  channel_id: string;
  /** Account that removes the member. */
  operator_account_id?: string;
  /** Account that is removed. */
  target_account_id?: string;
  /** Extension of your own delivered with the event. */
  server_extension?: string;
  /** Keep the event for members who are offline. */
  offline_enabled?: boolean;
  /** Whether the signalling event is copied to your server (message copy, 抄送). */
  route_config?: SignallingRouteConfig;
}

/** The parameters of `signalling.sendControl()`. */
export interface SignallingSendControlParams {
  /** Id of the room. */
  channel_id: string;
  /** Account that sends the signal. */
  operator_account_id?: string;
  /** Account the signal is for; whether it may be left out is not documented. */
  target_account_id?: string;
  /** Extension of your own delivered with the control signal. */
  server_extension?: string;
  /** Whether the signalling event is copied to your server (message copy, 抄送). */
  route_config?: SignallingRouteConfig;
}

/**
 * Signalling rooms for call invitations and control messages.
 *
 * Reached as `client.signalling`.
 */
export class Signalling extends APIResource {
  /**
   * Create a signalling room.
   *
   * Creates a signalling room (channel) through which accounts invite each other to calls and
   * exchange control signals, and returns it with its server-made `channel_id`. Only the official
   * Java SDK describes this call: required fields and limits are not documented. Under the v1 API a
   * room lived two hours unless extended; the v2 lifetime is not documented.
   *
   * `POST /im/v2/signalling_room`; not retried once it may have reached the server.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   */
  createRoom(
    params: SignallingCreateRoomParams = {},
    options?: RequestOptions,
  ): APIPromise<SignallingRoom> {
    return this._client.request<SignallingRoom>(
      {
        method: "POST",
        path: "/im/v2/signalling_room",
        body: {
          channel_name: params.channel_name,
          creator_account_id: params.creator_account_id,
          channel_type: params.channel_type,
          channel_extension: params.channel_extension,
          route_config: params.route_config,
        },
        idempotent: false,
        name: "signalling.createRoom",
        fields: {
          channel_name: "string",
          channel_id: "string",
          creator_account_id: "string",
          channel_extension: "string",
          channel_type: "integer",
          create_time: "integer",
          expire_time: "integer",
          member_list: "array",
        },
      },
      options,
    );
  }

  /**
   * Close a signalling room.
   *
   * Closes a signalling room; its members are notified. All settings travel in the query string.
   * Only the official Java SDK describes this call: which other parameters are required and their
   * limits are not documented. Nothing is returned.
   *
   * `DELETE /im/v2/signalling_room`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   */
  closeRoom(params: SignallingCloseRoomParams, options?: RequestOptions): APIPromise<void> {
    return this._client.request<void>(
      {
        method: "DELETE",
        path: "/im/v2/signalling_room",
        query: {
          channel_id: params.channel_id,
          operator_account_id: params.operator_account_id,
          server_extension: params.server_extension,
          offline_enabled: params.offline_enabled,
          route_enabled: params.route_enabled,
        },
        idempotent: true,
        name: "signalling.closeRoom",
      },
      options,
    );
  }

  /**
   * Extend the lifetime of a signalling room.
   *
   * Pushes back the expiry of a signalling room and returns the room with its new `expire_time`.
   * The room id travels in the query string; there is no body. Under the v1 API each extension set
   * the expiry to two hours after the call; the v2 behaviour is not documented. This is the only
   * PUT operation of the API. Only the official Java SDK describes it.
   *
   * `PUT /im/v2/signalling_room`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   */
  delayRoom(
    params: SignallingDelayRoomParams,
    options?: RequestOptions,
  ): APIPromise<SignallingRoom> {
    return this._client.request<SignallingRoom>(
      {
        method: "PUT",
        path: "/im/v2/signalling_room",
        query: { channel_id: params.channel_id },
        idempotent: true,
        name: "signalling.delayRoom",
        fields: {
          channel_name: "string",
          channel_id: "string",
          creator_account_id: "string",
          channel_extension: "string",
          channel_type: "integer",
          create_time: "integer",
          expire_time: "integer",
          member_list: "array",
        },
      },
      options,
    );
  }

  /**
   * Get a signalling room.
   *
   * Reads a signalling room and its members, found by `channel_id` or by `channel_name`. Which of
   * the two is needed, and what happens when both are given, is not documented; only the official
   * Java SDK describes this call.
   *
   * `GET /im/v2/signalling_room`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   */
  getRoom(
    params: SignallingGetRoomParams = {},
    options?: RequestOptions,
  ): APIPromise<SignallingRoom> {
    return this._client.request<SignallingRoom>(
      {
        method: "GET",
        path: "/im/v2/signalling_room",
        query: { channel_id: params.channel_id, channel_name: params.channel_name },
        idempotent: true,
        name: "signalling.getRoom",
        fields: {
          channel_name: "string",
          channel_id: "string",
          creator_account_id: "string",
          channel_extension: "string",
          channel_type: "integer",
          create_time: "integer",
          expire_time: "integer",
          member_list: "array",
        },
      },
      options,
    );
  }

  /**
   * Invite an account into a signalling room.
   *
   * Sends an invitation to join a signalling room from one account to another, optionally with an
   * offline push. `request_id` names the invitation so that it can be cancelled later. Only the
   * official Java SDK describes this call: required fields other than the room id, and limits, are
   * not documented. Nothing is returned.
   *
   * `POST /im/v2/signalling_room/actions/invite`; not retried once it may have reached the server.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   */
  invite(params: SignallingInviteParams, options?: RequestOptions): APIPromise<void> {
    return this._client.request<void>(
      {
        method: "POST",
        path: "/im/v2/signalling_room/actions/invite",
        body: {
          channel_id: params.channel_id,
          inviter_account_id: params.inviter_account_id,
          invitee_account_id: params.invitee_account_id,
          request_id: params.request_id,
          server_extension: params.server_extension,
          offline_enabled: params.offline_enabled,
          unread_enabled: params.unread_enabled,
          push_config: params.push_config,
          route_config: params.route_config,
        },
        idempotent: false,
        name: "signalling.invite",
      },
      options,
    );
  }

  /**
   * Cancel an invitation into a signalling room.
   *
   * Withdraws an invitation sent earlier, named by the room, the two accounts and the `request_id`
   * of the invitation; the invitee is notified. Only the official Java SDK describes this call:
   * required fields other than the room id, and limits, are not documented. Nothing is returned.
   *
   * `POST /im/v2/signalling_room/actions/cancel_invite`; not retried once it may have reached the
   * server.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   */
  cancelInvite(params: SignallingCancelInviteParams, options?: RequestOptions): APIPromise<void> {
    return this._client.request<void>(
      {
        method: "POST",
        path: "/im/v2/signalling_room/actions/cancel_invite",
        body: {
          channel_id: params.channel_id,
          inviter_account_id: params.inviter_account_id,
          invitee_account_id: params.invitee_account_id,
          request_id: params.request_id,
          server_extension: params.server_extension,
          offline_enabled: params.offline_enabled,
          unread_enabled: params.unread_enabled,
          push_config: params.push_config,
          route_config: params.route_config,
        },
        idempotent: false,
        name: "signalling.cancelInvite",
      },
      options,
    );
  }

  /**
   * Remove a member from a signalling room.
   *
   * Removes one account from a signalling room on behalf of an operator; the room is notified. Only
   * the official Java SDK describes this call: required fields other than the room id, permissions
   * and limits are not documented. Nothing is returned.
   *
   * `POST /im/v2/signalling_room/actions/kick`; not retried once it may have reached the server.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   */
  kick(params: SignallingKickParams, options?: RequestOptions): APIPromise<void> {
    return this._client.request<void>(
      {
        method: "POST",
        path: "/im/v2/signalling_room/actions/kick",
        body: {
          channel_id: params.channel_id,
          operator_account_id: params.operator_account_id,
          target_account_id: params.target_account_id,
          server_extension: params.server_extension,
          offline_enabled: params.offline_enabled,
          route_config: params.route_config,
        },
        idempotent: false,
        name: "signalling.kick",
      },
      options,
    );
  }

  /**
   * Send a control signal in a signalling room.
   *
   * Sends a custom control signal, whose meaning your app defines, to an account in a signalling
   * room. Only the official Java SDK describes this call: required fields other than the room id,
   * and limits, are not documented. Nothing is returned.
   *
   * `POST /im/v2/signalling_room/actions/control`; not retried once it may have reached the server.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   */
  sendControl(params: SignallingSendControlParams, options?: RequestOptions): APIPromise<void> {
    return this._client.request<void>(
      {
        method: "POST",
        path: "/im/v2/signalling_room/actions/control",
        body: {
          channel_id: params.channel_id,
          operator_account_id: params.operator_account_id,
          target_account_id: params.target_account_id,
          server_extension: params.server_extension,
          route_config: params.route_config,
        },
        idempotent: false,
        name: "signalling.sendControl",
      },
      options,
    );
  }
}
