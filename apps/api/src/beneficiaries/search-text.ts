/**
 * Folds text for search the Azerbaijani way: İ→i and I→ı before lower-casing. Dotless ı is then
 * also matched by i, since many people type Azerbaijani names on keyboards without ı.
 */
export function foldForSearch(text: string): string {
  return text
    .replace(/İ/g, 'i')
    .replace(/I/g, 'ı')
    .toLocaleLowerCase('az')
    .replace(/ı/g, 'i')
    .normalize('NFC');
}

export function beneficiarySearchText(b: {
  fullName: string;
  phone: string | null;
  code: string;
}): string {
  const phoneDigits = b.phone ? b.phone.replace(/\D/g, '') : '';
  return foldForSearch([b.fullName, b.phone ?? '', phoneDigits, b.code].join(' '));
}

/** A LIKE pattern matching the folded query anywhere; escapes LIKE's wildcards. */
export function likePattern(search: string): string {
  return `%${foldForSearch(search.trim()).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
