import fc from 'fast-check';
import { allocateRepayment } from './allocate-repayment';
import { calculateSchedule } from './calculate-schedule';
import { addDays } from './calendar-date';
import { money, type Money } from './money';
import { rescheduleLoan, type CurrentInstalment } from './reschedule-loan';
import { calendarDates, domainErrorOf } from './test-helpers';

const azn = (amount: bigint) => money(amount, 'AZN');

function withPayments(principal: Money, termMonths: number, disbursedOn: string, paid: bigint) {
  const schedule = calculateSchedule({ principal, termMonths, graceMonths: 0, disbursedOn });
  const open = schedule.map((i) => ({ ...i, principalPaid: azn(0n) }));
  const given = new Map(
    paid > 0n ? allocateRepayment(open, azn(paid)).map((a) => [a.number, a.amount.amount]) : [],
  );
  return open.map((i) => ({ ...i, principalPaid: azn(given.get(i.number) ?? 0n) }));
}

describe('rescheduleLoan', () => {
  // 1,200.00 over 12 months from 2026-01-15 (12 x 100.00); 250.00 paid: 1 and 2 paid, 3 half paid.
  const current = withPayments(azn(120000n), 12, '2026-01-15', 25000n);

  it('keeps paid instalments, closes the partial one at what was paid, reschedules the rest', () => {
    const result = rescheduleLoan({
      instalments: current,
      rescheduledOn: '2026-05-20',
      termMonths: 6,
      graceMonths: 2,
    });
    expect(
      result.kept.map((i) => [i.number, i.dueDate, i.principalDue.amount, i.principalPaid.amount]),
    ).toEqual([
      [1, '2026-02-15', 10000n, 10000n],
      [2, '2026-03-15', 10000n, 10000n],
      [3, '2026-04-15', 5000n, 5000n],
    ]);
    expect(result.unpaidPrincipal).toEqual(azn(95000n));
    // 950.00 over 4 instalments: 3 x 237.00 + 239.00, due 3..6 months after 20 May.
    expect(
      result.added.map((i) => [i.number, i.dueDate, i.principalDue.amount, i.principalPaid.amount]),
    ).toEqual([
      [4, '2026-08-20', 23700n, 0n],
      [5, '2026-09-20', 23700n, 0n],
      [6, '2026-10-20', 23700n, 0n],
      [7, '2026-11-20', 23900n, 0n],
    ]);
    expect(result.instalments).toEqual([...result.kept, ...result.added]);
  });

  it('reschedules a loan with nothing paid from number 1', () => {
    const fresh = withPayments(azn(60000n), 6, '2026-01-01', 0n);
    const result = rescheduleLoan({
      instalments: fresh,
      rescheduledOn: '2026-03-01',
      termMonths: 3,
      graceMonths: 0,
    });
    expect(result.kept).toEqual([]);
    expect(result.added.map((i) => i.number)).toEqual([1, 2, 3]);
  });

  it('refuses when nothing is left, or the new terms are bad, naming the field', () => {
    const paid = withPayments(azn(60000n), 6, '2026-01-01', 60000n);
    expect(
      domainErrorOf(() =>
        rescheduleLoan({
          instalments: paid,
          rescheduledOn: '2026-03-01',
          termMonths: 3,
          graceMonths: 0,
        }),
      ).code,
    ).toBe('INVALID_STATE');
    expect(
      domainErrorOf(() =>
        rescheduleLoan({
          instalments: current,
          rescheduledOn: '2026-02-30',
          termMonths: 3,
          graceMonths: 0,
        }),
      ).field,
    ).toEqual(['rescheduledOn']);
    expect(
      domainErrorOf(() =>
        rescheduleLoan({
          instalments: current,
          rescheduledOn: '2026-05-01',
          termMonths: 3,
          graceMonths: 3,
        }),
      ).field,
    ).toEqual(['graceMonths']);
    expect(
      domainErrorOf(() =>
        rescheduleLoan({
          instalments: [],
          rescheduledOn: '2026-05-01',
          termMonths: 3,
          graceMonths: 0,
        }),
      ).field,
    ).toEqual(['instalments']);
  });

  it('refuses inconsistent instalments, naming the one at fault', () => {
    const [first, second] = current as [CurrentInstalment, CurrentInstalment];
    const overpaid = [first, { ...second, principalPaid: azn(second.principalDue.amount + 1n) }];
    expect(
      domainErrorOf(() =>
        rescheduleLoan({
          instalments: overpaid,
          rescheduledOn: '2026-05-01',
          termMonths: 3,
          graceMonths: 0,
        }),
      ).field,
    ).toEqual(['instalments', '1', 'principalPaid']);
    const dollars = [first, { ...second, principalDue: money(1n, 'USD') }];
    expect(
      domainErrorOf(() =>
        rescheduleLoan({
          instalments: dollars,
          rescheduledOn: '2026-05-01',
          termMonths: 3,
          graceMonths: 0,
        }),
      ),
    ).toMatchObject({ code: 'CURRENCY_MISMATCH', field: ['instalments', '1'] });
  });

  it('kept paid + new due == original principal, numbers follow on', () => {
    fc.assert(
      fc.property(
        calendarDates,
        fc.bigInt({ min: 1000n, max: 10n ** 10n }),
        fc.integer({ min: 1, max: 36 }),
        fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        fc.integer({ min: 1, max: 48 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 800 }),
        (disbursedOn, principal, termMonths, paidShare, newTerm, grace, daysLater) => {
          fc.pre(grace < newTerm);
          const paid = BigInt(Math.floor(Number(principal) * paidShare));
          const instalments: CurrentInstalment[] = withPayments(
            azn(principal),
            termMonths,
            disbursedOn,
            paid,
          );
          const result = rescheduleLoan({
            instalments,
            rescheduledOn: addDays(disbursedOn, daysLater),
            termMonths: newTerm,
            graceMonths: grace,
          });
          const keptPaid = result.kept.reduce((t, i) => t + i.principalPaid.amount, 0n);
          const newDue = result.added.reduce((t, i) => t + i.principalDue.amount, 0n);
          expect(keptPaid).toBe(paid);
          expect(keptPaid + newDue).toBe(principal);
          expect(result.kept.every((i) => i.principalDue.amount === i.principalPaid.amount)).toBe(
            true,
          );
          expect(result.added).toHaveLength(newTerm - grace);
          const numbers = result.instalments.map((i) => i.number);
          expect(new Set(numbers).size).toBe(numbers.length);
          expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
        },
      ),
    );
  });
});
