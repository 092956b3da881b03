/** The calendar day in Baku of an instant ("en-CA" writes YYYY-MM-DD). */
export const bakuDate = (iso: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Baku' }).format(new Date(iso));
