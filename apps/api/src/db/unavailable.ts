import { GraphQLError } from 'graphql';

// Socket failures, and PostgreSQL's "connection exception" (08xxx) and shutdown (57P0x) codes.
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH']);
const SQLSTATE = /^(08\w{3}|57P0[1-3])$/;
const MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Connection ended/i;

/**
 * True when the error says the database cannot be reached (down, restarting, network), as
 * opposed to a query it refused. Looks through TypeORM's `driverError`, `cause` and
 * AggregateError's `errors`.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const e = error as {
    code?: unknown;
    message?: unknown;
    driverError?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  if (typeof e.code === 'string' && (NETWORK_CODES.has(e.code) || SQLSTATE.test(e.code)))
    return true;
  if (typeof e.message === 'string' && MESSAGES.test(e.message)) return true;
  const inner = [e.driverError, e.cause, ...(Array.isArray(e.errors) ? e.errors : [])];
  return inner.some((i) => isDatabaseUnavailable(i, depth + 1));
}

export const DATABASE_UNAVAILABLE_MESSAGE = 'The database is not answering. Try again in a moment.';

/** What clients see while the database is away: a clear, retryable error (HTTP 503 where it can). */
export function databaseUnavailable(): GraphQLError {
  return new GraphQLError(DATABASE_UNAVAILABLE_MESSAGE, {
    extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } },
  });
}
