import { ratio, ratioToNumber } from '@revolve/domain';
import { CourseTopic } from '../loans/loan-product.types';
import { type CourseTopicAggregate } from './aggregate-courses';
import { type CourseTopicIndicators } from './indicator.types';
import { suppressSmallCells } from './suppress-small-cells';

/** One cell per topic (empty ones too, so charts keep their axis), suppressed like any breakdown. */
export function courseTopicCells(
  rows: readonly CourseTopicAggregate[],
  suppress: boolean,
): CourseTopicIndicators[] {
  const topics = Object.values(CourseTopic);
  const cells = topics.map(
    (topic) =>
      rows.find((r) => r.topic === topic) ?? {
        topic,
        seats: 0,
        completions: 0,
        endedSeats: 0,
        endedCompletions: 0,
        people: 0,
      },
  );
  const hidden = suppress
    ? suppressSmallCells(cells.map((c) => ({ people: [c.people] })))
    : cells.map(() => false);
  return cells.map((c, i) => {
    const hide = hidden[i] === true;
    return {
      topic: c.topic as CourseTopic,
      participants: hide ? null : c.people,
      courseEnrollments: hide ? null : c.seats,
      courseCompletions: hide ? null : c.completions,
      completionRate: hide
        ? null
        : ratioToNumber(ratio(BigInt(c.endedCompletions), BigInt(c.endedSeats))),
      suppressed: hide,
    };
  });
}
