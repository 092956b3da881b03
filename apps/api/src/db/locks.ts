import {
  type EntityManager,
  type EntityTarget,
  type FindOptionsWhere,
  type ObjectLiteral,
} from 'typeorm';

/**
 * Reads a row for update: `SELECT ... FOR UPDATE` on PostgreSQL. SQLite has no row locks
 * (TypeORM throws) and needs none: inTransaction runs its writers one at a time.
 */
export function findForUpdate<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  where: FindOptionsWhere<T>,
): Promise<T | null> {
  const lock = em.connection.options.type === 'postgres';
  return em.findOne(entity, {
    where,
    ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
}

/** True for a unique-constraint violation on either database. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string } };
  const code = e?.driverError?.code ?? e?.code;
  return (
    code === '23505' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}

/** SUM() comes back as a string on pg and a number on SQLite: one conversion for both. */
export function sumToBigint(value: unknown): bigint {
  if (value === null || value === undefined) return 0n;
  return BigInt(String(value));
}
