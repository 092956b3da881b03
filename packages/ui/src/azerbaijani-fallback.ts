// Some browsers ship trimmed ICU data without Azerbaijani (Debian's Chromium, some Android
// WebViews): they claim to support "az" but write "2026 M09 1" and "AZN 1,234.50". Survivors
// read Azerbaijani first, so Revolve writes az dates and money itself when the data is missing,
// matching what full ICU (CLDR) writes.

const MONTHS = [
  'yanvar',
  'fevral',
  'mart',
  'aprel',
  'may',
  'iyun',
  'iyul',
  'avqust',
  'sentyabr',
  'oktyabr',
  'noyabr',
  'dekabr',
];
const SHORT_MONTHS = [
  'yan',
  'fev',
  'mar',
  'apr',
  'may',
  'iyn',
  'iyl',
  'avq',
  'sen',
  'okt',
  'noy',
  'dek',
];
const WEEKDAYS = [
  'bazar',
  'bazar ertəsi',
  'çərşənbə axşamı',
  'çərşənbə',
  'cümə axşamı',
  'cümə',
  'şənbə',
];
const SYMBOLS = { AZN: '₼', USD: 'US$' } as const;

let missing: boolean | undefined;

/** True when this runtime cannot write Azerbaijani dates itself (checked once). */
export function azerbaijaniDataMissing(): boolean {
  if (missing === undefined) {
    const month = new Intl.DateTimeFormat('az', { month: 'long', timeZone: 'UTC' }).format(
      Date.UTC(2026, 8, 15),
    );
    missing = !month.includes('sentyabr');
  }
  return missing;
}

export function isAzerbaijani(locale: string): boolean {
  return locale === 'az' || locale.startsWith('az-');
}

/** "1234.5" -> "1.234,50 ₼": dots group thousands, a comma before the two decimals. */
export function formatAzerbaijaniMoney(amount: string, currency: keyof typeof SYMBOLS): string {
  const negative = amount.startsWith('-');
  const [whole = '0', fraction = ''] = amount.replace('-', '').split('.');
  // Round half away from zero to two decimals without floats, as Intl does for exact decimals.
  let cents = BigInt(whole + (fraction + '00').slice(0, 2));
  if ((fraction[2] ?? '0') >= '5') cents += 1n;
  const digits = (cents / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const rest = (cents % 100n).toString().padStart(2, '0');
  const sign = negative && cents !== 0n ? '-' : '';
  return `${sign}${digits},${rest}\u00a0${SYMBOLS[currency]}`;
}

export type FallbackDateStyle = 'full' | 'long' | 'medium' | 'short';

/** A calendar date as CLDR's az writes it: "1 sentyabr 2026", "1 sen 2026", "01.09.26". */
export function formatAzerbaijaniDate(
  year: number,
  month: number,
  day: number,
  style: FallbackDateStyle,
): string {
  if (style === 'short') {
    const two = (n: number) => String(n % 100).padStart(2, '0');
    return `${two(day)}.${two(month)}.${two(year)}`;
  }
  if (style === 'medium') return `${day} ${SHORT_MONTHS[month - 1]} ${year}`;
  const long = `${day} ${MONTHS[month - 1]} ${year}`;
  if (style === 'long') return long;
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day, 12)).getUTCDay()];
  return `${long}, ${weekday}`;
}
