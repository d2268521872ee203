/**
 * Request signing: the AppKey, Nonce, CurTime and CheckSum headers.
 *
 * CheckSum is the lowercase hex SHA-1 of AppSecret + Nonce + CurTime. The server accepts a
 * CurTime at most five minutes away from its clock, so every attempt is signed anew.
 */

import { createHash, randomBytes } from "node:crypto";

export interface Signature {
  readonly Nonce: string;
  readonly CurTime: string;
  readonly CheckSum: string;
}

/** Lowercase hex SHA-1 of `appSecret + nonce + curTime`. */
export function checksum(appSecret: string, nonce: string, curTime: string): string {
  return createHash("sha1")
    .update(appSecret + nonce + curTime, "utf8")
    .digest("hex");
}

/** Fresh signing headers: a random Nonce, the current UTC time in seconds, the CheckSum. */
export function sign(appSecret: string): Signature {
  const nonce = randomBytes(16).toString("hex");
  const curTime = String(Math.floor(Date.now() / 1000));
  return { Nonce: nonce, CurTime: curTime, CheckSum: checksum(appSecret, nonce, curTime) };
}
