import { once } from 'node:events';
import { type Express, type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import { type DataSource } from 'typeorm';
import { buildContext } from '../auth/context';
import { type CurrentUser } from '../auth/current-user';
import { type Logger } from '../graphql/error-logging.plugin';
import { csvRow } from '../reporting/csv';
import { indicatorTable } from '../reporting/export-indicators';
import { exportLoanRows, LOAN_EXPORT_HEADER } from '../reporting/export-loans';
import { type IndicatorFilter } from '../reporting/indicator.types';

/** The roles that read indicators and loan-level data through GraphQL read them here too. */
const READERS = ['ADMIN', 'CASE_MANAGER', 'APPROVER', 'ANALYST'];

const text = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

function filterOf(req: Request): IndicatorFilter {
  const raw = req.query.districtIds;
  const list = (Array.isArray(raw) ? raw : [raw])
    .flatMap((v) => (typeof v === 'string' ? v.split(',') : []))
    .filter(Boolean);
  return {
    districtIds: list.length ? list : null,
    from: text(req.query.from) ?? null,
    to: text(req.query.to) ?? null,
  };
}

function fail(res: Response, status: number, code: string, message: string, field?: unknown) {
  res.status(status).json({
    errors: [{ message, extensions: { code, field, requestId: res.locals.requestId } }],
  });
}

function csvHeaders(res: Response, name: string) {
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
  res.setHeader('Cache-Control', 'no-store');
}

/** Writes and waits when the client reads slowly, so a long export never piles up in memory. */
async function write(res: Response, chunk: string) {
  if (!res.write(chunk)) await once(res, 'drain');
}

/**
 * CSV downloads for analysts' spreadsheets, signed in like GraphQL (session cookie or Bearer):
 * GET /export/indicators.csv?breakdown=district|sex|ageBand|purpose|courseTopic|month
 *   [&districtIds=a,b][&from=YYYY-MM-DD][&to=YYYY-MM-DD]
 * GET /export/loans.csv (pseudonymous, streamed a page at a time).
 */
export function registerExportRoutes(
  app: Express,
  dataSource: DataSource,
  now: () => Date,
  logger: Logger,
): void {
  const handle =
    (work: (req: Request, res: Response, user: CurrentUser) => Promise<void>) =>
    async (req: Request, res: Response) => {
      try {
        const { user } = await buildContext(dataSource, req, res, now);
        if (!user) return fail(res, 401, 'UNAUTHENTICATED', 'Sign in first.');
        if (!READERS.includes(user.role))
          return fail(res, 403, 'FORBIDDEN', 'Your role cannot download these figures.');
        await work(req, res, user);
      } catch (error) {
        if (error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT')
          return fail(res, 400, 'BAD_USER_INPUT', error.message, error.extensions.field);
        logger.error(`[request ${String(res.locals.requestId)}] export`, error);
        if (res.headersSent) return void res.destroy();
        fail(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error.');
      }
    };

  app.get(
    '/export/indicators.csv',
    handle(async (req, res, user) => {
      const breakdown = text(req.query.breakdown) ?? 'district';
      const table = await indicatorTable(dataSource, user, breakdown, filterOf(req), now());
      csvHeaders(res, `indicators-${breakdown}.csv`);
      res.end([table.header, ...table.rows].map(csvRow).join(''));
    }),
  );

  app.get(
    '/export/loans.csv',
    handle(async (_req, res, user) => {
      const pages = exportLoanRows(dataSource, user, now());
      csvHeaders(res, 'loans.csv');
      await write(res, csvRow(LOAN_EXPORT_HEADER));
      for await (const rows of pages) await write(res, rows.map(csvRow).join(''));
      res.end();
    }),
  );
}
