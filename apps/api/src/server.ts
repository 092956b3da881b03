import 'reflect-metadata';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import express, { type ErrorRequestHandler, type Express } from 'express';
import { GraphQLError } from 'graphql';
import { type DataSource } from 'typeorm';
import { buildContext, type RequestContext } from './auth/context';
import { createDataSource, databaseConfigFromEnv, type DatabaseConfig } from './db/data-source';
import { databaseUnavailable, isDatabaseUnavailable } from './db/unavailable';
import { errorLoggingPlugin, type Logger } from './graphql/error-logging.plugin';
import { formatError } from './graphql/errors';
import {
  DEFAULT_LIMITS,
  type OperationLimits,
  operationLimitsPlugin,
} from './graphql/operation-limits';
import { noNulCharactersPlugin } from './graphql/no-nul-characters';
import { buildAppSchema } from './graphql/schema';
import { registerExportRoutes } from './http/export-routes';
import { requestId } from './http/request-id';
import { serveSpa } from './http/static-apps';

export interface ServerOptions {
  /** An initialised data source (the caller keeps ownership); otherwise one is made from `database`. */
  dataSource?: DataSource;
  /** Default: from the environment (DATABASE_URL, SQLITE_PATH). */
  database?: DatabaseConfig;
  /** Run pending migrations on start (default true). */
  migrate?: boolean;
  limits?: Partial<OperationLimits>;
  /** The clock (tests move it to expire sessions and locks). */
  now?: () => Date;
  adminDist?: string;
  portalDist?: string;
  logger?: Logger;
  /** Express "trust proxy" (e.g. 1 behind one load balancer) for client addresses and https. */
  trustProxy?: boolean | number | string;
}

export interface RevolveServer {
  app: Express;
  dataSource: DataSource;
  close(): Promise<void>;
}

const consoleLogger: Logger = {
  info: (m) => console.log(m),
  error: (m, e) => console.error(m, e),
};

/** Builds the whole HTTP application; listening is left to the caller (main.ts, tests). */
export async function createServer(options: ServerOptions = {}): Promise<RevolveServer> {
  const logger = options.logger ?? consoleLogger;
  const now = options.now ?? (() => new Date());
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const ownsDataSource = !options.dataSource;
  const dataSource =
    options.dataSource ?? createDataSource(options.database ?? databaseConfigFromEnv());
  if (!dataSource.isInitialized) await dataSource.initialize();
  if (options.migrate !== false) await dataSource.runMigrations({ transaction: 'each' });

  const apollo = new ApolloServer<RequestContext>({
    schema: await buildAppSchema(),
    csrfPrevention: true,
    introspection: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: limits.maxTokens },
    formatError,
    plugins: [
      operationLimitsPlugin<RequestContext>(limits),
      noNulCharactersPlugin<RequestContext>(),
      errorLoggingPlugin<RequestContext>(logger),
      ApolloServerPluginLandingPageDisabled(),
      // Nothing sets cache hints, and its per-field hook wraps every resolver of every request.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  // No ETag on res.send bodies (GraphQL answers): hashing every answer buys nothing for POSTs.
  // Static files set their own.
  app.set('etag', false);
  if (options.trustProxy !== undefined) app.set('trust proxy', options.trustProxy);
  app.use(requestId);
  // GraphQL answers and CSV exports compressed from 1 KB up (Brotli or gzip, as the client
  // asks): a survivor's schedule or a case manager's list is several times smaller on a weak
  // rural line. Built scripts come gzipped already (static-apps.ts); an encoded response is left.
  app.use(compression({ threshold: 1024 }));
  app.use((_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'same-origin');
    res.setHeader('X-Frame-Options', 'DENY');
    next();
  });

  app.get('/healthz', async (_req, res) => {
    try {
      await dataSource.query('SELECT 1');
      res.json({
        status: 'ok',
        database: dataSource.options.type === 'postgres' ? 'postgres' : 'sqlite',
      });
    } catch (error) {
      logger.error(
        `[request ${String(res.locals.requestId)}] health check: database did not answer`,
        error,
      );
      res.status(503).json({ status: 'unavailable', requestId: res.locals.requestId });
    }
  });

  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    (req, res, next) => {
      if (Array.isArray(req.body)) {
        res.status(400).json({
          errors: [
            {
              message: 'Batched requests are not supported: send one operation per request.',
              extensions: { code: 'BATCH_NOT_SUPPORTED', requestId: res.locals.requestId },
            },
          ],
        });
        return;
      }
      next();
    },
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        try {
          return await buildContext(dataSource, req, res, now);
        } catch (error) {
          logger.error(`[request ${String(res.locals.requestId)}] context`, error);
          if (isDatabaseUnavailable(error)) throw databaseUnavailable();
          throw new GraphQLError('Internal server error.', {
            extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: res.locals.requestId },
          });
        }
      },
    }),
  );

  registerExportRoutes(app, dataSource, now, logger);

  serveSpa(
    app,
    '/admin',
    options.adminDist ?? path.resolve(__dirname, '../../admin/dist'),
    'admin app',
  );
  serveSpa(app, '/', options.portalDist ?? path.resolve(__dirname, '../../portal/dist'), 'portal');

  const onError: ErrorRequestHandler = (
    err: { status?: number; type?: string },
    _req,
    res,
    _next,
  ) => {
    const status =
      typeof err.status === 'number' && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status === 500) logger.error(`[request ${String(res.locals.requestId)}]`, err);
    const message =
      err.type === 'entity.parse.failed'
        ? 'The request body is not valid JSON.'
        : err.type === 'entity.too.large'
          ? 'The request body is too large.'
          : status === 500
            ? 'Internal server error. Quote the request id when reporting it.'
            : 'Bad request.';
    res.status(status).json({
      errors: [
        {
          message,
          extensions: {
            code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST',
            requestId: res.locals.requestId,
          },
        },
      ],
    });
  };
  app.use(onError);

  return {
    app,
    dataSource,
    async close() {
      await apollo.stop();
      if (ownsDataSource && dataSource.isInitialized) await dataSource.destroy();
    },
  };
}
