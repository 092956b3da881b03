import {
  azerbaijaniDataMissing,
  formatAzerbaijaniDate,
  isAzerbaijani,
} from './azerbaijani-fallback';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export type DateStyle = 'full' | 'long' | 'medium' | 'short';

/**
 * Formats a calendar date ("2026-03-31") in Baku time. The Date is built at 12:00 UTC so
 * that no time zone between UTC-11 and UTC+11 (Baku is +4) moves it to another day.
 */
export function formatDate(value: string, locale: string, dateStyle: DateStyle = 'long'): string {
  const match = ISO_DATE.exec(value);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [];
  if (year === undefined || month === undefined || day === undefined) {
    throw new RangeError(`date must look like "YYYY-MM-DD", got "${value}"`);
  }
  const date = new Date(Date.UTC(year, month - 1, day, 12));
  // Date.UTC rolls 2026-02-30 over to March: refuse dates that do not exist.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new RangeError(`date "${value}" does not exist`);
  }
  if (isAzerbaijani(locale) && azerbaijaniDataMissing()) {
    return formatAzerbaijaniDate(year, month, day, dateStyle);
  }
  return new Intl.DateTimeFormat(locale, { dateStyle, timeZone: 'Asia/Baku' }).format(date);
}
