import { addDays, todayIn } from '@revolve/domain';
import { type DataSource, In } from 'typeorm';
import { type CurrentUser } from '../auth/current-user';
import { type Connection, type PageArgs, pageWindow, toConnection } from '../graphql/connection';
import { LoanEntity } from './loan.entity';
import { type RepaymentsDueFilter, RepaymentsDueWindow } from './repayments-due.types';

/** The oldest unpaid due date of the loan's current schedule: what the borrower owes next. */
const NEXT_DUE = `(SELECT MIN(i."dueDate") FROM loan_instalments i WHERE i."loanId" = l.id AND i."scheduleVersion" = l."scheduleVersion" AND i."principalPaid" < i."principalDue")`;

/**
 * The collection sheet: active loans, the one whose oldest unpaid instalment fell due first at the
 * top (the longest overdue, then the soonest due). Sorted in SQL so paging keeps the order.
 * CASE_MANAGER: their own districts only; ADMIN: all.
 */
export async function listRepaymentsDue(
  ds: DataSource,
  user: CurrentUser,
  page: PageArgs,
  filter: RepaymentsDueFilter | null | undefined,
  now: Date,
): Promise<Connection<LoanEntity>> {
  const window = pageWindow(page);
  const empty = () => toConnection<LoanEntity>([], window, 0);
  const today = todayIn('Asia/Baku', now);
  const qb = ds
    .getRepository(LoanEntity)
    .createQueryBuilder('l')
    .where("l.status = 'ACTIVE'")
    .andWhere(`${NEXT_DUE} IS NOT NULL`);
  if (user.role === 'CASE_MANAGER') {
    if (user.districtIds.length === 0) return empty();
    qb.andWhere('l.districtId IN (:...scoped)', { scoped: user.districtIds });
  }
  if (filter?.districtIds) {
    if (filter.districtIds.length === 0) return empty();
    qb.andWhere('l.districtId IN (:...wanted)', { wanted: filter.districtIds });
  }
  if (filter?.window === RepaymentsDueWindow.OVERDUE)
    qb.andWhere(`${NEXT_DUE} < :today`, { today });
  if (filter?.window === RepaymentsDueWindow.DUE_THIS_WEEK)
    qb.andWhere(`${NEXT_DUE} >= :today AND ${NEXT_DUE} <= :weekEnd`, {
      today,
      weekEnd: addDays(today, 6),
    });
  const total = await qb.getCount();
  const ids = (
    await qb
      .select('l.id', 'id')
      .addSelect(NEXT_DUE, 'next_due')
      .orderBy('next_due', 'ASC')
      .addOrderBy('l.reference', 'ASC')
      .offset(window.offset)
      .limit(window.limit)
      .getRawMany<{ id: string }>()
  ).map((r) => r.id);
  const loans = await ds.getRepository(LoanEntity).findBy({ id: In(ids) });
  const byId = new Map(loans.map((l) => [l.id, l]));
  return toConnection(
    ids.map((id) => byId.get(id)!),
    window,
    total,
  );
}
