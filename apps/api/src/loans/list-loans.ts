import { addDays, todayIn } from '@revolve/domain';
import { type DataSource } from 'typeorm';
import { type CurrentUser } from '../auth/current-user';
import {
  type Connection,
  type PageArgs,
  pageOf,
  pageWindow,
  toConnection,
} from '../graphql/connection';
import { forbidden } from '../graphql/errors';
import { arrearsCount } from './arrears-count';
import { LoanEntity } from './loan.entity';
import { type LoanFilter } from './loan.types';

/**
 * The loans list and the arrears list (minDaysPastDue). Days past due count from the oldest
 * unpaid due date, so "at least N days" means an unpaid current instalment due on or before
 * today - N: one EXISTS in SQL, whatever the page size.
 */
export async function listLoans(
  ds: DataSource,
  user: CurrentUser,
  page: PageArgs,
  filter: LoanFilter | null | undefined,
  now: Date,
): Promise<Connection<LoanEntity>> {
  if (user.role === 'BENEFICIARY')
    throw forbidden('Survivors see their own loans through myLoans.');
  const window = pageWindow(page);
  const empty = () => toConnection<LoanEntity>([], window, 0);
  const qb = ds.getRepository(LoanEntity).createQueryBuilder('l');
  if (user.role === 'CASE_MANAGER') {
    if (user.districtIds.length === 0) return empty();
    qb.andWhere('l.districtId IN (:...scoped)', { scoped: user.districtIds });
  }
  if (filter?.districtIds) {
    if (filter.districtIds.length === 0) return empty();
    qb.andWhere('l.districtId IN (:...wanted)', { wanted: filter.districtIds });
  }
  if (filter?.status) {
    if (filter.status.length === 0) return empty();
    qb.andWhere('l.status IN (:...statuses)', { statuses: filter.status });
  }
  if (filter?.beneficiaryId) qb.andWhere('l.beneficiaryId = :bid', { bid: filter.beneficiaryId });
  if (filter?.minDaysPastDue != null && filter.minDaysPastDue > 0) {
    const cutoff = addDays(todayIn('Asia/Baku', now), -filter.minDaysPastDue);
    qb.andWhere("l.status = 'ACTIVE'").andWhere(
      `EXISTS (SELECT 1 FROM loan_instalments i WHERE i."loanId" = l.id AND i."scheduleVersion" = l."scheduleVersion" AND i."principalPaid" < i."principalDue" AND i."dueDate" <= :cutoff)`,
      { cutoff },
    );
    return pageOf(qb.orderBy('l.reference', 'ASC'), window, () => arrearsCount(ds, qb));
  }
  return pageOf(qb.orderBy('l.reference', 'ASC'), window);
}
