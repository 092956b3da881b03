import { GraphQLError } from 'graphql';
import { type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { type PageInfo } from './common.types';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Cursors are opaque to clients: base64 of the position in the ordered list. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, field = 'after'): number {
  const m = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) {
    throw new GraphQLError(`Argument "${field}" is not a cursor from this list.`, {
      extensions: { code: 'BAD_USER_INPUT', field },
    });
  }
  return Number(m[1]);
}

export interface PageArgs {
  first?: number | null | undefined;
  after?: string | null | undefined;
}

export interface PageWindow {
  offset: number;
  limit: number;
}

export function pageWindow({ first, after }: PageArgs): PageWindow {
  const limit = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    throw new GraphQLError(`Argument "first" must be between 0 and ${MAX_PAGE_SIZE}.`, {
      extensions: { code: 'BAD_USER_INPUT', field: 'first' },
    });
  }
  return { offset: after ? decodeCursor(after) + 1 : 0, limit };
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  /** A promise when counted on demand (see pageOf): GraphQL awaits it. */
  totalCount: number | Promise<number>;
}

export function toConnection<T>(rows: T[], window: PageWindow, totalCount: number): Connection<T> {
  const edges = rows.map((node, i) => ({ cursor: encodeCursor(window.offset + i), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: window.offset + rows.length < totalCount,
      endCursor: edges.length ? edges[edges.length - 1]!.cursor : null,
    },
  };
}

/**
 * One page of an ordered query. One row past the page tells `hasNextPage`, and `totalCount` is a
 * getter that counts (one more statement, once) only when the GraphQL query selects it: most
 * pages never show a total.
 */
export async function pageOf<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  window: PageWindow,
  count: () => Promise<number> = () => qb.getCount(),
): Promise<Connection<T>> {
  const fetched = await qb
    .clone()
    .skip(window.offset)
    .take(window.limit + 1)
    .getMany();
  const hasNextPage = fetched.length > window.limit;
  const rows = hasNextPage ? fetched.slice(0, window.limit) : fetched;
  const edges = rows.map((node, i) => ({ cursor: encodeCursor(window.offset + i), node }));
  let counted: Promise<number> | undefined;
  return {
    edges,
    pageInfo: {
      hasNextPage,
      endCursor: edges.length ? edges[edges.length - 1]!.cursor : null,
    },
    get totalCount() {
      // Without a page past the end, the total is known without asking the database.
      if (!hasNextPage && (rows.length > 0 || window.offset === 0))
        return window.offset + rows.length;
      counted ??= count();
      return counted;
    },
  };
}
