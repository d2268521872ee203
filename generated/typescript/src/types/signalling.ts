// Signalling (信令): signalling rooms (channels) for call invitations and control messages. Only the official Java server SDK describes these objects; their limits and required fields are not documented.
// Generated from the OpenAPI spec; do not edit by hand.

/** Whether the signalling event is copied to your server (message copy, 抄送). */
export interface SignallingRouteConfig {
  /** Copy this event to the app server; the default is not documented. */
  route_enabled?: boolean;
}

/** Body of a signalling room creation. */
export interface CreateSignallingRoomRequest {
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

/** Body of a removal from a signalling room. */
export interface KickSignallingMemberRequest {
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

/** Body of a control signal. */
export interface SendSignallingControlRequest {
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

/** Offline push notification that goes with an invitation or its cancellation. */
export interface SignallingPushConfig {
  /** Send an offline push to the invitee; the default is not documented. */
  push_enabled?: boolean;
  /** Title of the push notification. */
  push_title?: string;
  /** Text of the push notification. */
  push_content?: string;
  /** Custom push payload, a JSON object encoded as a string. */
  push_payload?: string;
}

/** Body of an invitation into a signalling room, or of its cancellation. */
export interface SignallingInvitationRequest {
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

/** A member of a signalling room. */
export interface SignallingRoomMember {
  /** Account of the member. */
  account_id?: string;
  /** Member id the server gave this member in the room. */
  uid?: number;
  /** Device the member joined from. */
  device_id?: string;
  /** When the member joined, in milliseconds since the epoch. */
  join_time?: number;
  /** When the membership expires, in milliseconds since the epoch. */
  expire_time?: number;
}

/** A signalling room and its members. */
export interface SignallingRoom {
  /** Name of the room. */
  channel_name?: string;
  /** Id the server gave the room, unique. */
  channel_id?: string;
  /** Account that created the room. */
  creator_account_id?: string;
  /** Extension stored with the room. */
  channel_extension?: string;
  /** Kind of room; the numeric values are not documented. */
  channel_type?: number;
  /** When the room was created, in milliseconds since the epoch. */
  create_time?: number;
  /** When the room expires, in milliseconds since the epoch. */
  expire_time?: number;
  /** The members of the room. */
  member_list?: SignallingRoomMember[];
}
