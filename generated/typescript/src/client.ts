// Generated from the OpenAPI spec; do not edit by hand.

import { APIClient, type APIClientConfig, type ClientOptions } from "./core/index.js";
import {
  PermissionDeniedError,
  NotFoundError,
  InvalidParameterError,
  RateLimitError,
  DuplicateOperationError,
  QuantityLimitError,
  InternalServerError,
  ServerBusyError,
  ServiceUnavailableError,
} from "./errors.js";
import { Accounts } from "./resources/accounts.js";
import { Users } from "./resources/users.js";
import { Friends } from "./resources/friends.js";
import { MuteContacts } from "./resources/mute-contacts.js";
import { BlockContacts } from "./resources/block-contacts.js";
import { Messages } from "./resources/messages.js";
import { ChatroomMessages } from "./resources/chatroom-messages.js";
import { Conversations } from "./resources/conversations.js";
import { ConversationUnread } from "./resources/conversation-unread.js";
import { ConversationGroups } from "./resources/conversation-groups.js";
import { Teams } from "./resources/teams.js";
import { TeamMembers } from "./resources/team-members.js";
import { Chatrooms } from "./resources/chatrooms.js";
import { ChatroomMembers } from "./resources/chatroom-members.js";
import { ChatroomQueues } from "./resources/chatroom-queues.js";
import { Broadcasts } from "./resources/broadcasts.js";
import { SystemNotifications } from "./resources/system-notifications.js";
import { Subscriptions } from "./resources/subscriptions.js";
import { Tools } from "./resources/tools.js";
import { Signalling } from "./resources/signalling.js";
import { PushNotifications } from "./resources/push-notifications.js";
import { Ai } from "./resources/ai.js";
import { VERSION } from "./version.js";

const CONFIG: APIClientConfig = {
  regions: {
    cn: {
      baseURL: "https://open.yunxinapi.com",
      backupBaseURLs: ["https://open-bak.yunxinapi.com"],
    },
    sg: {
      baseURL: "https://open-sg.yunxinapi.com",
      backupBaseURLs: ["https://open-sg-bak.yunxinapi.com"],
    },
  },
  defaultRegion: "cn",
  errorCodes: {
    403: { error: PermissionDeniedError, retry: "never" },
    404: { error: NotFoundError, retry: "never" },
    414: { error: InvalidParameterError, retry: "never" },
    416: { error: RateLimitError, retry: "always" },
    417: { error: DuplicateOperationError, retry: "never" },
    419: { error: QuantityLimitError, retry: "never" },
    500: { error: InternalServerError, retry: "idempotent" },
    503: { error: ServerBusyError, retry: "idempotent" },
    514: { error: ServiceUnavailableError, retry: "never" },
  },
  userAgent: `yunxin-im-node/${VERSION}`,
};

/**
 * The client of the NetEase Yunxin IM server API v2.
 *
 * Options (all optional, times in milliseconds): `appKey` and `appSecret` (default: the
 * YUNXIN_APP_KEY and YUNXIN_APP_SECRET environment variables), `region` ("cn" | "sg";
 * default YUNXIN_REGION, else "cn"), `baseURL` (default YUNXIN_BASE_URL) and
 * `backupBaseURLs`, `timeout` (per attempt, 30 000), `totalTimeout`, `maxRetries` (2),
 * `maxResponseSize`, `defaultHeaders`, `logger`, `logLevel` and `fetch`.
 */
export class YunxinIM extends APIClient {
  /** Accounts. */
  readonly accounts: Accounts = new Accounts(this);
  /** Users. */
  readonly users: Users = new Users(this);
  /** Friends. */
  readonly friends: Friends = new Friends(this);
  /** Mute list. */
  readonly muteContacts: MuteContacts = new MuteContacts(this);
  /** Block list. */
  readonly blockContacts: BlockContacts = new BlockContacts(this);
  /** Messages. */
  readonly messages: Messages = new Messages(this);
  /** Chatroom messages. */
  readonly chatroomMessages: ChatroomMessages = new ChatroomMessages(this);
  /** Conversations. */
  readonly conversations: Conversations = new Conversations(this);
  /** Conversation unread counts. */
  readonly conversationUnread: ConversationUnread = new ConversationUnread(this);
  /** Conversation groups. */
  readonly conversationGroups: ConversationGroups = new ConversationGroups(this);
  /** Teams. */
  readonly teams: Teams = new Teams(this);
  /** Team members. */
  readonly teamMembers: TeamMembers = new TeamMembers(this);
  /** Chatrooms. */
  readonly chatrooms: Chatrooms = new Chatrooms(this);
  /** Chatroom members. */
  readonly chatroomMembers: ChatroomMembers = new ChatroomMembers(this);
  /** Chatroom queues. */
  readonly chatroomQueues: ChatroomQueues = new ChatroomQueues(this);
  /** Broadcasts. */
  readonly broadcasts: Broadcasts = new Broadcasts(this);
  /** System notifications. */
  readonly systemNotifications: SystemNotifications = new SystemNotifications(this);
  /** Subscriptions. */
  readonly subscriptions: Subscriptions = new Subscriptions(this);
  /** Tools. */
  readonly tools: Tools = new Tools(this);
  /** Signalling. */
  readonly signalling: Signalling = new Signalling(this);
  /** Push notifications. */
  readonly pushNotifications: PushNotifications = new PushNotifications(this);
  /** AI. */
  readonly ai: Ai = new Ai(this);

  constructor(options: ClientOptions = {}) {
    super(options, CONFIG);
  }
}
