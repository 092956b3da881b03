import fc from 'fast-check';
import { allocateRepayment } from './allocate-repayment';
import { assessArrears, instalmentStatus, type InstalmentState } from './assess-arrears';
import { addDays, daysBetween } from './calendar-date';
import { calculateSchedule } from './calculate-schedule';
import { money } from './money';
import { calendarDates, domainErrorOf } from './test-helpers';

const azn = (amount: bigint) => money(amount, 'AZN');
const inst = (number: number, dueDate: string, due: bigint, paid = 0n): InstalmentState => ({
  number,
  dueDate,
  principalDue: azn(due),
  principalPaid: azn(paid),
});

describe('instalmentStatus', () => {
  const due = '2026-03-31';
  it.each([
    ['PAID', 100n, 100n, '2026-05-01'],
    ['PAID', 100n, 100n, '2026-03-01'],
    ['PENDING', 100n, 0n, '2026-03-31'],
    ['PARTIALLY_PAID', 100n, 40n, '2026-03-31'],
    ['OVERDUE', 100n, 0n, '2026-04-01'],
    ['OVERDUE', 100n, 99n, '2026-04-01'],
  ])('%s when due %p, paid %p on %s', (status, principalDue, paid, asOf) => {
    expect(
      instalmentStatus(
        { dueDate: due, principalDue: azn(principalDue), principalPaid: azn(paid) },
        asOf,
      ),
    ).toBe(status);
  });

  it('refuses a bad date', () => {
    const error = domainErrorOf(() =>
      instalmentStatus(
        { dueDate: due, principalDue: azn(1n), principalPaid: azn(0n) },
        '2026-02-31',
      ),
    );
    expect(error).toMatchObject({ code: 'INVALID_DATE', field: ['asOf'] });
  });
});

describe('assessArrears', () => {
  const loan = [
    inst(1, '2026-02-28', 10000n, 10000n),
    inst(2, '2026-03-31', 10000n, 4000n),
    inst(3, '2026-04-30', 10000n),
    inst(4, '2026-05-31', 10000n),
  ];

  it('counts days past due from the oldest unpaid due date that has passed', () => {
    const result = assessArrears(loan, '2026-05-10');
    expect(result.outstanding).toEqual(azn(26000n));
    expect(result.overdue).toEqual(azn(16000n));
    expect(result.daysPastDue).toBe(40);
    expect(result.oldestUnpaidDueDate).toBe('2026-03-31');
    expect(result.nextInstalment).toBe(2);
    expect(result.statuses).toEqual([
      { number: 1, status: 'PAID' },
      { number: 2, status: 'OVERDUE' },
      { number: 3, status: 'OVERDUE' },
      { number: 4, status: 'PENDING' },
    ]);
  });

  it('is not in arrears on the due date itself', () => {
    const result = assessArrears(loan, '2026-03-31');
    expect(result.daysPastDue).toBe(0);
    expect(result.overdue).toEqual(azn(0n));
    expect(result.statuses[1]).toEqual({ number: 2, status: 'PARTIALLY_PAID' });
    expect(assessArrears(loan, '2026-04-01').daysPastDue).toBe(1);
  });

  it('reports a fully paid loan as clear', () => {
    const paid = loan.map((i) => ({ ...i, principalPaid: i.principalDue }));
    expect(assessArrears(paid, '2030-01-01')).toMatchObject({
      outstanding: azn(0n),
      overdue: azn(0n),
      daysPastDue: 0,
      oldestUnpaidDueDate: null,
      nextInstalment: null,
    });
  });

  it('needs a currency when there are no instalments', () => {
    expect(assessArrears([], '2026-01-01', 'USD').outstanding).toEqual(money(0n, 'USD'));
    expect(domainErrorOf(() => assessArrears([], '2026-01-01')).field).toEqual(['currency']);
    expect(domainErrorOf(() => assessArrears(loan, '2026-01-01', 'USD')).code).toBe(
      'CURRENCY_MISMATCH',
    );
  });

  it('after any repayments: outstanding = principal - paid, overdue <= outstanding, days agree', () => {
    fc.assert(
      fc.property(
        calendarDates,
        fc.integer({ min: 1, max: 36 }),
        fc.bigInt({ min: 100n, max: 10n ** 9n }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: -60, max: 1500 }),
        (disbursedOn, termMonths, principal, paidShare, offset) => {
          const schedule = calculateSchedule({
            principal: azn(principal),
            termMonths,
            graceMonths: 0,
            disbursedOn,
          });
          const paid = BigInt(Math.floor(Number(principal) * paidShare));
          const given = new Map(
            paid > 0n
              ? allocateRepayment(
                  schedule.map((i) => ({ ...i, principalPaid: azn(0n) })),
                  azn(paid),
                ).map((a) => [a.number, a.amount.amount])
              : [],
          );
          const state = schedule.map((i) => ({
            ...i,
            principalPaid: azn(given.get(i.number) ?? 0n),
          }));
          const asOf = addDays(disbursedOn, offset);
          const result = assessArrears(state, asOf);
          expect(result.outstanding.amount).toBe(principal - paid);
          expect(result.overdue.amount).toBeGreaterThanOrEqual(0n);
          expect(result.overdue.amount).toBeLessThanOrEqual(result.outstanding.amount);
          expect(result.daysPastDue).toBeGreaterThanOrEqual(0);
          if (result.oldestUnpaidDueDate === null) {
            expect(result.outstanding.amount).toBe(0n);
          } else {
            expect(result.daysPastDue).toBe(
              Math.max(0, daysBetween(result.oldestUnpaidDueDate, asOf)),
            );
          }
          expect(result.daysPastDue > 0).toBe(result.overdue.amount > 0n);
        },
      ),
    );
  });
});
