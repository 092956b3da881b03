import { type DataSource, In } from 'typeorm';
import { type CurrentUser } from '../auth/current-user';
import { LoanEntity } from './loan.entity';
import { RepaymentEntity } from './repayment.entity';

/** Enough for a week of one district's collections; the loan pages list the rest. */
export const RECENT_REPAYMENTS_LIMIT = 100;

export interface RecentRepaymentRow {
  repayment: RepaymentEntity;
  loan: LoanEntity;
}

/**
 * Repayments recorded since an instant, newest first, with their loans (reversed ones too, so
 * the sheet shows what was undone). CASE_MANAGER: their own districts only; ADMIN: all.
 */
export async function listRecentRepayments(
  ds: DataSource,
  user: CurrentUser,
  recordedSince: string,
  districtIds: readonly string[] | null | undefined,
): Promise<RecentRepaymentRow[]> {
  const qb = ds
    .getRepository(RepaymentEntity)
    .createQueryBuilder('r')
    .innerJoin(LoanEntity, 'l', 'l.id = r.loanId')
    // Stored as UTC ISO strings: compare the same form, whatever offset the caller wrote.
    .where('r.recordedAt >= :since', { since: new Date(recordedSince).toISOString() });
  if (user.role === 'CASE_MANAGER') {
    if (user.districtIds.length === 0) return [];
    qb.andWhere('l.districtId IN (:...scoped)', { scoped: user.districtIds });
  }
  if (districtIds) {
    if (districtIds.length === 0) return [];
    qb.andWhere('l.districtId IN (:...wanted)', { wanted: [...districtIds] });
  }
  const repayments = await qb
    .orderBy('r.recordedAt', 'DESC')
    .addOrderBy('r.id', 'ASC')
    .take(RECENT_REPAYMENTS_LIMIT)
    .getMany();
  const loanIds = [...new Set(repayments.map((r) => r.loanId))];
  const loans = new Map(
    (await ds.getRepository(LoanEntity).findBy({ id: In(loanIds) })).map((l) => [l.id, l]),
  );
  return repayments.map((repayment) => ({ repayment, loan: loans.get(repayment.loanId)! }));
}
