export type RecentPeriod = 'today' | 'week';

/**
 * The instant "today" or "this week" (from Monday) began on the staff member's clock, as the
 * API's DateTime. Case managers work in Baku, so the device's zone is theirs.
 */
export function recentSince(period: RecentPeriod, now: Date = new Date()): string {
  const start = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  if (period === 'week') start.setDate(start.getDate() - ((start.getDay() + 6) % 7));
  return start.toISOString();
}
