import { todayIn } from '@revolve/domain';
import { type DataSource, In, MoreThan } from 'typeorm';
import { type CurrentUser } from '../auth/current-user';
import { BeneficiaryEntity } from '../beneficiaries/beneficiary.entity';
import { DistrictEntity } from '../districts/district.entity';
import { formatMoney } from './export-money';
import { InstalmentEntity } from '../loans/instalment.entity';
import { loanFigures } from '../loans/loan-figures';
import { LoanEntity } from '../loans/loan.entity';

/** The pseudonymous columns, the same for every role: never a name, phone, village, injury or note. */
export const LOAN_EXPORT_HEADER = [
  'reference',
  'status',
  'purpose',
  'beneficiaryCode',
  'districtCode',
  'sex',
  'birthYear',
  'principal',
  'currency',
  'termMonths',
  'graceMonths',
  'disbursedOn',
  'rescheduled',
  'outstanding',
  'overdue',
  'daysPastDue',
];

const PAGE = 200;

/**
 * Loan-level rows a page at a time (keyset on the reference), so memory stays flat however many
 * loans there are. Outstanding, overdue and days past due come from the domain, as on `Loan`.
 * CASE_MANAGER: their own districts only.
 */
export async function* exportLoanRows(
  ds: DataSource,
  user: CurrentUser,
  now: Date,
  pageSize = PAGE,
): AsyncGenerator<(string | number | boolean | null)[][]> {
  const today = todayIn('Asia/Baku', now);
  const districts = new Map(
    (await ds.getRepository(DistrictEntity).find()).map((d) => [d.id, d.code]),
  );
  const own = user.role === 'CASE_MANAGER' ? { districtId: In(user.districtIds) } : {};
  let after = '';
  for (;;) {
    const loans = await ds.getRepository(LoanEntity).find({
      where: { ...own, reference: MoreThan(after) },
      order: { reference: 'ASC' },
      take: pageSize,
    });
    if (loans.length === 0) return;
    const ids = loans.map((l) => l.id);
    const [people, instalments] = await Promise.all([
      ds.getRepository(BeneficiaryEntity).find({
        select: { id: true, code: true, sex: true, birthYear: true },
        where: { id: In(loans.map((l) => l.beneficiaryId)) },
      }),
      ds.getRepository(InstalmentEntity).findBy({ loanId: In(ids) }),
    ]);
    yield loans.map((l) => {
      const b = people.find((p) => p.id === l.beneficiaryId);
      const { arrears } = loanFigures(
        l,
        instalments.filter((i) => i.loanId === l.id),
        today,
      );
      return [
        l.reference,
        l.status,
        l.purpose,
        b?.code ?? null,
        districts.get(l.districtId) ?? null,
        b?.sex ?? null,
        b?.birthYear ?? null,
        formatMoney(l.principal, l.currency),
        l.currency,
        l.termMonths,
        l.graceMonths,
        l.disbursedOn,
        l.scheduleVersion > 1,
        formatMoney(arrears.outstanding.amount, l.currency),
        formatMoney(arrears.overdue.amount, l.currency),
        arrears.daysPastDue,
      ];
    });
    after = loans[loans.length - 1]!.reference;
  }
}
