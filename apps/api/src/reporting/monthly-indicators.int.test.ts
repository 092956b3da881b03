import {
  formatDecimal,
  monthlySeries,
  monthsBetween,
  ratioToNumber,
  type SeriesLoan,
  todayIn,
} from '@revolve/domain';
import { In } from 'typeorm';
import { JournalEntryEntity } from '../fund/journal-entry.entity';
import { InstalmentEntity } from '../loans/instalment.entity';
import { LoanEventEntity } from '../loans/loan-event.entity';
import { LoanEntity } from '../loans/loan.entity';
import { RepaymentEntity } from '../loans/repayment.entity';
import { describeEachDatabase, type TestApi } from '../test-support/test-server';
import { CourseSessionEntity } from '../training/course-session.entity';
import { EnrollmentEntity } from '../training/enrollment.entity';

const QUERY = `query M($filter: IndicatorFilter) { monthlyIndicators(filter: $filter) {
  month measuredOn loansDisbursed amountDisbursed { amount } amountRepaid { amount }
  portfolioOutstanding { amount } par30 courseEnrollments courseCompletions suppressed } }`;

interface Filter {
  districtIds?: string[];
  from?: string;
  to?: string;
}

/** The same data read row by row through the ORM and fed to the packages/domain reference. */
async function reference(api: TestApi, filter: Filter) {
  const ds = api.dataSource;
  const inScope = (districtId: string) =>
    !filter.districtIds || filter.districtIds.includes(districtId);
  const loans = (
    await ds.getRepository(LoanEntity).findBy({ status: In(['ACTIVE', 'REPAID', 'WRITTEN_OFF']) })
  ).filter((l) => inScope(l.districtId));
  const instalments = await ds.getRepository(InstalmentEntity).findBy({ scheduleVersion: 1 });
  const repayments = await ds.getRepository(RepaymentEntity).find();
  const events = await ds.getRepository(LoanEventEntity).findBy({ action: 'RESCHEDULED' });
  const writeOffs = await ds.getRepository(JournalEntryEntity).findBy({ kind: 'WRITE_OFF' });
  const first = (dates: string[]) => (dates.length ? ([...dates].sort()[0] as string) : null);
  const series: SeriesLoan[] = loans.map((l) => ({
    beneficiaryId: l.beneficiaryId,
    principal: l.principal,
    disbursedOn: l.disbursedOn as string,
    originalSchedule: instalments
      .filter((i) => i.loanId === l.id)
      .sort((a, b) => a.number - b.number)
      .map((i) => ({ dueDate: i.dueDate, principalDue: i.principalDue })),
    repayments: repayments
      .filter((r) => r.loanId === l.id && !r.reversedAt && !r.recovery)
      .map((r) => ({ paidOn: r.paidOn, amount: r.amount })),
    rescheduledOn: first(events.filter((e) => e.loanId === l.id).map((e) => e.at.slice(0, 10))),
    writtenOffOn: first(writeOffs.filter((e) => e.loanId === l.id).map((e) => e.postedOn)),
  }));
  const sessions = (await ds.getRepository(CourseSessionEntity).find()).filter((s) =>
    inScope(s.districtId),
  );
  const seats = (
    await ds.getRepository(EnrollmentEntity).findBy({ status: In(['ENROLLED', 'COMPLETED']) })
  ).flatMap((e) => {
    const s = sessions.find((x) => x.id === e.sessionId);
    return s
      ? [
          {
            beneficiaryId: e.beneficiaryId,
            startsOn: s.startsOn,
            completed: e.status === 'COMPLETED',
          },
        ]
      : [];
  });
  const asOf = todayIn('Asia/Baku', new Date());
  const from =
    filter.from ?? first([...series.map((l) => l.disbursedOn), ...sessions.map((s) => s.startsOn)]);
  const to = filter.to && filter.to < asOf ? filter.to : asOf;
  return monthlySeries(series, seats, monthsBetween(from as string, to), asOf).map((m) => ({
    month: m.month,
    measuredOn: m.measuredOn,
    loansDisbursed: m.loansDisbursed,
    amountDisbursed: { amount: formatDecimal({ amount: m.disbursed, currency: 'AZN' }) },
    amountRepaid: { amount: formatDecimal({ amount: m.repaid, currency: 'AZN' }) },
    portfolioOutstanding: { amount: formatDecimal({ amount: m.outstanding, currency: 'AZN' }) },
    par30: ratioToNumber(m.par30),
    courseEnrollments: m.enrollments,
    courseCompletions: m.completions,
    people: [
      m.disbursedTo,
      m.repaidBy,
      m.borrowersOutstanding,
      m.enrolledPeople,
      m.completedPeople,
    ],
  }));
}

describeEachDatabase('monthlyIndicators', (api) => {
  let admin: string;
  let analyst: string;
  let districts: { id: string }[];

  beforeAll(async () => {
    admin = await api().login('admin');
    analyst = await api().login('analyst.undp');
    districts = (await api().gql('{ districts { id } }', {}, { token: admin })).body.data
      ?.districts;
    // A payment recorded 40 days ago and then reversed must count nowhere.
    const loan = await api().dataSource.getRepository(LoanEntity).findOneByOrFail({
      status: 'ACTIVE',
      scheduleVersion: 1,
    });
    const paid = await api().gql(
      `mutation R($input: RecordRepaymentInput!) { recordRepayment(input: $input) { repayment { id } userErrors { message } } }`,
      {
        input: {
          loanId: loan.id,
          amount: { amount: '1.00', currency: 'AZN' },
          paidOn: todayIn('Asia/Baku', new Date(Date.now() - 40 * 864e5)),
          idempotencyKey: `monthly-${api().kind}`,
        },
      },
      { token: admin },
    );
    const repaymentId = paid.body.data?.recordRepayment.repayment.id as string;
    const reversed = await api().gql(
      `mutation V($input: ReverseRepaymentInput!) { reverseRepayment(input: $input) { userErrors { message } } }`,
      { input: { repaymentId, reason: 'Entered on the wrong loan.' } },
      { token: admin },
    );
    expect(reversed.body.data?.reverseRepayment.userErrors).toEqual([]);
  });

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test reads any shape
  type Body = { data: { monthlyIndicators: Record<string, any>[] }; errors?: any[] };
  const ask = async (token: string, filter?: Filter) =>
    (await api().gql(QUERY, { filter }, { token })).body as Body;

  it('equals the packages/domain reference month by month, with filters', async () => {
    const cases: Filter[] = [
      {},
      { districtIds: districts.slice(0, 3).map((d) => d.id) },
      { from: todayIn('Asia/Baku', new Date(Date.now() - 200 * 864e5)) },
      { from: '2024-01-15', to: todayIn('Asia/Baku', new Date(Date.now() - 60 * 864e5)) },
    ];
    for (const filter of cases) {
      const body = await ask(admin, filter);
      expect(body.errors).toBeUndefined();
      const ref = await reference(api(), filter);
      expect(ref.length).toBeGreaterThan(1);
      expect(body.data.monthlyIndicators).toEqual(
        ref.map(({ people: _people, ...m }) => ({ ...m, suppressed: false })),
      );
    }
  });

  it('has figures worth comparing, and this month agrees with indicators', async () => {
    const months = (await ask(admin)).data.monthlyIndicators;
    const now = (
      await api().gql(
        '{ indicators { par30 portfolioOutstanding { amount } amountDisbursed { amount } } }',
        {},
        { token: admin },
      )
    ).body.data?.indicators;
    const last = months[months.length - 1]!;
    expect(last.par30).toBe(now.par30);
    expect(last.portfolioOutstanding).toEqual(now.portfolioOutstanding);
    const cents = (m: { amount: string }) => Math.round(Number(m.amount) * 100);
    expect(months.reduce((s, m) => s + cents(m.amountDisbursed), 0)).toBe(
      cents(now.amountDisbursed),
    );
    expect(months.some((m) => m.par30 > 0)).toBe(true);
    expect(months.filter((m) => cents(m.amountRepaid) > 0).length).toBeGreaterThan(3);
    expect(months.some((m) => m.courseCompletions > 0)).toBe(true);
  });

  it('ANALYST: figures on 1..4 survivors are null; never one lone hidden month per flow', async () => {
    const body = await ask(analyst);
    expect(body.errors).toBeUndefined();
    const got = body.data.monthlyIndicators as Record<string, unknown>[];
    const ref = await reference(api(), {});
    const small = (n: number) => n > 0 && n < 5;
    const flows = [
      ['amountDisbursed', 0],
      ['amountRepaid', 1],
      ['courseEnrollments', 3],
      ['courseCompletions', 4],
    ] as const;
    let hidden = 0;
    got.forEach((m, i) => {
      const r = ref[i]!;
      for (const [field, p] of flows) if (small(r.people[p]!)) expect(m[field]).toBeNull();
      if (small(r.people[2]!)) expect([m.portfolioOutstanding, m.par30]).toEqual([null, null]);
      const nulls = Object.values(m).filter((v) => v === null).length;
      expect(m.suppressed).toBe(nulls > 0);
      hidden += nulls;
    });
    for (const [field] of flows)
      expect({ field, lone: got.filter((m) => m[field] === null).length }).not.toEqual({
        field,
        lone: 1,
      });
    // 40 survivors: most months rest on few of them.
    expect(hidden).toBeGreaterThan(0);
  });

  it('refuses survivors and names a bad range', async () => {
    const survivor = await api().login('+994500000001', '135790');
    expect((await ask(survivor)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const long = await ask(admin, { from: '1990-01-01' });
    expect(long.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.from',
    });
  });
});
