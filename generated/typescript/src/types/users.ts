// User cards (名片) and online status. The card fields are UserInformation from accounts.yaml.
// Generated from the OpenAPI spec; do not edit by hand.

import type { AntispamConfiguration, UserInformation } from "./accounts.js";
import type { AccountFailure, AccountOnlineStatus } from "./common.js";

/** The user card of an account, with the account id. */
export interface User extends UserInformation {
  /** The account the card belongs to. */
  account_id?: string;
}

/** User cards found, and the accounts that could not be read. */
export interface BatchGetUsersResult {
  /** The user cards that were found. */
  success_list?: User[];
  /** The accounts that could not be read, with the reason. */
  failed_list?: AccountFailure[];
}

/** Body of an online-status lookup. */
export interface GetUsersOnlineStatusRequest {
  /** The accounts to check, at most 100. At most 100 items. */
  account_ids: string[];
}

/** Body of a user-card update; send only the fields to change. */
export interface UpdateUserRequest extends UserInformation {
  /** Content-moderation settings for the user card sent with the request. */
  antispam_configuration?: AntispamConfiguration;
}

/** Online status of the accounts checked, and the accounts that could not be. */
export interface UsersOnlineStatusResult {
  /** The accounts checked, with their logged-in clients. */
  success_list?: AccountOnlineStatus[];
  /** The accounts that could not be checked, with the reason. */
  failed_list?: AccountFailure[];
}
