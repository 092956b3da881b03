import { normalizePhone, normalizeUsername } from './usernames';

describe('usernames', () => {
  it('normalises Azerbaijani phone numbers to +994...', () => {
    expect(normalizePhone('+994 50 000 00 01')).toBe('+994500000001');
    expect(normalizePhone('0500000001')).toBe('+994500000001');
    expect(normalizePhone('994500000001')).toBe('+994500000001');
    expect(normalizePhone('12')).toBeNull();
  });

  it('folds staff names to lower case', () => {
    expect(normalizeUsername('  Manager.IOM ')).toBe('manager.iom');
    expect(normalizeUsername('+994 50 000-00-01')).toBe('+994500000001');
  });
});
