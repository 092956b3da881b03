import { type EntityManager } from 'typeorm';
import { newId } from '../db/columns';
import { AuditEventEntity } from './audit-event.entity';

export interface AuditActor {
  id: string;
  username: string;
}

export interface AuditFacts {
  action: string;
  recordType: string;
  recordId: string | null;
  /** Names only: values stay out of the log. */
  changedFields?: string[];
}

/** Appends one audit event inside the caller's transaction. */
export async function recordAuditEvent(
  em: EntityManager,
  actor: AuditActor | null,
  requestId: string,
  facts: AuditFacts,
  now: Date,
): Promise<void> {
  await em.insert(AuditEventEntity, {
    id: newId(),
    at: now.toISOString(),
    actorId: actor?.id ?? null,
    actorUsername: actor?.username ?? null,
    action: facts.action,
    recordType: facts.recordType,
    recordId: facts.recordId,
    changedFields: JSON.stringify([...(facts.changedFields ?? [])].sort()),
    requestId,
  });
}

// Money columns are bigint, which JSON.stringify refuses to write.
const comparable = (value: unknown): string | undefined =>
  JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));

/** The names of the fields whose values differ. */
export function changedFieldNames<T extends object>(before: T, after: Partial<T>): string[] {
  return (Object.keys(after) as (keyof T & string)[]).filter(
    (k) => after[k] !== undefined && comparable(after[k]) !== comparable(before[k]),
  );
}
