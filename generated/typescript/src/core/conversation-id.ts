/**
 * Conversation ids: `owner|type|peer`. The owner is the account whose side of the conversation
 * is meant, the type a number of the spec's conversation type enum, the peer an account or team
 * id. The enum comes from generated code, so this module is a factory:
 *
 * ```ts
 * export const ConversationId = conversationIdHelpers({ p2p: 1, team: 2, superTeam: 3 });
 * ConversationId.p2p("user1", "user2"); // "user1|1|user2"
 * ConversationId.parse("user1|2|6001").peer; // "6001"
 * ```
 */

/** The parts of a conversation id. */
export interface ConversationIdParts<Type extends number> {
  readonly owner: string;
  readonly type: Type;
  readonly peer: string;
}

export type ConversationIdHelpers<Types extends Readonly<Record<string, number>>> = {
  /** `owner|type|peer`, after checking each part. */
  format(owner: string, type: Types[keyof Types], peer: string | number): string;
  /** Split `owner|type|peer`; throws TypeError when `value` is not of that form. */
  parse(value: string): ConversationIdParts<Types[keyof Types]>;
  /** The known types, by name. */
  readonly types: Types;
} & {
  readonly [Name in keyof Types]: (owner: string, peer: string | number) => string;
};

/** Helpers for the conversation types `types` (name to number). */
export function conversationIdHelpers<const Types extends Readonly<Record<string, number>>>(
  types: Types,
): ConversationIdHelpers<Types> {
  const values = new Set<number>(Object.values(types));
  const valid = Object.entries(types)
    .map(([name, value]) => `${value} (${name})`)
    .join(", ");
  const format = (owner: string, type: number, peer: string | number): string => {
    const parts: Array<[string, string]> = [
      ["owner", String(owner)],
      ["peer", String(peer)],
    ];
    for (const [label, part] of parts) {
      if (!part || part.includes("|")) {
        throw new TypeError(
          `conversation id ${label} must be a non-empty string without '|', got ${JSON.stringify(part)}`,
        );
      }
    }
    if (!values.has(Number(type))) {
      throw new TypeError(`conversation type must be one of ${valid}, got ${String(type)}`);
    }
    return `${String(owner)}|${Number(type)}|${String(peer)}`;
  };
  const helpers: Record<string, unknown> = {
    format,
    parse(value: string): ConversationIdParts<number> {
      const parts = String(value).split("|");
      if (parts.length !== 3 || !/^[0-9]+$/.test(parts[1] ?? "")) {
        throw new TypeError(
          `a conversation id looks like 'owner|type|peer', got ${JSON.stringify(value)}`,
        );
      }
      const [owner, type, peer] = parts as [string, string, string];
      format(owner, Number(type), peer);
      return { owner, type: Number(type), peer };
    },
    types,
  };
  for (const [name, value] of Object.entries(types)) {
    helpers[name] = (owner: string, peer: string | number): string => format(owner, value, peer);
  }
  return helpers as ConversationIdHelpers<Types>;
}
