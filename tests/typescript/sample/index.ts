/**
 * A hand-written stand-in for the generated package: the shape the generator emits (see
 * generator/targets/typescript/runtime/README.md), with a few resources, so the runtime can
 * be tested before the generator exists.
 */

import {
  APIClient,
  type APIClientConfig,
  APIError,
  type APIPromise,
  type ClientOptions,
  conversationIdHelpers,
  type PagePromise,
  type PageRequestOptions,
  path,
  type RequestOptions,
  sendStream,
  type WithFailures,
} from "../../../generator/targets/typescript/runtime/src/core/index.js";

export * from "../../../generator/targets/typescript/runtime/src/core/index.js";

export const VERSION = "0.0.0-sample";

// -- errors: one class per documented code (x-error-codes) ---------------------------------
/** Code 414: a parameter is missing or invalid. */
export class InvalidParameterError extends APIError {}
/** Code 416: the app called this kind of operation too often. */
export class RateLimitError extends APIError {}
/** Code 503: the server is too busy. */
export class ServerBusyError extends APIError {}

// -- enums and the conversation id helpers --------------------------------------------------
export const ConversationType = { P2P: 1, TEAM: 2, SUPER_TEAM: 3 } as const;
export type ConversationType = (typeof ConversationType)[keyof typeof ConversationType];
export const ConversationId = conversationIdHelpers({ p2p: 1, team: 2, superTeam: 3 });

// -- types -----------------------------------------------------------------------------------
export interface CreateAccountParams {
  account_id: string;
  token?: string;
}
export interface Account {
  account_id: string;
  name?: string;
  token?: string;
  [extra: string]: unknown;
}
export interface GetAccountParams {
  account_id: string;
}
export interface SendMessageParams {
  conversation_id: string;
  message: { message_type: number; text?: string; [extra: string]: unknown };
}
export interface SendMessageResult {
  message_server_id: number;
  sender_id?: string;
  [extra: string]: unknown;
}
export interface BatchGetMessagesParams {
  conversation_id: string;
  message_server_ids: number[];
}
export interface BatchGetMessagesResult {
  success_list?: Array<{ message_server_id: number; text?: string }>;
  failed_list?: Array<{ message_server_id: number; error_code?: number; error_msg?: string }>;
}
export interface ListFriendsParams {
  account_id: string;
  page_token?: string;
  limit?: number;
}
export interface Friend {
  friend_account_id: string;
  [extra: string]: unknown;
}
export interface ListFriendsResult {
  has_more?: boolean;
  next_token?: string;
  items?: Friend[];
}
export interface ListTaggedMembersParams {
  room_id: number;
  tag: string;
  offset?: number;
  limit?: number;
}
export interface ChatroomMember {
  account_id: string;
}
export interface ListTaggedMembersResult {
  has_more?: boolean;
  offset?: number;
  items?: ChatroomMember[];
}

// -- resources -------------------------------------------------------------------------------
class APIResource {
  protected readonly _client: APIClient;
  constructor(client: APIClient) {
    this._client = client;
  }
}

export class Accounts extends APIResource {
  /** Create an account. */
  create(params: CreateAccountParams, options?: RequestOptions): APIPromise<Account> {
    return this._client.request<Account>(
      {
        method: "POST",
        path: "/im/v2/accounts",
        body: params,
        idempotent: false,
        name: "accounts.create",
        fields: { account_id: "string" },
      },
      options,
    );
  }

  /** Get one account. */
  get(params: GetAccountParams, options?: RequestOptions): APIPromise<Account> {
    const { account_id } = params;
    return this._client.request<Account>(
      {
        method: "GET",
        path: path`/im/v2/accounts/${account_id}`,
        idempotent: true,
        name: "accounts.get",
        fields: { account_id: "string", name: "string" },
      },
      options,
    );
  }
}

export class Messages extends APIResource {
  /** Send a message (not idempotent: never sent twice). */
  send(params: SendMessageParams, options?: RequestOptions): APIPromise<SendMessageResult> {
    const { conversation_id, ...body } = params;
    return this._client.request<SendMessageResult>(
      {
        method: "POST",
        path: path`/im/v2/conversations/${conversation_id}/messages`,
        body,
        idempotent: false,
        name: "messages.send",
        fields: { message_server_id: "integer" },
      },
      options,
    );
  }

  /** Get several messages; the ones not found are in `failed_list`. */
  batchGet(
    params: BatchGetMessagesParams,
    options?: RequestOptions,
  ): APIPromise<WithFailures<BatchGetMessagesResult>> {
    const { conversation_id, ...query } = params;
    return this._client.request<WithFailures<BatchGetMessagesResult>>(
      {
        method: "GET",
        path: path`/im/v2/conversations/${conversation_id}/batch_messages`,
        query,
        idempotent: true,
        name: "messages.batchGet",
        fields: { success_list: "array", failed_list: "array" },
        partialFailure: {
          failed: "failed_list",
          succeeded: "success_list",
          id: "message_server_id",
          code: "error_code",
          message: "error_msg",
        },
      },
      options,
    );
  }

  /** Send a streaming message from text chunks; resolves to its server id. */
  sendStream(
    params: {
      conversation_id: string;
      chunks: Iterable<string> | AsyncIterable<string>;
      message_client_id?: string;
      [setting: string]: unknown;
    },
    options?: RequestOptions,
  ): Promise<number> {
    const { conversation_id, chunks, message_client_id, ...settings } = params;
    return sendStream<number>(
      (body) =>
        this.send(
          { conversation_id, ...(body as { message: SendMessageParams["message"] }) },
          options,
        ),
      chunks,
      {
        chunk: "message",
        text: "attachment.text",
        index: "attachment.index",
        finish: "attachment.finish",
        firstId: "message_client_id",
        nextId: "message_server_id",
        resultId: "message_server_id",
      },
      { fixed: {}, settings, firstId: message_client_id },
    );
  }
}

export class Friends extends APIResource {
  /** List an account's friends, page by page. */
  list(
    params: ListFriendsParams,
    options?: PageRequestOptions,
  ): PagePromise<Friend, ListFriendsResult> {
    return this._client.paginate<Friend, ListFriendsResult>(
      {
        method: "GET",
        path: "/im/v2.1/friends",
        query: params,
        idempotent: true,
        name: "friends.list",
      },
      {
        style: "cursor",
        requestToken: "page_token",
        limit: "limit",
        items: "items",
        hasMore: "has_more",
        responseToken: "next_token",
      },
      options,
    );
  }

  /**
   * The /im/v2 version of `list`.
   * @deprecated Use `list` (the /im/v2.1 operation).
   */
  legacyList(
    params: ListFriendsParams,
    options?: PageRequestOptions,
  ): PagePromise<Friend, ListFriendsResult> {
    return this._client.paginate<Friend, ListFriendsResult>(
      {
        method: "GET",
        path: "/im/v2/friends",
        query: params,
        idempotent: true,
        name: "friends.legacyList",
        deprecated: "use friends.list (/im/v2.1/friends)",
      },
      {
        style: "cursor",
        requestToken: "page_token",
        limit: "limit",
        items: "items",
        hasMore: "has_more",
        responseToken: "next_token",
      },
      options,
    );
  }
}

export class ChatroomMembers extends APIResource {
  /** List the online members that carry a tag (offset paging). */
  listTaggedMembers(
    params: ListTaggedMembersParams,
    options?: PageRequestOptions,
  ): PagePromise<ChatroomMember, ListTaggedMembersResult> {
    return this._client.paginate<ChatroomMember, ListTaggedMembersResult>(
      {
        method: "GET",
        path: "/im/v2/chatrooms/actions/list_tagged_members",
        query: params,
        idempotent: true,
        name: "chatroomMembers.listTaggedMembers",
      },
      {
        style: "offset",
        requestToken: "offset",
        limit: "limit",
        items: "items",
        hasMore: "has_more",
        responseToken: "offset",
      },
      options,
    );
  }
}

// -- the client ------------------------------------------------------------------------------
const CONFIG: APIClientConfig = {
  regions: {
    cn: {
      baseURL: "https://open.yunxinapi.com",
      backupBaseURLs: ["https://open-bak.yunxinapi.com"],
    },
    sg: { baseURL: "https://open-sg.yunxinapi.com" },
  },
  defaultRegion: "cn",
  errorCodes: {
    414: { error: InvalidParameterError, retry: "never" },
    416: { error: RateLimitError, retry: "always" },
    503: { error: ServerBusyError, retry: "idempotent" },
  },
  userAgent: `yunxin-im-node/${VERSION}`,
};

export class YunxinIM extends APIClient {
  readonly accounts: Accounts = new Accounts(this);
  readonly messages: Messages = new Messages(this);
  readonly friends: Friends = new Friends(this);
  readonly chatroomMembers: ChatroomMembers = new ChatroomMembers(this);

  constructor(options: ClientOptions = {}) {
    super(options, CONFIG);
  }
}
