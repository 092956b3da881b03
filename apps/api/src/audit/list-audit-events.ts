import { type DataSource } from 'typeorm';
import { type Connection, type PageArgs, pageOf, pageWindow } from '../graphql/connection';
import { AuditEventEntity } from './audit-event.entity';
import { type AuditEventFilter } from './audit.types';

/** Newest first. Times are compared as ISO strings, normalised to UTC. */
export async function listAuditEvents(
  ds: DataSource,
  page: PageArgs,
  filter: AuditEventFilter | null | undefined,
): Promise<Connection<AuditEventEntity>> {
  const window = pageWindow(page);
  const qb = ds.getRepository(AuditEventEntity).createQueryBuilder('a');
  if (filter?.actorId) qb.andWhere('a.actorId = :actorId', { actorId: filter.actorId });
  if (filter?.recordType)
    qb.andWhere('a.recordType = :recordType', { recordType: filter.recordType });
  if (filter?.recordId) qb.andWhere('a.recordId = :recordId', { recordId: filter.recordId });
  if (filter?.from) qb.andWhere('a.at >= :from', { from: new Date(filter.from).toISOString() });
  if (filter?.to) qb.andWhere('a.at < :to', { to: new Date(filter.to).toISOString() });
  return pageOf(qb.orderBy('a.at', 'DESC').addOrderBy('a.id', 'ASC'), window);
}
