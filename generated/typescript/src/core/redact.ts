/**
 * Keeping the request's secrets out of messages and log lines.
 *
 * A server or proxy may echo the request headers into its answer (an HTML error page, the
 * envelope's `msg`, the reason phrase). The CheckSum with its Nonce and CurTime authorises any
 * call of the app for five minutes, so the AppSecret and the CheckSum and Nonce of every
 * attempt are replaced by `[redacted]`, in any letter case and in their JSON-escaped form,
 * before server text goes into an error message or a log line.
 */

export const REDACTED = "[redacted]";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function forms(secret: string): string[] {
  const found = [secret];
  const escaped = JSON.stringify(secret).slice(1, -1);
  if (escaped !== secret) found.push(escaped);
  const ascii = escaped.replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  if (ascii !== escaped) found.push(ascii);
  return found;
}

/** `text` with every secret (any letter case, or JSON-escaped) replaced by `[redacted]`. */
export function redact(text: string, secrets: Iterable<string>): string {
  let folded = text.toLowerCase();
  for (const secret of secrets) {
    if (!secret) continue;
    for (const form of forms(secret)) {
      if (folded.includes(form.toLowerCase())) {
        text = text.replace(new RegExp(escapeRegExp(form), "gi"), REDACTED);
        folded = text.toLowerCase();
      }
    }
  }
  return text;
}
