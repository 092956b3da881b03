// Shared by the tests only (excluded from the build).
import fc from 'fast-check';
import { fromDayNumber, toDayNumber } from './calendar-date';
import { DomainError } from './errors';

/** Runs fn and returns the DomainError it throws; fails the test when it throws none. */
export function domainErrorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('Expected a DomainError, but nothing was thrown.');
}

/** Any real date from 1900 to 2199, built through the day number so every one is valid. */
export const calendarDates = fc
  .integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2199-12-31') })
  .map(fromDayNumber);
