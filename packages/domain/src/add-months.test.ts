import fc from 'fast-check';
import { addMonths } from './add-months';
import { daysInMonth, toDateParts } from './calendar-date';
import { calendarDates, domainErrorOf } from './test-helpers';

describe('addMonths', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-01-31', 2, '2026-03-31'],
    ['2026-01-31', 3, '2026-04-30'],
    ['2026-03-15', 4, '2026-07-15'],
    ['2026-03-15', 18, '2027-09-15'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-05-10', 0, '2026-05-10'],
    ['2026-01-15', -13, '2024-12-15'],
  ])('%s + %p months = %s', (date, n, expected) => {
    expect(addMonths(date, n)).toBe(expected);
  });

  it('refuses bad input', () => {
    expect(domainErrorOf(() => addMonths('2026-02-30', 1)).field).toEqual(['date']);
    expect(domainErrorOf(() => addMonths('2026-01-01', 0.5)).field).toEqual(['months']);
  });

  it('lands in the right month, on the same day or clamped to its end', () => {
    fc.assert(
      fc.property(calendarDates, fc.integer({ min: -600, max: 600 }), (date, n) => {
        const from = toDateParts(date);
        const to = toDateParts(addMonths(date, n));
        expect(to.year * 12 + to.month - (from.year * 12 + from.month)).toBe(n);
        expect(to.day).toBe(Math.min(from.day, daysInMonth(to.year, to.month)));
      }),
    );
  });
});
