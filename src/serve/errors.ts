// Maps anything a route throws to an HTTP status and a JSON body {error, hint?}: never a stack trace.
import { ZodError } from 'zod';
import { DatabaseUnavailableError, QueryRefusedError, UsageError } from '../errors.ts';
import type { ApiError } from './api-schema.ts';
import { shortReason } from './connection.ts';
import { NodeNotFoundError } from './slices.ts';

export const START_HINT = 'start the local server with `medkg db start`, or set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD) to a running Neo4j';

/** Neo4j driver errors that mean "the server is not there" rather than "the query is wrong". */
function isUnreachable(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  const code = (error as { code?: unknown })?.code;
  return code === 'ServiceUnavailable' || code === 'SessionExpired' || code === 'Neo.ClientError.Security.Unauthorized';
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.slice(0, 300);
}

export function toApiError(error: unknown): { status: number; body: ApiError } {
  if (error instanceof ZodError) {
    const issue = error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return { status: 400, body: { error: `invalid request: ${where}${issue?.message ?? 'bad parameters'}` } };
  }
  if (error instanceof NodeNotFoundError) return { status: 404, body: { error: error.message } };
  if (error instanceof QueryRefusedError || error instanceof UsageError) {
    return { status: 400, body: { error: firstLine(error) } };
  }
  if (isUnreachable(error)) {
    const message = error instanceof DatabaseUnavailableError ? firstLine(error) : `Neo4j went away (${shortReason(error)})`;
    return { status: 503, body: { error: message, hint: START_HINT } };
  }
  const status = (error as { statusCode?: unknown })?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return { status, body: { error: firstLine(error) } };
  }
  return { status: 500, body: { error: `internal error: ${firstLine(error)}` } };
}
