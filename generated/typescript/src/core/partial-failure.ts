/**
 * Batch results that list failed items next to the successful ones. The client attaches two
 * non-enumerable methods to such a result (so JSON.stringify and util.inspect show only the
 * wire fields): `failures()` lists the failed items, `raiseForFailures()` throws
 * `PartialFailureError` when there is any and returns the result otherwise.
 */

import { type FailedItem, PartialFailureError } from "./errors.js";

/** Where a batch result keeps its failed items (the spec's `x-partial-failure`). */
export interface PartialFailureSpec {
  /** The field with the failed items (a list, or a single item). */
  readonly failed: string;
  readonly succeeded?: string | undefined;
  /** Field of a failed item with its id, code and message. */
  readonly id?: string | undefined;
  readonly code?: string | undefined;
  readonly message?: string | undefined;
}

/** The methods a batch result has besides its fields. */
export interface PartialFailureMethods {
  /** The failed items, whatever this result calls their fields. */
  failures(): FailedItem[];
  /** Throw PartialFailureError naming the failed items if any; else return the result. */
  raiseForFailures(): this;
}

/** A batch result: its wire fields plus `failures()` and `raiseForFailures()`. */
export type WithFailures<T> = T & PartialFailureMethods;

function read(item: unknown, name: string | undefined): unknown {
  if (name === undefined || item === null || typeof item !== "object") return undefined;
  return (item as Record<string, unknown>)[name];
}

/** Attach `failures()` and `raiseForFailures()` to `result` (in place) and return it. */
export function attachPartialFailure<T extends object>(
  result: T,
  spec: PartialFailureSpec,
  traceId?: string,
): WithFailures<T> {
  const failures = (): FailedItem[] => {
    const failed = (result as Record<string, unknown>)[spec.failed];
    if (failed === undefined || failed === null) return [];
    const items: unknown[] = Array.isArray(failed) ? failed : [failed];
    return items.map((item) => ({
      id: read(item, spec.id),
      code: read(item, spec.code),
      message: read(item, spec.message),
      raw: item,
    }));
  };
  Object.defineProperty(result, "failures", {
    value: failures,
    enumerable: false,
    configurable: true,
  });
  Object.defineProperty(result, "raiseForFailures", {
    value: function raiseForFailures(this: T): T {
      const found = failures();
      if (found.length > 0) throw new PartialFailureError(found, traceId);
      return result;
    },
    enumerable: false,
    configurable: true,
  });
  return result as WithFailures<T>;
}
