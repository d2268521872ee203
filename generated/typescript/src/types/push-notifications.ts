// Push notifications: system push notifications sent to devices. Only the official Java server SDK (SystemPushV2Service) describes these objects; their limits, required fields and the meanings of the numeric codes are not documented.
// Generated from the OpenAPI spec; do not edit by hand.

/** How a system push notification is shown on the device. */
export interface SystemPushConfig {
  /** Put the sender's nickname in front of the push text; the default is not documented. */
  push_nick_enabled?: boolean;
  /** Count the push in the app icon's badge number; the default is not documented. */
  push_badge_enabled?: boolean;
  /** Text shown in the push notification. */
  push_content?: string;
  /** Custom push payload, a JSON object encoded as a string. */
  push_payload?: string;
}

/** A system push notification as the server stores it. */
export interface PushNotification {
  /** Id of the push notification. */
  push_id?: number;
  /** Account shown as the sender. */
  sender_account_id?: string;
  /** Content of the notification. */
  content?: string;
  /** Which devices or accounts the push went to; the values are not documented. */
  target_type?: number;
  /** Client platforms that receive the push. */
  target_os?: string[];
  /** The notification is kept for devices that log in later. */
  roam_enabled?: boolean;
  /** When the kept notification expires, presumably in milliseconds since the epoch. */
  roam_expire_time?: number;
  /** When the push was sent, in milliseconds since the epoch. */
  create_time?: number;
  /** How a system push notification is shown on the device. */
  push_config?: SystemPushConfig;
}

/** One page of system push notifications. */
export interface PushNotificationPage {
  /** More notifications follow; ask again with `next_token`. */
  has_more?: boolean;
  /** Cursor of the next page, to pass as `page_token`. */
  next_token?: string;
  /** The notifications of this page. */
  items?: PushNotification[];
}

/** Body of a system push notification. */
export interface SendPushNotificationRequest {
  /** Content of the notification. */
  content?: string;
  /** How a system push notification is shown on the device. */
  push_config?: SystemPushConfig;
  /** Account shown as the sender. */
  sender_account_id?: string;
  /** Which devices or accounts the push goes to; the values are not documented. */
  target_type?: number;
  /** Client platforms that receive the push; the accepted names are not documented. */
  target_os?: string[];
  /** Keep the notification so that devices that log in later still receive it. */
  roam_enabled?: boolean;
  /** How long the notification is kept when `roam_enabled` is true; the unit is not documented. */
  roam_expire_after?: number;
}
