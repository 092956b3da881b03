import { EnrollmentEntity } from '../training/enrollment.entity';
import { CourseEntity } from '../training/course.entity';
import { CourseSessionEntity } from '../training/course-session.entity';
import {
  type Currency,
  formatDecimal,
  type LoanRecord,
  portfolioAtRisk,
  ratio,
  ratioToNumber,
  repaymentRate,
  todayIn,
  WRITE_OFFS,
  writeOffRatio,
} from '@revolve/domain';
import { In } from 'typeorm';
import { BeneficiaryEntity } from '../beneficiaries/beneficiary.entity';
import { JournalEntryEntity } from '../fund/journal-entry.entity';
import { JournalLineEntity } from '../fund/journal-line.entity';
import { InstalmentEntity } from '../loans/instalment.entity';
import { LoanEntity } from '../loans/loan.entity';
import { describeEachDatabase, type GqlResponse, type TestApi } from '../test-support/test-server';

type GqlError = NonNullable<GqlResponse['body']['errors']>[number];

const CELL =
  'directBeneficiaries loansDisbursed amountDisbursed { amount } par30 repaymentRate suppressed';
const QUERY = `query I($filter: IndicatorFilter) { indicators(filter: $filter) {
  directBeneficiaries indirectBeneficiaries loansDisbursed amountDisbursed { amount currency }
  portfolioOutstanding { amount } repaymentRate par30 par90 writeOffRatio amountWrittenOff { amount }
  familyWorkers courseEnrollments courseCompletions
  byDistrict { district { id code } ${CELL} }
  bySex { key ${CELL} } byAgeBand { key ${CELL} } byPurpose { key ${CELL} } } }`;

interface Filter {
  districtIds?: string[];
  from?: string;
  to?: string;
}

/** The same data loaded plainly (no aggregates) and fed to the packages/domain reference functions. */
async function reference(api: TestApi, filter: Filter) {
  const ds = api.dataSource;
  let loans = await ds.getRepository(LoanEntity).find({
    where: { status: In(['ACTIVE', 'REPAID', 'WRITTEN_OFF']) },
  });
  loans = loans.filter(
    (l) =>
      (!filter.districtIds || filter.districtIds.includes(l.districtId)) &&
      (!filter.from || (l.disbursedOn ?? '') >= filter.from) &&
      (!filter.to || (l.disbursedOn ?? '') <= filter.to),
  );
  const instalments = await ds.getRepository(InstalmentEntity).find();
  const writeOffEntries = await ds.getRepository(JournalEntryEntity).findBy({ kind: 'WRITE_OFF' });
  const lines = await ds.getRepository(JournalLineEntity).findBy({ account: WRITE_OFFS });
  const survivors = await ds.getRepository(BeneficiaryEntity).find();
  const writtenOff = (loanId: string) => {
    const entries = new Set(writeOffEntries.filter((e) => e.loanId === loanId).map((e) => e.id));
    return lines.filter((l) => entries.has(l.entryId)).reduce((s, l) => s + l.amount, 0n);
  };
  const record = (l: LoanEntity): LoanRecord => {
    const m = (amount: bigint) => ({ amount, currency: l.currency as Currency });
    return {
      status: l.status,
      principal: m(l.principal),
      disbursedOn: l.disbursedOn,
      rescheduled: l.scheduleVersion > 1,
      instalments: instalments
        .filter((i) => i.loanId === l.id && i.scheduleVersion === l.scheduleVersion)
        .map((i) => ({
          dueDate: i.dueDate,
          principalDue: m(i.principalDue),
          principalPaid: m(i.principalPaid),
        })),
      ...(l.status === 'WRITTEN_OFF' ? { writtenOffAmount: m(writtenOff(l.id)) } : {}),
    };
  };
  const asOf = todayIn('Asia/Baku', new Date());
  const figures = (subset: LoanEntity[], people: BeneficiaryEntity[]) => {
    const records = subset.map(record);
    const active = records.filter((r) => r.status === 'ACTIVE');
    const open = active
      .flatMap((r) => r.instalments)
      .reduce((s, i) => s + (i.principalDue.amount - i.principalPaid.amount), 0n);
    return {
      directBeneficiaries: people.length,
      loansDisbursed: subset.length,
      amountDisbursed: formatDecimal({
        amount: subset.reduce((s, l) => s + l.principal, 0n),
        currency: 'AZN',
      }),
      outstanding: formatDecimal({ amount: open, currency: 'AZN' }),
      par30: ratioToNumber(portfolioAtRisk(records, asOf, 30)),
      par90: ratioToNumber(portfolioAtRisk(records, asOf, 90)),
      repaymentRate: ratioToNumber(repaymentRate(records, asOf)),
      writeOffRatio: ratioToNumber(writeOffRatio(records)),
    };
  };
  const people = survivors.filter(
    (b) => !filter.districtIds || filter.districtIds.includes(b.districtId),
  );
  return {
    total: figures(loans, people),
    household: people.reduce((s, b) => s + b.householdSize, 0),
    district: (id: string) =>
      figures(
        loans.filter((l) => l.districtId === id),
        people.filter((b) => b.districtId === id),
      ),
    loans,
  };
}

describeEachDatabase('indicators', (api) => {
  let admin: string;
  let analyst: string;
  let districts: { id: string; code: string }[];

  beforeAll(async () => {
    admin = await api().login('admin');
    analyst = await api().login('analyst.undp');
    districts = (await api().gql('{ districts { id code } }', {}, { token: admin })).body.data
      ?.districts;
  });

  const ask = async (token: string, filter?: Filter) => {
    const r = await api().gql(QUERY, { filter }, { token });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test reads any shape
    return r.body as { data: { indicators: Record<string, any> }; errors?: GqlError[] };
  };

  const filters = (): [string, Filter][] => [
    ['everything', {}],
    ['two districts', { districtIds: districts.slice(0, 2).map((d) => d.id) }],
    [
      'disbursed in the last 200 days',
      { from: todayIn('Asia/Baku', new Date(Date.now() - 200 * 864e5)) },
    ],
  ];

  it('equals the packages/domain reference functions on the same data, with filters', async () => {
    for (const [name, filter] of filters()) {
      const body = await ask(admin, filter);
      expect({ name, errors: body.errors }).toEqual({ name, errors: undefined });
      const got = body.data.indicators;
      const ref = await reference(api(), filter);
      // The demo holds loans on time, late, rescheduled, repaid and written off with a recovery.
      expect(ref.loans.length).toBeGreaterThan(0);
      expect({
        name,
        directBeneficiaries: got.directBeneficiaries,
        loansDisbursed: got.loansDisbursed,
        amountDisbursed: got.amountDisbursed.amount,
        outstanding: got.portfolioOutstanding.amount,
        par30: got.par30,
        par90: got.par90,
        repaymentRate: got.repaymentRate,
        writeOffRatio: got.writeOffRatio,
      }).toEqual({ name, ...ref.total });
      expect(got.indirectBeneficiaries).toBe(ref.household);
      for (const row of got.byDistrict) {
        const r = ref.district(row.district.id);
        expect({ code: row.district.code, ...row }).toEqual({
          code: row.district.code,
          district: row.district,
          directBeneficiaries: r.directBeneficiaries,
          loansDisbursed: r.loansDisbursed,
          amountDisbursed: { amount: r.amountDisbursed },
          par30: r.par30,
          repaymentRate: r.repaymentRate,
          suppressed: false,
        });
      }
    }
  });

  it('has figures worth comparing: some PAR30, some write-off, rate below 1', async () => {
    const got = (await ask(admin)).data.indicators;
    expect(got.par30).toBeGreaterThan(0);
    expect(got.writeOffRatio).toBeGreaterThan(0);
    expect(got.repaymentRate).toBeGreaterThan(0);
    expect(got.repaymentRate).toBeLessThan(1);
    // Counted by the ORM row by row here, by one SQL aggregate in the API.
    const enrollments = await api()
      .dataSource.getRepository(EnrollmentEntity)
      .findBy({ status: In(['ENROLLED', 'COMPLETED']) });
    expect(got.courseEnrollments).toBe(enrollments.length);
    expect(got.courseCompletions).toBe(enrollments.filter((e) => e.status === 'COMPLETED').length);
    expect(got.courseCompletions).toBeGreaterThan(0);
  });

  it('breakdowns add up to the totals (ADMIN sees every cell)', async () => {
    const got = (await ask(admin)).data.indicators;
    for (const key of ['byDistrict', 'bySex', 'byAgeBand'] as const) {
      const cells = got[key] as { directBeneficiaries: number; loansDisbursed: number }[];
      expect(cells.reduce((s, c) => s + c.directBeneficiaries, 0)).toBe(got.directBeneficiaries);
      expect(cells.reduce((s, c) => s + c.loansDisbursed, 0)).toBe(got.loansDisbursed);
    }
    const purposes = got.byPurpose as { loansDisbursed: number }[];
    expect(purposes.reduce((s, c) => s + c.loansDisbursed, 0)).toBe(got.loansDisbursed);
  });

  it('ANALYST: cells on 1..4 people are null, and never exactly one cell of a breakdown hidden', async () => {
    const full = (await ask(admin)).data.indicators;
    const body = await ask(analyst);
    expect(body.errors).toBeUndefined();
    const got = body.data.indicators;
    expect(got.directBeneficiaries).toBe(full.directBeneficiaries);
    let hiddenSomewhere = 0;
    for (const key of ['byDistrict', 'bySex', 'byAgeBand', 'byPurpose'] as const) {
      type Cell = {
        suppressed: boolean;
        directBeneficiaries: number | null;
        loansDisbursed: number | null;
      };
      const cells = got[key] as Cell[];
      const plain = full[key] as Cell[];
      cells.forEach((cell, i) => {
        const p = plain[i] as Cell;
        const small = (n: number | null) => n !== null && n > 0 && n < 5;
        if (small(p.directBeneficiaries))
          expect({ key, i, suppressed: cell.suppressed }).toEqual({ key, i, suppressed: true });
        if (cell.suppressed) {
          hiddenSomewhere += 1;
          expect(cell).toMatchObject({
            directBeneficiaries: null,
            loansDisbursed: null,
            amountDisbursed: null,
            par30: null,
            repaymentRate: null,
          });
        } else {
          expect(cell).toEqual({ ...p, suppressed: false });
        }
      });
      expect({ key, hidden: cells.filter((c) => c.suppressed).length }).not.toEqual({
        key,
        hidden: 1,
      });
    }
    // 40 survivors in 7 districts: the demo must exercise the rule.
    expect(hiddenSomewhere).toBeGreaterThan(0);
  });

  it('ANALYST: a scope resting on fewer than 5 survivors is refused; ADMIN still sees it', async () => {
    const full = (await ask(admin)).data.indicators;
    const small = (full.byDistrict as { district: { id: string }; loansDisbursed: number }[]).find(
      (d) => d.loansDisbursed > 0 && d.loansDisbursed < 5,
    );
    expect(small).toBeDefined();
    const refused = await ask(analyst, { districtIds: [small!.district.id] });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter',
    });
    const seen = await ask(admin, { districtIds: [small!.district.id] });
    expect(seen.data.indicators.loansDisbursed).toBe(small!.loansDisbursed);
  });

  it('by course topic: seats, completions and completion rate as counted row by row', async () => {
    const topicQuery = `query T($filter: IndicatorFilter) { indicators(filter: $filter) {
      courseEnrollments courseCompletions
      byCourseTopic { topic participants courseEnrollments courseCompletions completionRate suppressed } } }`;
    const ds = api().dataSource;
    const sessions = await ds.getRepository(CourseSessionEntity).find();
    const courses = await ds.getRepository(CourseEntity).find();
    const seats = await ds
      .getRepository(EnrollmentEntity)
      .findBy({ status: In(['ENROLLED', 'COMPLETED']) });
    const asOf = todayIn('Asia/Baku', new Date());
    const got = (await api().gql(topicQuery, {}, { token: admin })).body.data?.indicators;
    expect(got.byCourseTopic.map((c: { topic: string }) => c.topic)).toEqual([
      'ACCOUNTING',
      'MARKETING',
      'MANAGEMENT',
    ]);
    for (const cell of got.byCourseTopic) {
      const mine = seats.filter((e) => {
        const s = sessions.find((x) => x.id === e.sessionId)!;
        return courses.find((c) => c.id === s.courseId)!.topic === cell.topic;
      });
      const ended = mine.filter((e) => sessions.find((x) => x.id === e.sessionId)!.endsOn < asOf);
      const done = (list: EnrollmentEntity[]) =>
        list.filter((e) => e.status === 'COMPLETED').length;
      expect(cell).toEqual({
        topic: cell.topic,
        participants: new Set(mine.map((e) => e.beneficiaryId)).size,
        courseEnrollments: mine.length,
        courseCompletions: done(mine),
        completionRate: ratioToNumber(ratio(BigInt(done(ended)), BigInt(ended.length))),
        suppressed: false,
      });
    }
    const sum = (key: string) =>
      got.byCourseTopic.reduce((s: number, c: Record<string, number>) => s + c[key]!, 0);
    expect(sum('courseEnrollments')).toBe(got.courseEnrollments);
    expect(sum('courseCompletions')).toBe(got.courseCompletions);
    // ANALYST in one district: topics with 1..4 survivors hidden, never exactly one.
    let checked = 0;
    for (const d of districts) {
      const body = (
        await api().gql(topicQuery, { filter: { districtIds: [d.id] } }, { token: analyst })
      ).body;
      if (body.errors) continue; // a district too small as a whole is refused (tested above)
      const full = (
        await api().gql(topicQuery, { filter: { districtIds: [d.id] } }, { token: admin })
      ).body.data?.indicators.byCourseTopic;
      const cells = body.data?.indicators.byCourseTopic as Record<string, unknown>[];
      cells.forEach((c, i) => {
        const n = full[i].participants as number;
        if (n > 0 && n < 5) expect(c.suppressed).toBe(true);
        if (c.suppressed) expect(c.participants).toBeNull();
        else expect(c).toEqual(full[i]);
      });
      expect(cells.filter((c) => c.suppressed).length).not.toBe(1);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('folds the instalments once per request, for the totals and every breakdown', async () => {
    const query = jest.spyOn(api().dataSource, 'query');
    try {
      const body = await ask(admin, { districtIds: districts.slice(0, 3).map((d) => d.id) });
      expect(body.errors).toBeUndefined();
      const folds = query.mock.calls.filter(([sql]) => sql.includes('loan_instalments'));
      expect(folds).toHaveLength(1);
    } finally {
      query.mockRestore();
    }
  });

  it('refuses survivors and anonymous callers, and names a bad date range', async () => {
    const survivor = await api().login('+994500000001', '135790');
    expect((await ask(survivor)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anon = await api().gql(QUERY, {});
    expect(anon.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const bad = await ask(admin, { from: '2026-03-01', to: '2026-02-01' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.to',
    });
  });
});
