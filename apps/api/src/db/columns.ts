import { randomUUID } from 'node:crypto';
import { type ValueTransformer } from 'typeorm';

/**
 * Money is integer minor units. pg returns bigint columns as strings and better-sqlite3 as
 * numbers; this gives `bigint` on both.
 */
export const bigintTransformer: ValueTransformer = {
  to: (value: bigint | null | undefined) => (value == null ? value : value.toString()),
  from: (value: string | number | bigint | null) => (value == null ? null : BigInt(value)),
};

/** Identifiers are UUIDs generated in the API (no database extension needed). */
export const newId = (): string => randomUUID();

/** Column options shared by both databases. Timestamps are ISO-8601 strings (sortable as text). */
export const idColumn = { type: 'varchar', length: 36 } as const;
export const timestampColumn = { type: 'varchar', length: 24 } as const;
/** Calendar dates are "YYYY-MM-DD" strings in code and in the database. */
export const dateColumn = { type: 'varchar', length: 10 } as const;

export const nowIso = (): string => new Date().toISOString();
