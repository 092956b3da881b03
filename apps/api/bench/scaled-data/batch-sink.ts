import { TABLES, type Cell, type Row, type Sink, type TableName } from './types';

/** Writes one batch of rows of one table (all rows have the same columns). */
export type WriteBatch = (table: TableName, columns: string[], rows: Row[]) => Promise<void>;

/**
 * Buffers rows and writes them in large batches. Every flush writes all tables in foreign-key
 * order, so a row is never written before the rows it points at.
 */
export function batchSink(write: WriteBatch, onRows: (total: number) => void, flushAt = 20_000) {
  const buffers = new Map<TableName, Row[]>(TABLES.map((t) => [t, []]));
  let buffered = 0;
  let written = 0;
  const flush = async () => {
    for (const table of TABLES) {
      const rows = buffers.get(table)!;
      if (rows.length === 0) continue;
      buffers.set(table, []);
      await write(table, Object.keys(rows[0]!), rows);
      written += rows.length;
    }
    buffered = 0;
    onRows(written);
  };
  const sink: Sink = {
    row(table, row) {
      buffers.get(table)!.push(row);
      if (++buffered >= flushAt) return flush();
    },
  };
  return { sink, flush, written: () => written };
}

export const forPostgres = (v: Cell): unknown => (typeof v === 'bigint' ? v.toString() : v);
export const forSqlite = (v: Cell): unknown => (typeof v === 'boolean' ? (v ? 1 : 0) : v);
