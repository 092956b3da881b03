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
