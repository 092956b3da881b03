export interface QueuedEnrollment {
  id: string;
  status: 'ENROLLED' | 'WAITLISTED' | 'CANCELLED' | 'COMPLETED';
  /** Order of arrival in the session's queue: lower came first. */
  queueNumber: number;
}

/** Enrolled and completed survivors hold a seat; waitlisted and cancelled ones do not. */
export const holdsSeat = (status: QueuedEnrollment['status']): boolean =>
  status === 'ENROLLED' || status === 'COMPLETED';

export function seatsLeft(capacity: number, enrollments: readonly QueuedEnrollment[]): number {
  return Math.max(0, capacity - enrollments.filter((e) => holdsSeat(e.status)).length);
}

/** A newcomer gets a seat while one is free, otherwise a place at the end of the waitlist. */
export function admissionStatus(capacity: number, seatsTaken: number): 'ENROLLED' | 'WAITLISTED' {
  return seatsTaken < capacity ? 'ENROLLED' : 'WAITLISTED';
}

/** The waitlist in order of arrival. */
export function waitlistOrder<T extends QueuedEnrollment>(enrollments: readonly T[]): T[] {
  return enrollments
    .filter((e) => e.status === 'WAITLISTED')
    .sort((a, b) => a.queueNumber - b.queueNumber);
}

/** 1 for the first in line; null when the enrollment is not waitlisted. */
export function waitlistPosition(
  enrollments: readonly QueuedEnrollment[],
  id: string,
): number | null {
  const i = waitlistOrder(enrollments).findIndex((e) => e.id === id);
  return i < 0 ? null : i + 1;
}

/**
 * Who moves up when seats free: the first in line, as many as there are free seats (more than
 * one when a session's capacity was raised or several cancelled at once).
 */
export function toPromote<T extends QueuedEnrollment>(
  capacity: number,
  enrollments: readonly T[],
): T[] {
  return waitlistOrder(enrollments).slice(0, seatsLeft(capacity, enrollments));
}
