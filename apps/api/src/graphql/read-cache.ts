import { todayIn } from '@revolve/domain';
import { type DataSource } from 'typeorm';
import { type RequestContext } from '../auth/context';

interface Entries {
  version: string;
  answers: Map<string, Promise<unknown>>;
}

const byDataSource = new WeakMap<DataSource, Entries>();
const MAX_ANSWERS = 100;

/**
 * The data version: how many audit events there are. Every mutation writes at least one in its
 * own transaction, and none is ever updated or deleted, so the count grows with each commit that
 * changes data and an equal count means the same committed data. One index-only count (it grows
 * with the audit log: about a millisecond per 10,000 events).
 */
async function dataVersion(ds: DataSource): Promise<string> {
  const [row] = (await ds.query(`SELECT COUNT(*) AS "n" FROM audit_events`)) as { n: unknown }[];
  return String(row?.n ?? 0);
}

/**
 * A whole-programme read (seconds at national scale) answered again from memory while nothing
 * was written since: keyed by the data version, the day in Baku, the reader's role, district
 * scope and organisation, and the arguments. Concurrent requests for the same answer share one
 * computation. A request with `Cache-Control: no-cache` computes afresh (benchmarks measure the
 * computation that way). Errors are never kept.
 */
export async function cachedRead<T>(
  ctx: RequestContext,
  name: string,
  args: unknown,
  compute: () => Promise<T>,
): Promise<T> {
  const ds = ctx.dataSource;
  // Read before computing: if a write commits meanwhile, the answer is filed under a version
  // that never comes back, so it is never served.
  const version = await dataVersion(ds);
  let entries = byDataSource.get(ds);
  if (entries?.version !== version) {
    entries = { version, answers: new Map() };
    byDataSource.set(ds, entries);
  }
  const user = ctx.user;
  const key = JSON.stringify([
    name,
    todayIn('Asia/Baku', ctx.now()),
    user?.role ?? null,
    user?.organizationId ?? null,
    [...(user?.districtIds ?? [])].sort(),
    args ?? null,
  ]);
  const fresh = /\bno-cache\b/.test(String(ctx.req?.headers['cache-control'] ?? ''));
  const known = fresh ? undefined : entries.answers.get(key);
  if (known) return known as Promise<T>;
  const answer = compute();
  if (entries.answers.size >= MAX_ANSWERS) entries.answers.clear();
  const kept = entries.answers;
  kept.set(key, answer);
  answer.catch(() => {
    if (kept.get(key) === answer) kept.delete(key);
  });
  return answer;
}
