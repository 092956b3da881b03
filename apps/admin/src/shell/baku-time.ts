/**
 * Instants (ISO timestamps) are shown in the programme's time zone, so a Baku morning is not
 * yesterday in UTC: one formatter for the audit log, a loan's history and the ledger check.
 */
export function bakuTimeFormat(
  locale: string,
  timeStyle: 'medium' | 'short' = 'medium',
): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle, timeZone: 'Asia/Baku' });
}
