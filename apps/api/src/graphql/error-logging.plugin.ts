import { type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { isInternalError } from './errors';

export interface Logger {
  info(message: string): void;
  error(message: string, error?: unknown): void;
}

/** Logs unknown failures with the request id, and hands every error's request id to the client. */
export function errorLoggingPlugin<T extends { requestId: string }>(
  logger: Logger,
): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors }) {
          for (const e of errors) {
            if (isInternalError(e))
              logger.error(
                `[request ${contextValue.requestId}] ${e.path?.join('.') ?? ''}`,
                unwrapResolverError(e),
              );
          }
        },
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== 'single') return;
          for (const e of response.body.singleResult.errors ?? []) {
            (e.extensions as Record<string, unknown> | undefined) ??= {};
            Object.assign(e, {
              extensions: { ...e.extensions, requestId: contextValue.requestId },
            });
          }
        },
      };
    },
  };
}
