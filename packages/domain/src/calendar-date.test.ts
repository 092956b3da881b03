import fc from 'fast-check';
import {
  addDays,
  compareDates,
  daysBetween,
  daysInMonth,
  isCalendarDate,
  parseCalendarDate,
  toDayNumber,
  todayIn,
} from './calendar-date';
import { calendarDates, domainErrorOf } from './test-helpers';

describe('calendar dates', () => {
  it.each(['2026-02-28', '2024-02-29', '2000-02-29', '2026-12-31', '0001-01-01'])(
    'accepts %s',
    (text) => {
      expect(parseCalendarDate(text)).toBe(text);
      expect(isCalendarDate(text)).toBe(true);
    },
  );

  it.each([
    '2026-02-30',
    '2026-02-29',
    '1900-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-1-5',
    '2026-01-05T00:00:00Z',
    ' 2026-01-05',
    '',
    '0000-01-01',
  ])('refuses %p naming the field', (text) => {
    const error = domainErrorOf(() => parseCalendarDate(text, ['input', 'paidOn']));
    expect(error.code).toBe('INVALID_DATE');
    expect(error.field).toEqual(['input', 'paidOn']);
    expect(isCalendarDate(text)).toBe(false);
  });

  it('knows month lengths', () => {
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });

  it('counts days across months, leap days and years', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(daysBetween('2026-01-31', '2026-03-01')).toBe(29);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-03-01', '2026-01-31')).toBe(-29);
    expect(daysBetween('2025-12-31', '2026-12-31')).toBe(365);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('agrees with UTC Date arithmetic on day numbers', () => {
    fc.assert(
      fc.property(calendarDates, (date) => {
        expect(toDayNumber(date)).toBe(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
      }),
    );
  });

  it('addDays and daysBetween are inverse', () => {
    fc.assert(
      fc.property(calendarDates, fc.integer({ min: -20_000, max: 20_000 }), (date, n) => {
        const later = addDays(date, n);
        expect(isCalendarDate(later)).toBe(true);
        expect(daysBetween(date, later)).toBe(n);
        expect(compareDates(date, later)).toBe(n > 0 ? -1 : n < 0 ? 1 : 0);
      }),
    );
  });

  it('refuses a fractional number of days', () => {
    expect(domainErrorOf(() => addDays('2026-01-01', 1.5)).field).toEqual(['days']);
  });

  it('compareDates validates its arguments', () => {
    expect(compareDates('2026-01-01', '2026-01-01')).toBe(0);
    expect(domainErrorOf(() => compareDates('2026-02-30', '2026-01-01')).field).toEqual(['a']);
  });

  describe('todayIn', () => {
    it('uses Baku time by default (UTC+4)', () => {
      expect(todayIn(undefined, new Date('2026-03-31T19:59:59Z'))).toBe('2026-03-31');
      expect(todayIn(undefined, new Date('2026-03-31T20:00:00Z'))).toBe('2026-04-01');
    });

    it('honours another zone', () => {
      expect(todayIn('UTC', new Date('2026-03-31T23:30:00Z'))).toBe('2026-03-31');
      expect(todayIn('America/New_York', new Date('2026-01-01T03:00:00Z'))).toBe('2025-12-31');
    });

    it('refuses an unknown zone or an invalid instant', () => {
      expect(domainErrorOf(() => todayIn('Mars/Olympus')).field).toEqual(['timeZone']);
      expect(domainErrorOf(() => todayIn('UTC', new Date('nope'))).field).toEqual(['now']);
    });
  });
});
