// Intl needs a full locale: az-Latn-AZ writes 1.234,50 ₼, as people in Azerbaijan read it.
const INTL: Record<string, string> = { az: 'az-Latn-AZ', ru: 'ru-RU', en: 'en-GB' };

export function intlLocale(language: string): string {
  return INTL[language] ?? 'az-Latn-AZ';
}

/** An instant ("2026-03-31T08:15:00Z") as date and time in Baku. */
export function formatInstant(iso: string, language: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Baku',
  }).format(new Date(iso));
}
