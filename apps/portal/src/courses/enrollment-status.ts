import { type StatusTone } from '@revolve/ui';
import { type EnrollmentData, type EnrollmentStatus } from './courses-query';

export const ENROLLMENT_TONE: Record<EnrollmentStatus, StatusTone> = {
  ENROLLED: 'info',
  WAITLISTED: 'warning',
  COMPLETED: 'success',
  CANCELLED: 'neutral',
};

/** A place the survivor holds or waits for: the ones that can still be cancelled. */
export function isActive(enrollment: Pick<EnrollmentData, 'status'>): boolean {
  return enrollment.status === 'ENROLLED' || enrollment.status === 'WAITLISTED';
}

const ORDER: Record<EnrollmentStatus, number> = {
  ENROLLED: 0,
  WAITLISTED: 1,
  COMPLETED: 2,
  CANCELLED: 3,
};

/** My courses: places held first, then finished courses, cancelled ones last; soonest first. */
export function orderEnrollments(enrollments: readonly EnrollmentData[]): EnrollmentData[] {
  return [...enrollments].sort(
    (a, b) =>
      ORDER[a.status] - ORDER[b.status] ||
      a.session.startsOn.localeCompare(b.session.startsOn) ||
      a.id.localeCompare(b.id),
  );
}
