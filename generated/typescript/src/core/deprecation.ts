/** Run-time warnings for deprecated operations: one per operation per process. */

const warned = new Set<string>();

/** Emit a DeprecationWarning for `operation` the first time it is called. */
export function warnDeprecated(operation: string, message: string): void {
  if (warned.has(operation)) return;
  warned.add(operation);
  process.emitWarning(`${operation} is deprecated: ${message}`, {
    type: "DeprecationWarning",
    code: "YUNXIN_DEPRECATED",
  });
}
