/**
 * Staff sign in with a login name (case-insensitive); survivors with their phone number,
 * written any common way (+994 50 000 00 01, 0500000001, 994500000001).
 */
export function normalizePhone(text: string): string | null {
  const digits = text.replace(/[\s()-]/g, '');
  if (/^\+\d{9,15}$/.test(digits)) return digits;
  if (/^994\d{9}$/.test(digits)) return `+${digits}`;
  if (/^0\d{9}$/.test(digits)) return `+994${digits.slice(1)}`;
  return null;
}

export function normalizeUsername(text: string): string {
  const trimmed = text.trim();
  return normalizePhone(trimmed) ?? trimmed.toLowerCase();
}
