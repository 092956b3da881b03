import fc from 'fast-check';
import { calculateSchedule } from '../calculate-schedule';
import { addDays } from '../calendar-date';
import { LOAN_STATUSES } from '../loan-state-machine';
import { money } from '../money';
import { calendarDates, domainErrorOf } from '../test-helpers';
import { type LoanRecord } from './loan-record';
import { portfolioAtRisk } from './portfolio-at-risk';
import { ratio, ratioToNumber, ZERO_RATIO } from './ratio';
import { repaymentRate } from './repayment-rate';
import { revolutions } from './revolutions';
import { writeOffRatio } from './write-off-ratio';

const azn = (amount: bigint) => money(amount, 'AZN');

/** A loan of 4 x 100.00 due on the last day of Jan..Apr 2026, paid as given. */
function loan(
  status: LoanRecord['status'],
  paid: bigint[],
  extra: Partial<LoanRecord> = {},
): LoanRecord {
  const dueDates = ['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30'];
  return {
    status,
    principal: azn(40000n),
    disbursedOn: '2025-12-31',
    instalments: dueDates.map((dueDate, i) => ({
      dueDate,
      principalDue: azn(10000n),
      principalPaid: azn(paid[i] ?? 0n),
    })),
    ...extra,
  };
}

describe('ratio', () => {
  it('converts exactly and treats 0/0 as 0', () => {
    expect(ratioToNumber({ numerator: 1n, denominator: 4n })).toBe(0.25);
    expect(ratioToNumber({ numerator: 0n, denominator: 0n })).toBe(0);
    expect(ratio(5n, 0n)).toEqual(ZERO_RATIO);
    expect(ratioToNumber({ numerator: 10n ** 20n, denominator: 3n * 10n ** 20n })).toBeCloseTo(
      1 / 3,
      14,
    );
  });
});

describe('portfolioAtRisk', () => {
  // On 2026-03-15: A is current; B missed 31 Jan (43 days) -> whole 400.00 at risk for PAR30;
  // C missed 28 Feb only (15 days); D is repaid and E written off, so neither counts.
  const loans = [
    loan('ACTIVE', [10000n, 10000n]),
    loan('ACTIVE', [5000n]),
    loan('ACTIVE', [10000n, 2000n]),
    loan('REPAID', [10000n, 10000n, 10000n, 10000n]),
    loan('WRITTEN_OFF', []),
    loan('APPROVED', [], { disbursedOn: null, instalments: [] }),
  ];

  it('hand-worked PAR30 and PAR1: whole outstanding of late loans / all outstanding', () => {
    // Outstanding: A 200.00, B 350.00, C 280.00 = 830.00
    expect(portfolioAtRisk(loans, '2026-03-15', 30)).toEqual({
      numerator: 35000n,
      denominator: 83000n,
    });
    expect(portfolioAtRisk(loans, '2026-03-15', 1)).toEqual({
      numerator: 63000n,
      denominator: 83000n,
    });
    expect(portfolioAtRisk(loans, '2026-03-15', 90)).toEqual({
      numerator: 0n,
      denominator: 83000n,
    });
  });

  it('counts only more than `days` days late', () => {
    // B's 31 Jan instalment is exactly 30 days late on 2 Mar: not yet PAR30, then it is.
    expect(portfolioAtRisk([loans[1] as LoanRecord], '2026-03-02', 30).numerator).toBe(0n);
    expect(portfolioAtRisk([loans[1] as LoanRecord], '2026-03-03', 30).numerator).toBe(35000n);
  });

  it('counts a rescheduled loan as at risk even when it is current', () => {
    // A is current (200.00 open); rescheduled, its whole outstanding counts for PAR30 and PAR90.
    const rescheduled = loan('ACTIVE', [10000n, 10000n], { rescheduled: true });
    expect(portfolioAtRisk([rescheduled], '2026-03-15', 30)).toEqual({
      numerator: 20000n,
      denominator: 20000n,
    });
    expect(portfolioAtRisk([rescheduled], '2026-03-15', 90).numerator).toBe(20000n);
    // Once repaid it is no longer in the portfolio at all.
    const repaid = loan('REPAID', [10000n, 10000n, 10000n, 10000n], { rescheduled: true });
    expect(portfolioAtRisk([repaid], '2026-03-15', 30)).toEqual(ZERO_RATIO);
  });

  it('is 0 when nothing is outstanding, and refuses bad input', () => {
    expect(portfolioAtRisk([], '2026-01-01', 30)).toEqual(ZERO_RATIO);
    expect(domainErrorOf(() => portfolioAtRisk(loans, '2026-02-30', 30)).field).toEqual(['asOf']);
    expect(domainErrorOf(() => portfolioAtRisk(loans, '2026-02-01', -1)).field).toEqual(['days']);
    const dollars = { ...loan('ACTIVE', []), principal: money(1n, 'USD') };
    expect(
      domainErrorOf(() => portfolioAtRisk([loans[0] as LoanRecord, dollars], '2026-02-01', 30))
        .code,
    ).toBe('CURRENCY_MISMATCH');
  });
});

describe('repaymentRate', () => {
  it('hand-worked: collected on what fell due by asOf / what fell due', () => {
    const loans = [
      loan('ACTIVE', [10000n, 10000n, 10000n]), // prepaid March: not counted before it falls due
      loan('ACTIVE', [10000n, 4000n]),
      loan('APPROVED', [], { disbursedOn: null, instalments: [] }),
    ];
    // Due by 28 Feb (inclusive): 4 x 100.00 = 400.00; collected 100 + 100 + 100 + 40 = 340.00.
    expect(repaymentRate(loans, '2026-02-28')).toEqual({ numerator: 34000n, denominator: 40000n });
    expect(ratioToNumber(repaymentRate(loans, '2026-02-28'))).toBe(0.85);
    expect(repaymentRate(loans, '2026-01-30')).toEqual(ZERO_RATIO);
  });
});

describe('writeOffRatio and revolutions', () => {
  it('hand-worked write-off ratio', () => {
    const loans = [
      loan('WRITTEN_OFF', [10000n]), // 300.00 outstanding written off by default
      loan('WRITTEN_OFF', [], { writtenOffAmount: azn(25000n) }),
      loan('REPAID', [10000n, 10000n, 10000n, 10000n]),
      loan('REJECTED', [], { disbursedOn: null, instalments: [] }),
    ];
    expect(writeOffRatio(loans)).toEqual({ numerator: 55000n, denominator: 120000n });
    expect(writeOffRatio([])).toEqual(ZERO_RATIO);
  });

  it('revolutions = disbursed / capital and may exceed 1', () => {
    expect(revolutions(azn(27_200_000n), azn(13_600_000n))).toEqual({
      numerator: 27_200_000n,
      denominator: 13_600_000n,
    });
    expect(ratioToNumber(revolutions(azn(27_200_000n), azn(13_600_000n)))).toBe(2);
    expect(revolutions(azn(5n), azn(0n))).toEqual(ZERO_RATIO);
    expect(domainErrorOf(() => revolutions(azn(1n), money(1n, 'USD'))).code).toBe(
      'CURRENCY_MISMATCH',
    );
  });
});

describe('indicator bounds', () => {
  const loanRecord: fc.Arbitrary<LoanRecord> = fc
    .record({
      status: fc.constantFrom(...LOAN_STATUSES),
      principal: fc.bigInt({ min: 100n, max: 10n ** 9n }),
      termMonths: fc.integer({ min: 1, max: 24 }),
      disbursedOn: calendarDates,
      paidShares: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
        minLength: 24,
        maxLength: 24,
      }),
    })
    .map(({ status, principal, termMonths, disbursedOn, paidShares }) => {
      const schedule = calculateSchedule({
        principal: azn(principal),
        termMonths,
        graceMonths: 0,
        disbursedOn,
      });
      return {
        status,
        principal: azn(principal),
        disbursedOn,
        instalments: schedule.map((i, index) => ({
          dueDate: i.dueDate,
          principalDue: i.principalDue,
          principalPaid: azn(
            BigInt(Math.floor(Number(i.principalDue.amount) * (paidShares[index] ?? 0))),
          ),
        })),
      };
    });

  it('PAR, repayment rate and write-off ratio stay within 0..1; PAR shrinks as days grow', () => {
    fc.assert(
      fc.property(
        fc.array(loanRecord, { maxLength: 15 }),
        calendarDates,
        fc.integer({ min: 0, max: 365 }),
        (loans, asOf, days) => {
          for (const r of [
            portfolioAtRisk(loans, asOf, days),
            repaymentRate(loans, asOf),
            writeOffRatio(loans),
          ]) {
            expect(r.denominator).toBeGreaterThan(0n);
            expect(r.numerator).toBeGreaterThanOrEqual(0n);
            expect(r.numerator).toBeLessThanOrEqual(r.denominator);
            const n = ratioToNumber(r);
            expect(n).toBeGreaterThanOrEqual(0);
            expect(n).toBeLessThanOrEqual(1);
          }
          const par = portfolioAtRisk(loans, asOf, days);
          const parLater = portfolioAtRisk(loans, asOf, days + 30);
          expect(parLater.denominator).toBe(par.denominator);
          expect(parLater.numerator).toBeLessThanOrEqual(par.numerator);
          // Looking further ahead never lowers the amount at risk for a fixed threshold.
          expect(portfolioAtRisk(loans, addDays(asOf, 31), days).numerator).toBeGreaterThanOrEqual(
            par.numerator,
          );
        },
      ),
    );
  });
});
