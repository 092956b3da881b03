import { type DataSource, type SelectQueryBuilder } from 'typeorm';
import { portfolioState } from '../fund/portfolio-state';
import { type LoanEntity } from './loan.entity';

/** Per data source: the portfolio state the counts were taken in, and each query's count. */
const counted = new WeakMap<DataSource, { state: string; counts: Map<string, Promise<number>> }>();
const MAX_QUERIES = 200;

/**
 * The arrears list's total. Counting means an EXISTS per active loan (about 16,000 index probes
 * on a national portfolio); which loans are in arrears changes only with the portfolio state
 * (see portfolioState) or the day (the cutoff is a parameter of the query), so a count is reused
 * while both stay the same, per query text and parameters (role, district scope, filters).
 */
export async function arrearsCount(
  ds: DataSource,
  qb: SelectQueryBuilder<LoanEntity>,
): Promise<number> {
  const state = await portfolioState(ds);
  let entry = counted.get(ds);
  if (entry?.state !== state) {
    entry = { state, counts: new Map() };
    counted.set(ds, entry);
  }
  const [sql, params] = qb.getQueryAndParameters();
  const key = `${sql}\u0000${JSON.stringify(params)}`;
  const known = entry.counts.get(key);
  if (known) return known;
  // Taken after the state was read: if a commit came in between, the count is newer than the
  // state it is filed under, and that state never comes back, so it is never served. Requests
  // arriving while it runs share it.
  const total = qb.getCount();
  if (entry.counts.size >= MAX_QUERIES) entry.counts.clear();
  const counts = entry.counts;
  counts.set(key, total);
  total.catch(() => {
    if (counts.get(key) === total) counts.delete(key);
  });
  return total;
}
