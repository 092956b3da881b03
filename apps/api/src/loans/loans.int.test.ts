import { calculateSchedule, formatDecimal } from '@revolve/domain';
import {
  APPROVE,
  CONTRIBUTE,
  CREATE_PRODUCT,
  createProduct,
  daysAgo,
  demoIds,
  DISBURSE,
  FUND,
  LOAN_FIELDS,
  productInput,
  REJECT,
  REPAY,
  SUBMIT,
  today,
  WITHDRAW,
  WRITE_OFF,
} from '../test-support/loan-helpers';
import { describeEachDatabase } from '../test-support/test-server';

describeEachDatabase('loans: products, lifecycle and refusals', (api) => {
  let admin: string;
  let manager: string;
  let committee: string;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let productId: string;

  const application = (code: string, extra: Record<string, unknown> = {}) => ({
    beneficiaryId: ids.survivor(code),
    productId,
    purpose: 'START_UP',
    businessDescription: 'A tailoring workshop at home.',
    principal: { amount: '1200.00', currency: 'AZN' },
    termMonths: 12,
    graceMonths: 2,
    ...extra,
  });
  const submit = async (code: string, extra: Record<string, unknown> = {}) =>
    (await api().gql(SUBMIT, { input: application(code, extra) }, { token: manager })).body.data
      ?.submitLoanApplication;
  /** Submitted, approved and disbursed on `disbursedOn`. */
  const activeLoan = async (
    code: string,
    disbursedOn: string,
    extra: Record<string, unknown> = {},
  ) => {
    const loan = (await submit(code, extra)).loan;
    await api().gql(APPROVE, { input: { loanId: loan.id } }, { token: committee });
    const d = await api().gql(
      DISBURSE,
      { input: { loanId: loan.id, disbursedOn } },
      { token: manager },
    );
    expect(d.body.data?.disburseLoan.userErrors).toEqual([]);
    return d.body.data?.disburseLoan.loan;
  };

  beforeAll(async () => {
    admin = await api().login('admin');
    manager = await api().login('manager.iom');
    committee = await api().login('committee');
    ids = await demoIds(api(), admin);
    productId = await createProduct(api());
    const c = await api().gql(
      CONTRIBUTE,
      {
        input: {
          donorId: ids.org('UNDP'),
          amount: { amount: '20000.00', currency: 'USD' },
          exchangeRate: '1.70',
          receivedOn: daysAgo(400),
        },
      },
      { token: admin },
    );
    expect(c.body.data?.recordContribution.userErrors).toEqual([]);
  });

  it('creates a 0% product with its limits as decimal strings, and refuses inconsistent limits', async () => {
    const r = await api().gql(
      CREATE_PRODUCT,
      { input: productInput({ requiredCourseTopics: ['ACCOUNTING'] }) },
      { token: admin },
    );
    expect(r.body.data?.createLoanProduct).toEqual({
      userErrors: [],
      product: expect.objectContaining({
        currency: 'AZN',
        minPrincipal: { amount: '500.00', currency: 'AZN' },
        maxPrincipal: { amount: '5000.00' },
        frequency: 'MONTHLY',
        interestRatePercent: '0',
        requiredCourseTopics: ['ACCOUNTING'],
        active: true,
      }),
    });
    const bad = await api().gql(
      CREATE_PRODUCT,
      { input: productInput({ maxPrincipal: { amount: '100.00', currency: 'AZN' } }) },
      { token: admin },
    );
    expect(bad.body.data?.createLoanProduct.userErrors).toEqual([
      expect.objectContaining({ code: 'VALIDATION', field: ['input', 'maxPrincipal'] }),
    ]);
  });

  it('refuses applications outside the limits, naming the field', async () => {
    const big = await submit('AGJ-003', { principal: { amount: '6000.00', currency: 'AZN' } });
    expect(big.loan).toBeNull();
    expect(big.userErrors).toEqual([
      expect.objectContaining({ code: 'OUT_OF_LIMITS', field: ['input', 'principal'] }),
    ]);
    const long = await submit('AGJ-003', { termMonths: 40, graceMonths: 7 });
    expect(long.userErrors.map((e: { field: string[] }) => e.field.join('.')).sort()).toEqual([
      'input.graceMonths',
      'input.termMonths',
    ]);
  });

  it('keeps the business plan figures in the loan currency, and refuses them in another', async () => {
    const plan = {
      expectedMonthlyIncome: { amount: '450.00', currency: 'AZN' },
      expectedMonthlyCosts: { amount: '180.50', currency: 'AZN' },
      familyWorkers: 2,
    };
    const wrong = await submit('AGJ-003', {
      ...plan,
      expectedMonthlyCosts: { amount: '100.00', currency: 'USD' },
    });
    expect(wrong).toEqual({
      loan: null,
      userErrors: [
        expect.objectContaining({
          code: 'CURRENCY_MISMATCH',
          field: ['input', 'expectedMonthlyCosts', 'currency'],
        }),
      ],
    });
    const loan = (await submit('AGJ-003', plan)).loan;
    const read = await api().gql(
      `query L($id: ID!) { loan(id: $id) { familyWorkers
        expectedMonthlyIncome { amount currency } expectedMonthlyCosts { amount currency } } }`,
      { id: loan.id },
      { token: manager },
    );
    expect(read.body.data?.loan).toEqual(plan);
    const w = await api().gql(WITHDRAW, { input: { loanId: loan.id } }, { token: manager });
    expect(w.body.data?.withdrawLoanApplication.userErrors).toEqual([]);
  });

  it('refuses an application without consent (CONSENT_REQUIRED)', async () => {
    const w = await api().gql(
      'mutation W($input: WithdrawBeneficiaryConsentInput!) { withdrawBeneficiaryConsent(input: $input) { userErrors { code } } }',
      { input: { beneficiaryId: ids.survivor('AGJ-004') } },
      { token: manager },
    );
    expect(w.body.data?.withdrawBeneficiaryConsent.userErrors).toEqual([]);
    const r = await submit('AGJ-004');
    expect(r).toEqual({
      loan: null,
      userErrors: [expect.objectContaining({ code: 'CONSENT_REQUIRED' })],
    });
  });

  it('submits, refuses a second open loan, withdraws, and lets the survivor apply again', async () => {
    const first = await submit('AGJ-003');
    expect(first.userErrors).toEqual([]);
    expect(first.loan).toMatchObject({
      status: 'SUBMITTED',
      reference: expect.stringMatching(/^LN-\d{4}-\d{4}$/),
      schedule: [],
      outstanding: { amount: '0.00' },
    });
    const second = await submit('AGJ-003');
    expect(second.userErrors).toEqual([expect.objectContaining({ code: 'ACTIVE_LOAN_EXISTS' })]);
    const w = await api().gql(WITHDRAW, { input: { loanId: first.loan.id } }, { token: manager });
    expect(w.body.data?.withdrawLoanApplication).toEqual({
      loan: { id: first.loan.id, status: 'WITHDRAWN' },
      userErrors: [],
    });
    const again = await api().gql(
      WITHDRAW,
      { input: { loanId: first.loan.id } },
      { token: manager },
    );
    expect(again.body.data?.withdrawLoanApplication.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_STATE' }),
    ]);
    expect((await submit('AGJ-003')).userErrors).toEqual([]);
  });

  it('refuses self-approval, rejects with a note, and refuses deciding twice', async () => {
    const loan = (await submit('AGJ-005')).loan;
    // An application the committee member prepared themself (entered from paper).
    const me = await api().gql('{ me { id } }', {}, { token: committee });
    await api().dataSource.query(
      `UPDATE loans SET "submittedById" = ${api().kind === 'postgres' ? '$1' : '?'} WHERE id = ${api().kind === 'postgres' ? '$2' : '?'}`,
      [me.body.data?.me.id, loan.id],
    );
    const self = await api().gql(APPROVE, { input: { loanId: loan.id } }, { token: committee });
    expect(self.body.data?.approveLoan).toEqual({
      loan: null,
      userErrors: [expect.objectContaining({ code: 'SELF_APPROVAL' })],
    });
    const other = (await submit('AGJ-006')).loan;
    const r = await api().gql(
      REJECT,
      { input: { loanId: other.id, note: 'Business plan too thin.' } },
      { token: committee },
    );
    expect(r.body.data?.rejectLoan).toEqual({
      loan: { id: other.id, status: 'REJECTED' },
      userErrors: [],
    });
    const twice = await api().gql(APPROVE, { input: { loanId: other.id } }, { token: committee });
    expect(twice.body.data?.approveLoan.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_STATE' }),
    ]);
    const h = await api().gql(
      `query L($id: ID!) { loan(id: $id) { history { action actor note } } }`,
      { id: other.id },
      { token: admin },
    );
    expect(h.body.data?.loan.history).toEqual([
      { action: 'SUBMITTED', actor: 'Nigar Həsənova (IOM)', note: null },
      { action: 'REJECTED', actor: 'Credit Committee (IOM)', note: 'Business plan too thin.' },
    ]);
  });

  it('disburses in the past with the domain schedule, never in the future, and not without training', async () => {
    const loan = (await submit('BEY-004')).loan;
    const early = await api().gql(
      DISBURSE,
      { input: { loanId: loan.id, disbursedOn: today() } },
      { token: manager },
    );
    expect(early.body.data?.disburseLoan.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_STATE' }),
    ]);
    await api().gql(APPROVE, { input: { loanId: loan.id } }, { token: committee });
    const future2 = await api().gql(
      DISBURSE,
      { input: { loanId: loan.id, disbursedOn: '2999-01-01' } },
      { token: manager },
    );
    expect(future2.body.data?.disburseLoan.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_DATE', field: ['input', 'disbursedOn'] }),
    ]);
    const on = daysAgo(20);
    const d = await api().gql(
      DISBURSE,
      { input: { loanId: loan.id, disbursedOn: on } },
      { token: manager },
    );
    const active = d.body.data?.disburseLoan.loan;
    expect(active).toMatchObject({
      status: 'ACTIVE',
      disbursedOn: on,
      outstanding: { amount: '1200.00' },
      daysPastDue: 0,
    });
    const expected = calculateSchedule({
      principal: { amount: 120000n, currency: 'AZN' },
      termMonths: 12,
      graceMonths: 2,
      disbursedOn: on,
    });
    expect(active.schedule).toEqual(
      expected.map((i) => ({
        number: i.number,
        dueDate: i.dueDate,
        principalDue: { amount: formatDecimal(i.principalDue) },
        principalPaid: { amount: '0.00' },
        status: 'PENDING',
      })),
    );
    const twice = await api().gql(
      DISBURSE,
      { input: { loanId: loan.id, disbursedOn: on } },
      { token: manager },
    );
    expect(twice.body.data?.disburseLoan.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_STATE' }),
    ]);

    const trainedProduct = (
      await api().gql(
        CREATE_PRODUCT,
        { input: productInput({ requiredCourseTopics: ['ACCOUNTING'] }) },
        { token: admin },
      )
    ).body.data?.createLoanProduct.product.id;
    const needsCourse = (await submit('BEY-005', { productId: trainedProduct })).loan;
    await api().gql(APPROVE, { input: { loanId: needsCourse.id } }, { token: committee });
    const refused = await api().gql(
      DISBURSE,
      { input: { loanId: needsCourse.id, disbursedOn: today() } },
      { token: manager },
    );
    expect(refused.body.data?.disburseLoan.userErrors).toEqual([
      expect.objectContaining({ code: 'TRAINING_REQUIRED' }),
    ]);
  });

  it('records repayments once per key, oldest first, refuses bad ones, and closes the loan', async () => {
    const loan = await activeLoan('BEY-003', daysAgo(30), {
      principal: { amount: '600.00', currency: 'AZN' },
      termMonths: 6,
      graceMonths: 0,
    });
    const repay = (input: Record<string, unknown>) =>
      api().gql(
        REPAY,
        {
          input: {
            loanId: loan.id,
            amount: { amount: '150.00', currency: 'AZN' },
            paidOn: today(),
            idempotencyKey: 'key-bey-003-1',
            ...input,
          },
        },
        { token: manager },
      );
    const errorsOf = async (input: Record<string, unknown>) =>
      (await repay(input)).body.data?.recordRepayment.userErrors;
    expect(await errorsOf({ paidOn: '2999-01-01', idempotencyKey: 'k-future-1' })).toEqual([
      expect.objectContaining({ code: 'INVALID_DATE', field: ['input', 'paidOn'] }),
    ]);
    expect(await errorsOf({ paidOn: daysAgo(31), idempotencyKey: 'k-before-1' })).toEqual([
      expect.objectContaining({ code: 'INVALID_DATE', field: ['input', 'paidOn'] }),
    ]);
    expect(
      await errorsOf({ amount: { amount: '600.01', currency: 'AZN' }, idempotencyKey: 'k-over-1' }),
    ).toEqual([expect.objectContaining({ code: 'OVERPAYMENT' })]);

    const first = (await repay({})).body.data?.recordRepayment;
    expect(first.userErrors).toEqual([]);
    expect(first.loan).toEqual({
      id: loan.id,
      status: 'ACTIVE',
      outstanding: { amount: '450.00' },
    });
    const replay = (await repay({})).body.data?.recordRepayment;
    expect(replay).toEqual(first);
    expect(await errorsOf({ amount: { amount: '151.00', currency: 'AZN' } })).toEqual([
      expect.objectContaining({
        code: 'IDEMPOTENCY_KEY_REUSED',
        field: ['input', 'idempotencyKey'],
      }),
    ]);
    const after = await api().gql(
      `query L($id: ID!) { loan(id: $id) { ${LOAN_FIELDS} } }`,
      { id: loan.id },
      { token: admin },
    );
    expect(after.body.data?.loan.repayments).toHaveLength(1);
    expect(after.body.data?.loan.schedule[0]).toMatchObject({
      principalPaid: { amount: '100.00' },
      status: 'PAID',
    });
    expect(after.body.data?.loan.schedule[1]).toMatchObject({
      principalPaid: { amount: '50.00' },
      status: 'PARTIALLY_PAID',
    });

    const last = (
      await repay({
        amount: { amount: '450.00', currency: 'AZN' },
        idempotencyKey: 'key-bey-003-2',
      })
    ).body.data?.recordRepayment;
    expect(last.loan).toEqual({ id: loan.id, status: 'REPAID', outstanding: { amount: '0.00' } });
    expect(await errorsOf({ idempotencyKey: 'k-closed-1' })).toEqual([
      expect.objectContaining({ code: 'INVALID_STATE' }),
    ]);
  });

  it('counts days past due from the oldest unpaid due date and lists arrears', async () => {
    const loan = await activeLoan('IMI-003', daysAgo(75), { termMonths: 6, graceMonths: 0 });
    const firstDue = loan.schedule[0].dueDate as string;
    const dpd = Math.round((Date.parse(today()) - Date.parse(firstDue)) / 86_400_000);
    expect(dpd).toBeGreaterThan(30);
    expect(loan).toMatchObject({
      daysPastDue: dpd,
      overdue: {
        amount:
          loan.schedule.filter((i: { dueDate: string }) => i.dueDate < today()).length === 2
            ? '400.00'
            : '200.00',
      },
    });
    expect(loan.schedule[0].status).toBe('OVERDUE');
    const list = async (min: number) =>
      (
        await api().gql(
          'query L($f: LoanFilter) { loans(first: 100, filter: $f) { edges { node { id daysPastDue } } } }',
          { f: { minDaysPastDue: min } },
          { token: admin },
        )
      ).body.data?.loans.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(await list(dpd)).toContain(loan.id);
    expect(await list(dpd + 1)).not.toContain(loan.id);
  });

  it('moves days past due with the clock (tests set it; production reads Asia/Baku)', async () => {
    const loan = await activeLoan('IMI-006', daysAgo(45), { termMonths: 6, graceMonths: 0 });
    const Q = 'query L($id: ID!) { loan(id: $id) { daysPastDue schedule { status } } }';
    const before = (await api().gql(Q, { id: loan.id }, { token: admin })).body.data?.loan;
    api().advanceClock(10 * 86_400_000);
    try {
      const token = await api().login('admin');
      const later = (await api().gql(Q, { id: loan.id }, { token })).body.data?.loan;
      expect(later.daysPastDue).toBe(before.daysPastDue + 10);
    } finally {
      api().advanceClock(-10 * 86_400_000);
    }
  });

  it('writes off through the ledger and records later money as a recovery', async () => {
    const before = (await api().gql(FUND, {}, { token: admin })).body.data?.fund;
    const loan = await activeLoan('IMI-004', daysAgo(90), {
      principal: { amount: '1000.00', currency: 'AZN' },
    });
    const refused = await api().gql(
      WRITE_OFF,
      { input: { loanId: loan.id, reason: 'x' } },
      { token: manager },
    );
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const w = await api().gql(
      WRITE_OFF,
      { input: { loanId: loan.id, reason: 'The borrower left the region.' } },
      { token: committee },
    );
    expect(w.body.data?.writeOffLoan).toEqual({
      loan: { id: loan.id, status: 'WRITTEN_OFF', outstanding: { amount: '0.00' } },
      userErrors: [],
    });
    const r = await api().gql(
      REPAY,
      {
        input: {
          loanId: loan.id,
          amount: { amount: '100.00', currency: 'AZN' },
          paidOn: today(),
          idempotencyKey: 'recovery-imi-002',
        },
      },
      { token: manager },
    );
    expect(r.body.data?.recordRepayment.repayment).toMatchObject({
      recovery: true,
      amount: { amount: '100.00', currency: 'AZN' },
    });
    const after = (await api().gql(FUND, {}, { token: admin })).body.data?.fund;
    const cents = (m: { amount: string }) => BigInt(m.amount.replace('.', ''));
    expect(cents(after.writtenOffTotal) - cents(before.writtenOffTotal)).toBe(90000n);
    expect(cents(after.available) - cents(before.available)).toBe(-100000n + 10000n);
    expect(after.ledgerBalanced).toBe(true);
  });

  it('folds the fund from the ledger: capital in AZN at the recorded rate, figures that add up', async () => {
    const f = (await api().gql(FUND, {}, { token: admin })).body.data?.fund;
    const cents = (m: { amount: string }) => BigInt(m.amount.replace('.', ''));
    expect(f.contributions).toContainEqual({
      donor: { code: 'UNDP' },
      amount: { amount: '20000.00', currency: 'USD' },
      fundAmount: { amount: '34000.00' },
      exchangeRate: '1.70',
    });
    const contributed = f.contributions.reduce(
      (sum: bigint, c: { fundAmount: { amount: string } }) => sum + cents(c.fundAmount),
      0n,
    );
    expect(cents(f.capital)).toBe(contributed);
    expect(cents(f.capital)).toBe(
      cents(f.available) + cents(f.outstanding) + cents(f.writtenOffTotal),
    );
    expect(f.ledgerBalanced).toBe(true);
    expect(f.revolutions).toBeCloseTo(
      Number(cents(f.disbursedTotal)) / Number(cents(f.capital)),
      6,
    );
  });

  it('reverses a repayment with a reversing entry, re-allocates, and reopens a repaid loan', async () => {
    const loan = await activeLoan('AGJ-007', daysAgo(40), {
      principal: { amount: '600.00', currency: 'AZN' },
      termMonths: 6,
      graceMonths: 0,
    });
    const pay = async (amount: string, key: string) =>
      (
        await api().gql(
          REPAY,
          {
            input: {
              loanId: loan.id,
              amount: { amount, currency: 'AZN' },
              paidOn: today(),
              idempotencyKey: key,
            },
          },
          { token: manager },
        )
      ).body.data?.recordRepayment;
    const first = await pay('250.00', 'reverse-agj-007-1');
    const second = await pay('350.00', 'reverse-agj-007-2');
    expect(second.loan.status).toBe('REPAID');
    const REVERSE = `mutation R($input: ReverseRepaymentInput!) { reverseRepayment(input: $input) {
      repayment { id reversedAt reversalReason } loan { id status outstanding { amount } } userErrors { code field } } }`;
    const refused = await api().gql(
      REVERSE,
      { input: { repaymentId: first.repayment.id, reason: 'x' } },
      { token: manager },
    );
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const r = await api().gql(
      REVERSE,
      { input: { repaymentId: first.repayment.id, reason: 'Entered twice by mistake.' } },
      { token: admin },
    );
    expect(r.body.data?.reverseRepayment).toEqual({
      repayment: {
        id: first.repayment.id,
        reversedAt: expect.any(String),
        reversalReason: 'Entered twice by mistake.',
      },
      loan: { id: loan.id, status: 'ACTIVE', outstanding: { amount: '250.00' } },
      userErrors: [],
    });
    const again = await api().gql(
      REVERSE,
      { input: { repaymentId: first.repayment.id, reason: 'again' } },
      { token: admin },
    );
    expect(again.body.data?.reverseRepayment.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_STATE' }),
    ]);
    const after = await api().gql(
      `query L($id: ID!) { loan(id: $id) { ${LOAN_FIELDS} history { action } } }`,
      { id: loan.id },
      { token: admin },
    );
    // The remaining 350 pays instalments 1-3 and half of 4, oldest first.
    expect(
      after.body.data?.loan.schedule.map(
        (i: { principalPaid: { amount: string } }) => i.principalPaid.amount,
      ),
    ).toEqual(['100.00', '100.00', '100.00', '50.00', '0.00', '0.00']);
    expect(after.body.data?.loan.repayments).toHaveLength(2);
    expect(after.body.data?.loan.history.map((h: { action: string }) => h.action)).toContain(
      'REPAYMENT_REVERSED',
    );
    expect((await api().gql(FUND, {}, { token: admin })).body.data?.fund.ledgerBalanced).toBe(true);
  });

  it('reschedules the unpaid principal for hardship and keeps the old schedule as history', async () => {
    const loan = await activeLoan('IMI-005', daysAgo(70), {
      principal: { amount: '1200.00', currency: 'AZN' },
      termMonths: 6,
      graceMonths: 0,
    });
    await api().gql(
      REPAY,
      {
        input: {
          loanId: loan.id,
          amount: { amount: '200.00', currency: 'AZN' },
          paidOn: today(),
          idempotencyKey: 'resched-imi-005',
        },
      },
      { token: manager },
    );
    const RESCHEDULE = `mutation R($input: RescheduleLoanInput!) { rescheduleLoan(input: $input) {
      loan { id status rescheduled outstanding { amount } daysPastDue schedule { number dueDate principalDue { amount } principalPaid { amount } }
        previousSchedules { number principalDue { amount } } history { action note } } userErrors { code field } } }`;
    const input = {
      loanId: loan.id,
      reason: 'ILLNESS',
      note: 'In hospital.',
      termMonths: 10,
      graceMonths: 2,
    };
    const byManager = await api().gql(RESCHEDULE, { input }, { token: manager });
    expect(byManager.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const r = await api().gql(RESCHEDULE, { input }, { token: committee });
    const out = r.body.data?.rescheduleLoan;
    expect(out.userErrors).toEqual([]);
    expect(out.loan).toMatchObject({
      status: 'ACTIVE',
      rescheduled: true,
      outstanding: { amount: '1000.00' },
      daysPastDue: 0,
    });
    expect(out.loan.previousSchedules).toHaveLength(1);
    expect(out.loan.previousSchedules[0]).toHaveLength(6);
    const cents = (a: string) => BigInt(a.replace('.', ''));
    const schedule = out.loan.schedule as {
      principalDue: { amount: string };
      principalPaid: { amount: string };
      dueDate: string;
    }[];
    expect(schedule.reduce((s, i) => s + cents(i.principalDue.amount), 0n)).toBe(120000n);
    expect(schedule.filter((i) => i.dueDate > today())).toHaveLength(8);
    expect(out.loan.history.at(-1)).toEqual({
      action: 'RESCHEDULED',
      note: 'ILLNESS: In hospital.',
    });
  });

  it('updates and retires a product: a retired product takes no applications', async () => {
    const id = await createProduct(api(), { name: 'Short-lived product' });
    const U = `mutation U($input: UpdateLoanProductInput!) { updateLoanProduct(input: $input) { product { name maxTermMonths active } userErrors { code field } } }`;
    const u = await api().gql(
      U,
      { input: { productId: id, name: 'Renamed', maxTermMonths: 24 } },
      { token: admin },
    );
    expect(u.body.data?.updateLoanProduct).toEqual({
      product: { name: 'Renamed', maxTermMonths: 24, active: true },
      userErrors: [],
    });
    const bad = await api().gql(
      U,
      { input: { productId: id, maxTermMonths: 3 } },
      { token: admin },
    );
    expect(bad.body.data?.updateLoanProduct.userErrors).toEqual([
      { code: 'VALIDATION', field: ['input', 'maxTermMonths'] },
      { code: 'VALIDATION', field: ['input', 'maxGraceMonths'] },
    ]);
    const R = `mutation R($input: RetireLoanProductInput!) { retireLoanProduct(input: $input) { product { active } userErrors { code } } }`;
    expect(
      (await api().gql(R, { input: { productId: id } }, { token: admin })).body.data
        ?.retireLoanProduct,
    ).toEqual({ product: { active: false }, userErrors: [] });
    const s = await submit('FUZ-002', { productId: id });
    expect(s.userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'productId'] }),
    ]);
  });

  it('shows a survivor their own loans only, through myLoans', async () => {
    const survivor = await api().login('+994500000001', '135790');
    const r = await api().gql(
      '{ myLoans { status beneficiary { code } nextInstalment { dueDate } schedule { status } } }',
      {},
      { token: survivor },
    );
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data?.myLoans).toHaveLength(1);
    expect(r.body.data?.myLoans[0]).toMatchObject({
      status: 'ACTIVE',
      beneficiary: { code: 'AGJ-001' },
    });
  });

  it('does not issue more SQL for loans(first: 100) than for loans(first: 10)', async () => {
    const ds = api().dataSource;
    const original = ds.logger.logQuery.bind(ds.logger);
    let count = 0;
    ds.logger.logQuery = (...args) => {
      count++;
      return original(...args);
    };
    const q = `query L($n: Int) { loans(first: $n) { edges { node { id reference status principal { amount } outstanding { amount } overdue { amount } daysPastDue nextInstalment { dueDate } beneficiary { code district { code } } product { name } repayments { id } } } } }`;
    try {
      count = 0;
      const small = await api().gql(q, { n: 2 }, { token: admin });
      const few = count;
      count = 0;
      const big = await api().gql(q, { n: 100 }, { token: admin });
      expect(small.body.errors).toBeUndefined();
      expect(big.body.errors).toBeUndefined();
      expect(big.body.data?.loans.edges.length).toBeGreaterThan(
        small.body.data?.loans.edges.length,
      );
      expect(count).toBeLessThanOrEqual(few);
    } finally {
      ds.logger.logQuery = original;
    }
  });
});
