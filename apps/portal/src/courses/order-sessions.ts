import { type CourseSessionData } from './courses-query';

export interface OrderedSessions {
  /** Sessions in the survivor's own district, soonest first. */
  near: CourseSessionData[];
  /** Everywhere else, soonest first, then by district name. */
  elsewhere: CourseSessionData[];
}

const byDate = (a: CourseSessionData, b: CourseSessionData) =>
  a.startsOn.localeCompare(b.startsOn) ||
  a.district.name.localeCompare(b.district.name) ||
  a.course.title.localeCompare(b.course.title) ||
  a.id.localeCompare(b.id);

/**
 * Near first: travelling to another district is hard for many survivors, so their own
 * district's sessions lead. Without a known district everything counts as elsewhere.
 */
export function orderSessions(
  sessions: readonly CourseSessionData[],
  myDistrictId: string | null,
): OrderedSessions {
  const near: CourseSessionData[] = [];
  const elsewhere: CourseSessionData[] = [];
  for (const session of sessions) {
    (myDistrictId !== null && session.district.id === myDistrictId ? near : elsewhere).push(
      session,
    );
  }
  return { near: near.sort(byDate), elsewhere: elsewhere.sort(byDate) };
}
