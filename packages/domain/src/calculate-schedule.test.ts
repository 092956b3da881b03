import fc from 'fast-check';
import { addMonths } from './add-months';
import { calculateSchedule, type ScheduleParams } from './calculate-schedule';
import { compareDates } from './calendar-date';
import { money, sumMoney } from './money';
import { parseDecimal } from './parse-money';
import { calendarDates, domainErrorOf } from './test-helpers';

const azn = (text: string) => parseDecimal(text, 'AZN');

describe('calculateSchedule: hand-worked cases', () => {
  it('1,000.00 AZN over 10 months from 31 Jan: 10 x 100.00, due dates clamped to month end', () => {
    const schedule = calculateSchedule({
      principal: azn('1000.00'),
      termMonths: 10,
      graceMonths: 0,
      disbursedOn: '2026-01-31',
    });
    expect(schedule.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(schedule.every((i) => i.principalDue.amount === 10000n)).toBe(true);
    expect(schedule.map((i) => i.dueDate)).toEqual([
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
      '2026-05-31',
      '2026-06-30',
      '2026-07-31',
      '2026-08-31',
      '2026-09-30',
      '2026-10-31',
      '2026-11-30',
    ]);
  });

  it('1,000.00 over 12 months: 11 x 83.00 and a last of 87.00', () => {
    const schedule = calculateSchedule({
      principal: azn('1000.00'),
      termMonths: 12,
      graceMonths: 0,
      disbursedOn: '2026-01-10',
    });
    expect(schedule).toHaveLength(12);
    expect(schedule.slice(0, 11).map((i) => i.principalDue)).toEqual(Array(11).fill(azn('83.00')));
    expect(schedule[11]?.principalDue).toEqual(azn('87.00'));
    expect(schedule[11]?.dueDate).toBe('2027-01-10');
  });

  it('2,500.00 over 18 months with 3 months grace from 15 Mar 2026: 15 instalments', () => {
    const schedule = calculateSchedule({
      principal: azn('2500.00'),
      termMonths: 18,
      graceMonths: 3,
      disbursedOn: '2026-03-15',
    });
    expect(schedule).toHaveLength(15);
    expect(schedule.slice(0, 14).every((i) => i.principalDue.amount === 16600n)).toBe(true);
    expect(schedule[14]?.principalDue).toEqual(azn('176.00'));
    expect(schedule[0]?.dueDate).toBe('2026-07-15');
    expect(schedule[14]?.dueDate).toBe('2027-09-15');
  });

  it('counts every due date from disbursement, not from the previous due date', () => {
    // Chaining would give 31 Jan -> 28 Feb -> 28 Mar; counting from disbursement gives 31 Mar.
    const [, second] = calculateSchedule({
      principal: azn('200.00'),
      termMonths: 2,
      graceMonths: 0,
      disbursedOn: '2026-01-31',
    });
    expect(second?.dueDate).toBe('2026-03-31');
  });

  it('honours another rounding unit', () => {
    const schedule = calculateSchedule({
      principal: money(1000n, 'USD'),
      termMonths: 3,
      graceMonths: 0,
      disbursedOn: '2026-06-01',
      roundingUnit: 1n,
    });
    expect(schedule.map((i) => i.principalDue.amount)).toEqual([333n, 333n, 334n]);
  });
});

describe('calculateSchedule: bad parameters', () => {
  const good: ScheduleParams = {
    principal: azn('1000.00'),
    termMonths: 12,
    graceMonths: 2,
    disbursedOn: '2026-01-31',
  };

  it.each<[string, Partial<ScheduleParams>]>([
    ['principal', { principal: azn('0') }],
    ['principal', { principal: money(-100n, 'AZN') }],
    ['principal', { principal: { amount: 1000, currency: 'AZN' } as never }],
    ['termMonths', { termMonths: 0 }],
    ['termMonths', { termMonths: 12.5 }],
    ['termMonths', { termMonths: Number.NaN }],
    ['termMonths', { termMonths: 601 }],
    ['graceMonths', { graceMonths: -1 }],
    ['graceMonths', { graceMonths: 1.5 }],
    ['graceMonths', { graceMonths: 12 }],
    ['graceMonths', { graceMonths: 13 }],
    ['disbursedOn', { disbursedOn: '2026-02-30' }],
    ['disbursedOn', { disbursedOn: '31/01/2026' }],
    ['roundingUnit', { roundingUnit: 0n }],
    ['roundingUnit', { roundingUnit: -100n }],
    ['roundingUnit', { roundingUnit: 100 as never }],
    ['termMonths', { disbursedOn: '9999-01-01' }],
  ])('refuses a bad %s', (field, change) => {
    const error = domainErrorOf(() => calculateSchedule({ ...good, ...change }));
    expect(error.code).toBe('INVALID_SCHEDULE');
    expect(error.field).toEqual([field]);
  });
});

describe('calculateSchedule: invariants', () => {
  const params = fc.record({
    principal: fc.bigInt({ min: 1n, max: 10n ** 12n }).map((a) => money(a, 'AZN')),
    termMonths: fc.integer({ min: 1, max: 120 }),
    graceFraction: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
    disbursedOn: calendarDates,
    roundingUnit: fc.constantFrom(1n, 10n, 100n, 500n, 10_000n),
  });

  it('sums to the principal, all but the last equal, due dates strictly increasing', () => {
    fc.assert(
      fc.property(params, ({ graceFraction, ...p }) => {
        const graceMonths = Math.floor(graceFraction * p.termMonths);
        const schedule = calculateSchedule({ ...p, graceMonths });
        expect(schedule).toHaveLength(p.termMonths - graceMonths);
        expect(
          sumMoney(
            schedule.map((i) => i.principalDue),
            'AZN',
          ),
        ).toEqual(p.principal);
        const first = schedule[0]?.principalDue.amount ?? -1n;
        // Only the last instalment may hold a part of the rounding unit.
        if (schedule.length > 1) expect(first % p.roundingUnit).toBe(0n);
        schedule.forEach((inst, index) => {
          expect(inst.number).toBe(index + 1);
          expect(inst.dueDate).toBe(addMonths(p.disbursedOn, graceMonths + index + 1));
          if (index < schedule.length - 1) expect(inst.principalDue.amount).toBe(first);
          const previous = schedule[index - 1];
          if (previous) expect(compareDates(previous.dueDate, inst.dueDate)).toBe(-1);
        });
        const last = schedule[schedule.length - 1]?.principalDue.amount ?? -1n;
        // The remainder is less than one rounded share per instalment, never negative.
        expect(last).toBeGreaterThanOrEqual(first);
        expect(last - first).toBeLessThan(p.roundingUnit * BigInt(schedule.length));
      }),
    );
  });
});
