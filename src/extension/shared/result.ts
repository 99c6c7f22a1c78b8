// Errors as values at the extension's boundaries (messaging, storage, network).
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: string): Result<T> => ({ ok: false, error });

/** The message of anything thrown, for a Result. */
export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
