// Turns driver failures into medkg's typed errors: a server that is gone or refuses us becomes one
// DatabaseUnavailableError line that says what to do next.
import { DatabaseUnavailableError, MedkgError } from '../errors.ts';

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.ClientError.Security.Unauthorized']);

export function isUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
  const message = error instanceof Error ? error.message : '';
  return /ECONNREFUSED|ECONNRESET|Connection was closed|Failed to connect|socket hang up/i.test(message);
}

/** Rethrows `error` as a DatabaseUnavailableError when the server went away; medkg errors pass through. */
export function asDatabaseError(error: unknown, uri: string, whatNext: string): Error {
  if (error instanceof MedkgError) return error;
  if (isUnavailable(error)) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return new DatabaseUnavailableError(`Neo4j at ${uri} is unavailable (${reason}); ${whatNext}`);
  }
  return error instanceof Error ? error : new Error(String(error));
}
