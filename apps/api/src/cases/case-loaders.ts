import DataLoader from 'dataloader';
import { type DataSource, In, type ObjectLiteral, type EntityTarget } from 'typeorm';
import { type RequestContext } from '../auth/context';
import { CaseNoteRevisionEntity } from './case-note-revision.entity';
import { CaseNoteEntity } from './case-note.entity';
import { ReferralEntity } from './referral.entity';

function grouped<T extends ObjectLiteral>(
  ds: DataSource,
  entity: EntityTarget<T>,
  key: keyof T & string,
  order: Record<string, 'ASC' | 'DESC'>,
) {
  return new DataLoader<string, T[]>(async (ids) => {
    const rows = await ds
      .getRepository(entity)
      .find({ where: { [key]: In([...ids]) } as never, order: order as never });
    const map = new Map<string, T[]>();
    for (const r of rows) map.set(r[key] as string, [...(map.get(r[key] as string) ?? []), r]);
    return ids.map((id) => map.get(id) ?? []);
  });
}

function create(ds: DataSource) {
  return {
    /** Newest first: by the date it happened, then by when it was written. */
    notesOfBeneficiary: grouped(ds, CaseNoteEntity, 'beneficiaryId', {
      date: 'DESC',
      createdAt: 'DESC',
    }),
    referralsOfBeneficiary: grouped(ds, ReferralEntity, 'beneficiaryId', {
      referredOn: 'DESC',
      createdAt: 'DESC',
    }),
    /** Newest first: the version replaced most recently leads. */
    revisionsOfNote: grouped(ds, CaseNoteRevisionEntity, 'caseNoteId', { editedAt: 'DESC' }),
  };
}

// Keyed by the request's own loaders object: one set per request, gone with it.
const perRequest = new WeakMap<object, ReturnType<typeof create>>();

/** Per-request DataLoaders for case notes, revisions and referrals. */
export function caseLoaders(ctx: RequestContext): ReturnType<typeof create> {
  let loaders = perRequest.get(ctx.loaders);
  if (!loaders) {
    loaders = create(ctx.dataSource);
    perRequest.set(ctx.loaders, loaders);
  }
  return loaders;
}
