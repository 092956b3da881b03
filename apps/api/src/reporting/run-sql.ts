import { type DataSource } from 'typeorm';

/**
 * Raw SQL with `:name` and `:...list` parameters on both databases (TypeORM writes `$1` for
 * PostgreSQL and `?` for SQLite). Aggregates come back as strings (pg) or numbers (SQLite):
 * read them with `count` and `amount` below, nowhere else.
 */
export async function runSql<T>(
  ds: DataSource,
  sql: string,
  params: Record<string, unknown>,
): Promise<T[]> {
  const [text, values] = ds.driver.escapeQueryWithParameters(sql, params);
  return (await ds.query(text, values)) as T[];
}

/** A COUNT or small SUM as a number (null, from an empty SUM, is 0). */
export function count(value: unknown): number {
  return value == null ? 0 : Number(value);
}

/** A SUM of minor units as bigint, exact on both databases. */
export function amount(value: unknown): bigint {
  if (value == null) return 0n;
  // SQLite may hand back a float-typed integer such as 1200.0 for SUM over CASE.
  const text = String(value);
  return BigInt(text.includes('.') ? text.replace(/\.0+$/, '') : text);
}
