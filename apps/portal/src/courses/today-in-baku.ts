/** The calendar date in Baku ("YYYY-MM-DD"), whatever the phone's own time zone. */
export function todayInBaku(now: Date = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Baku',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
