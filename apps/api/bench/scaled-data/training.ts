import { addDays, fromDayNumber, toDayNumber } from '@revolve/domain';
import { benchId, prngFor } from './prng';
import { TABLE_BENEFICIARY } from './survivors';
import { at, type GenerateOptions, type ScaleCounts, type Sink } from './types';
import { PROGRAMME_START } from './loan-plan';

export interface TrainingTotals {
  sessions: number;
  enrollments: number;
  completions: number;
}

/** Survivors living in district d when survivor j lives in district j mod D. */
const survivorsIn = (d: number, counts: ScaleCounts, districts: number) =>
  Math.floor((counts.survivors - 1 - d) / districts) + 1;

/**
 * Course sessions in every district from the programme's start to two months past the as-of
 * day, each filled by survivors of its district: finished ones mostly completed, coming ones
 * enrolled with a short waitlist.
 */
export async function generateTraining(
  opts: GenerateOptions,
  counts: ScaleCounts,
  sink: Sink,
): Promise<TrainingTotals> {
  const { seed, refs } = opts;
  const D = refs.districts.length;
  let smallest = Infinity;
  for (let d = 0; d < D; d++) smallest = Math.min(smallest, survivorsIn(d, counts, D));
  const perSession = Math.min(20, smallest);
  const sessions = Math.ceil(counts.enrollments / perSession);
  const first = toDayNumber(PROGRAMME_START);
  const span = toDayNumber(opts.asOf) + 60 - first;
  const totals: TrainingTotals = { sessions, enrollments: 0, completions: 0 };
  for (let s = 0; s < sessions; s++) {
    const p = prngFor(seed, 9, s);
    const d = s % D;
    const course = refs.courses[Math.floor(s / D) % refs.courses.length]!;
    const startsOn = fromDayNumber(first + Math.floor((s * span) / sessions));
    const meetings = Array.from({ length: 8 }, (_, k) => addDays(startsOn, 7 * k));
    const endsOn = meetings[meetings.length - 1]!;
    const finished = endsOn < opts.asOf;
    const capacity = finished ? perSession : Math.max(1, perSession - 2);
    const size = Math.min(perSession, counts.enrollments - totals.enrollments);
    const sessionId = benchId(seed, 9, s);
    const created = addDays(startsOn, -30);
    await sink.row('course_sessions', {
      id: sessionId,
      courseId: course.id,
      districtId: refs.districts[d]!.id,
      venue: 'District community centre',
      trainer: 'Programme trainer',
      meetingDates: JSON.stringify(meetings),
      startsOn,
      endsOn,
      capacity,
      lastQueueNumber: size,
      createdById: refs.managerIds[d]!,
      createdAt: at(created, 8),
      updatedAt: at(created, 8),
    });
    const living = survivorsIn(d, counts, D);
    const offset = p.int(0, living - 1);
    for (let k = 0; k < size; k++) {
      const survivor = d + D * ((offset + k) % living);
      const r = p.next();
      const status = finished
        ? r < 0.7
          ? 'COMPLETED'
          : r < 0.9
            ? 'ENROLLED'
            : 'CANCELLED'
        : k >= capacity
          ? 'WAITLISTED'
          : r < 0.1
            ? 'CANCELLED'
            : 'ENROLLED';
      const n = totals.enrollments++;
      if (status === 'COMPLETED') totals.completions++;
      await sink.row('enrollments', {
        id: benchId(seed, 10, n),
        sessionId,
        beneficiaryId: benchId(seed, TABLE_BENEFICIARY, survivor),
        status,
        queueNumber: k + 1,
        certificateNumber: status === 'COMPLETED' ? `CB-${String(n + 1).padStart(7, '0')}` : null,
        completedAt: status === 'COMPLETED' ? at(endsOn, 16) : null,
        enrolledById: refs.managerIds[d]!,
        createdAt: at(created, 9),
        updatedAt: at(status === 'COMPLETED' ? endsOn : created, 16),
      });
    }
  }
  return totals;
}
