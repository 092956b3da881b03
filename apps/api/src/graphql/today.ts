/** Today's calendar date in the programme's time zone, "YYYY-MM-DD". */
export function todayInBaku(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Baku',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
