import fc from 'fast-check';
import { domainErrorOf } from '../test-helpers';
import { allocateProportionally } from './allocate-proportionally';
import { attributeToDonors, capitalEpochOf } from './attribute-to-donors';
import { forecastFund } from './forecast-fund';
import { monthlySeries, type SeriesLoan } from './monthly-series';
import { monthsBetween } from './months';
import { decimalToRatio, ratioToDecimal } from './ratio-to-decimal';

describe('allocateProportionally (largest remainder)', () => {
  it('hand-worked: 100 by 1:1:1 gives the leftover unit to the first of equal remainders', () => {
    expect(allocateProportionally(100n, [1n, 1n, 1n])).toEqual([34n, 33n, 33n]);
    // 4000 by 1:2 -> 1333.33 / 2666.67: the larger remainder (0.67) takes the unit.
    expect(allocateProportionally(4000n, [10000n, 20000n])).toEqual([1333n, 2667n]);
    expect(allocateProportionally(5n, [0n, 0n])).toEqual([0n, 0n]);
    expect(domainErrorOf(() => allocateProportionally(-1n, [1n])).code).toBe('NEGATIVE_AMOUNT');
  });

  it('always sums to the total and never gives a part more than one unit off its exact share', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 9n }), { minLength: 1, maxLength: 8 }),
        (total, weights) => {
          const parts = allocateProportionally(total, weights);
          const sum = weights.reduce((s, w) => s + w, 0n);
          if (sum === 0n) return expect(parts.every((p) => p === 0n)).toBe(true);
          expect(parts.reduce((s, p) => s + p, 0n)).toBe(total);
          parts.forEach((p, i) => {
            const exactFloor = (total * (weights[i] as bigint)) / sum;
            expect(p - exactFloor === 0n || p - exactFloor === 1n).toBe(true);
          });
        },
      ),
    );
  });
});

describe('ratioToDecimal / decimalToRatio', () => {
  it('rounds half up to 4 places and parses plain decimals', () => {
    expect(ratioToDecimal({ numerator: 37334n, denominator: 40000n })).toBe('0.9334');
    expect(ratioToDecimal({ numerator: 2n, denominator: 1n })).toBe('2.0000');
    expect(ratioToDecimal({ numerator: 1n, denominator: 3n }, 2)).toBe('0.33');
    expect(ratioToDecimal({ numerator: 0n, denominator: 0n })).toBe('0.0000');
    expect(decimalToRatio('0.9')).toEqual({ numerator: 9n, denominator: 10n });
    expect(decimalToRatio('-1')).toBeNull();
    expect(decimalToRatio('1e3')).toBeNull();
  });
});

describe('attributeToDonors', () => {
  // UNDP gives 100.00 and ANAMA 200.00 on 1 Jan; UNDP 300.00 more on 1 Mar.
  const contributions = [
    { donorId: 'undp', fundAmount: 10000n, receivedOn: '2026-01-01' },
    { donorId: 'anama', fundAmount: 20000n, receivedOn: '2026-01-01' },
    { donorId: 'undp', fundAmount: 30000n, receivedOn: '2026-03-01' },
  ];
  // A (1 Feb, shares 1:2): 100.00 lent, 40.00 repaid. B (15 Mar, shares UNDP 2 : ANAMA 1):
  // 50.00 written off, 10.00 recovered.
  const loans = [
    { disbursedOn: '2026-02-01', outstanding: 6000n, repaid: 4000n, writtenOff: 0n, recovered: 0n },
    { disbursedOn: '2026-03-15', outstanding: 0n, repaid: 0n, writtenOff: 5000n, recovered: 1000n },
  ];

  it('finds the capital epoch of a disbursement', () => {
    expect(capitalEpochOf(contributions, '2025-12-31')).toBeNull();
    expect(capitalEpochOf(contributions, '2026-02-28')).toBe('2026-01-01');
    expect(capitalEpochOf(contributions, '2026-03-01')).toBe('2026-03-01');
  });

  it('hand-worked: shares at disbursement, largest remainder per epoch, preservation', () => {
    const [anama, undp] = attributeToDonors(contributions, loans);
    // A: outstanding 6000 -> 2000 / 4000; repaid 4000 -> 1333 / 2667.
    // B: written off 5000 by 2:1 -> 3333 / 1667; recovered 1000 -> 667 / 333.
    expect(undp).toEqual({
      donorId: 'undp',
      capital: 40000n,
      lent: 2000n + 1333n + 3333n,
      repaid: 1333n,
      outstanding: 2000n,
      writtenOff: 3333n - 667n,
      available: 40000n - 6666n + 1333n + 667n,
      revolutions: { numerator: 6666n, denominator: 40000n },
      capitalPreservation: { numerator: 37334n, denominator: 40000n },
    });
    expect(anama).toMatchObject({
      capital: 20000n,
      lent: 4000n + 2667n + 1667n,
      repaid: 2667n,
      outstanding: 4000n,
      writtenOff: 1667n - 333n,
      available: 14666n,
    });
    expect(ratioToDecimal(undp!.capitalPreservation)).toBe('0.9334');
    expect(ratioToDecimal(anama!.capitalPreservation)).toBe('0.9333');
    // Donors' shares add up to the fund's figures exactly.
    expect(undp!.lent + anama!.lent).toBe(15000n);
    expect(undp!.repaid + anama!.repaid).toBe(4000n);
  });

  it('leaves loans from before any capital to no one', () => {
    const early = [{ ...loans[0]!, disbursedOn: '2025-06-01' }];
    expect(attributeToDonors(contributions, early).map((d) => d.lent)).toEqual([0n, 0n]);
  });
});

describe('monthlySeries', () => {
  const loan = (l: Partial<SeriesLoan> & Pick<SeriesLoan, 'principal' | 'disbursedOn'>) => ({
    beneficiaryId: 'b1',
    originalSchedule: [],
    repayments: [],
    rescheduledOn: null,
    writtenOffOn: null,
    ...l,
  });
  const loans: SeriesLoan[] = [
    // L1: 300.00 in three monthly instalments, only the first paid.
    loan({
      principal: 30000n,
      disbursedOn: '2026-01-10',
      originalSchedule: ['2026-02-10', '2026-03-10', '2026-04-10'].map((dueDate) => ({
        dueDate,
        principalDue: 10000n,
      })),
      repayments: [{ paidOn: '2026-02-10', amount: 10000n }],
    }),
    // L2: 100.00, never paid, written off on 31 Mar.
    loan({
      beneficiaryId: 'b2',
      principal: 10000n,
      disbursedOn: '2026-02-01',
      originalSchedule: [{ dueDate: '2026-03-01', principalDue: 10000n }],
      writtenOffOn: '2026-03-31',
    }),
    // L3: 50.00, rescheduled on 1 Apr: at risk from then on, whatever it pays.
    loan({
      principal: 5000n,
      disbursedOn: '2026-03-05',
      originalSchedule: [{ dueDate: '2026-04-05', principalDue: 5000n }],
      rescheduledOn: '2026-04-01',
    }),
  ];
  const seats = [
    { beneficiaryId: 'b1', startsOn: '2026-02-03', completed: true },
    { beneficiaryId: 'b2', startsOn: '2026-02-03', completed: false },
    { beneficiaryId: 'b3', startsOn: '2026-04-01', completed: true },
  ];

  it('hand-worked: flows in the month, balances and PAR30 at its end (or today)', () => {
    const months = monthsBetween('2026-01-15', '2026-04-20');
    const got = monthlySeries(loans, seats, months, '2026-04-20');
    const pick = got.map((m) => [
      m.month,
      m.measuredOn,
      m.disbursed,
      m.repaid,
      m.outstanding,
      m.atRisk30,
      m.borrowersOutstanding,
      m.enrollments,
      m.completions,
    ]);
    expect(pick).toEqual([
      ['2026-01', '2026-01-31', 30000n, 0n, 30000n, 0n, 1, 0, 0],
      ['2026-02', '2026-02-28', 10000n, 10000n, 30000n, 0n, 2, 2, 1],
      // L2 written off; L1's February instalment is paid, March's only 21 days late.
      ['2026-03', '2026-03-31', 5000n, 0n, 25000n, 0n, 1, 0, 0],
      // On 20 Apr L1's March instalment is 41 days late; L3 is rescheduled.
      ['2026-04', '2026-04-20', 0n, 0n, 25000n, 25000n, 1, 1, 1],
    ]);
    expect(got[3]!.par30).toEqual({ numerator: 25000n, denominator: 25000n });
    expect(got[1]).toMatchObject({ loansDisbursed: 1, disbursedTo: 1, repaidBy: 1 });
    expect(got[1]).toMatchObject({ enrolledPeople: 2, completedPeople: 1 });
  });

  it('refuses an unbounded range', () => {
    expect(monthsBetween('2026-01-31', '2026-03-01')).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(domainErrorOf(() => monthsBetween('1900-01-01', '2100-01-01')).field).toEqual(['to']);
  });
});

describe('forecastFund', () => {
  it('hand-worked: 1000.00 in cash, 90% on time, three loans of 600.00 fundable in June', () => {
    const f = forecastFund({
      available: 100000n,
      dues: [
        { month: '2026-05', amount: 60000n },
        { month: '2026-06', amount: 40000n },
        { month: '2026-08', amount: 100000n },
      ],
      onTimeRate: { numerator: 9n, denominator: 10n },
      asOf: '2026-04-20',
      loans: 3,
      loanSize: 60000n,
    });
    expect(f.needed).toBe(180000n);
    expect(f.months.map((m) => [m.month, m.expectedRepayments, m.expectedCash])).toEqual([
      ['2026-04', 0n, 100000n],
      ['2026-05', 54000n, 154000n],
      ['2026-06', 36000n, 190000n],
      ['2026-07', 0n, 190000n],
      ['2026-08', 90000n, 280000n],
    ]);
    expect(f.fundableMonth).toBe('2026-06');
  });

  it('rounds each month down, says now when cash suffices, null when it never does', () => {
    const base = {
      available: 0n,
      dues: [{ month: '2026-05', amount: 100n }],
      onTimeRate: { numerator: 1n, denominator: 3n },
      asOf: '2026-04-20',
      loans: 1,
    };
    expect(forecastFund({ ...base, loanSize: 33n }).months[1]!.expectedRepayments).toBe(33n);
    expect(forecastFund({ ...base, loanSize: 34n }).fundableMonth).toBeNull();
    expect(forecastFund({ ...base, available: 50n, loanSize: 50n }).fundableMonth).toBe('2026-04');
    const tooHigh = { ...base, onTimeRate: { numerator: 11n, denominator: 10n }, loanSize: 1n };
    expect(domainErrorOf(() => forecastFund(tooHigh)).field).toEqual(['onTimeRate']);
    expect(domainErrorOf(() => forecastFund({ ...base, loans: 0, loanSize: 1n })).field).toEqual([
      'loans',
    ]);
  });
});
