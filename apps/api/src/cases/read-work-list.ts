import { classifyFollowUp, todayIn } from '@revolve/domain';
import { type DataSource } from 'typeorm';
import { type CurrentUser } from '../auth/current-user';
import { forbidden } from '../graphql/errors';
import { EnrollmentEntity } from '../training/enrollment.entity';
import { CaseNoteEntity } from './case-note.entity';
import { type WorkList } from './work-list.types';

/** Whose work list: a CASE_MANAGER's districts (narrowed by `wanted`), or ADMIN's choice. */
export function workListScope(
  user: CurrentUser,
  wanted: string[] | null | undefined,
  now: Date,
): WorkList {
  const today = todayIn('Asia/Baku', now);
  if (user.role === 'ADMIN') return { today, districtIds: wanted ?? null };
  if (user.role !== 'CASE_MANAGER') throw forbidden('The work list is for case managers.');
  const mine = user.districtIds;
  return { today, districtIds: wanted ? wanted.filter((d) => mine.includes(d)) : mine };
}

export interface DueFollowUp {
  note: CaseNoteEntity;
  dueOn: string;
  overdue: boolean;
  daysOverdue: number;
}

/** Open follow-ups dated today or earlier, of survivors in scope: the most overdue first. */
export async function dueFollowUps(ds: DataSource, list: WorkList): Promise<DueFollowUp[]> {
  if (list.districtIds?.length === 0) return [];
  const qb = ds
    .getRepository(CaseNoteEntity)
    .createQueryBuilder('n')
    .innerJoin('beneficiaries', 'b', 'b.id = n."beneficiaryId"')
    .where('n."followUpOn" <= :today', { today: list.today })
    .andWhere('n."followUpDoneAt" IS NULL');
  if (list.districtIds) qb.andWhere('b."districtId" IN (:...d)', { d: list.districtIds });
  const notes = await qb.orderBy('n."followUpOn"', 'ASC').addOrderBy('n.id', 'ASC').getMany();
  return notes.map((note) => {
    const { state, daysOverdue } = classifyFollowUp(note.followUpOn, false, list.today);
    return { note, dueOn: note.followUpOn!, overdue: state === 'OVERDUE', daysOverdue };
  });
}

/** Waitlisted enrollments of survivors in scope, by session start then queue. */
export async function waitlistedEnrollments(
  ds: DataSource,
  list: WorkList,
): Promise<EnrollmentEntity[]> {
  if (list.districtIds?.length === 0) return [];
  const qb = ds
    .getRepository(EnrollmentEntity)
    .createQueryBuilder('e')
    .innerJoin('beneficiaries', 'b', 'b.id = e."beneficiaryId"')
    .innerJoin('course_sessions', 's', 's.id = e."sessionId"')
    .where("e.status = 'WAITLISTED'");
  if (list.districtIds) qb.andWhere('b."districtId" IN (:...d)', { d: list.districtIds });
  return qb
    .orderBy('s."startsOn"', 'ASC')
    .addOrderBy('e."sessionId"', 'ASC')
    .addOrderBy('e."queueNumber"', 'ASC')
    .getMany();
}
