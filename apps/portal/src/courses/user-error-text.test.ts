import az from './locales/az.json';
import en from './locales/en.json';
import ru from './locales/ru.json';
import { EXPLAINED_CODES, userErrorKey } from './user-error-text';

describe('userErrorKey', () => {
  it('explains known refusals in their own words', () => {
    expect(userErrorKey({ code: 'ENROLLMENT_CLOSED' })).toBe('errors.ENROLLMENT_CLOSED');
    expect(en.errors.ENROLLMENT_CLOSED).toMatch(/already started/);
  });

  it('falls back to a general line for codes it does not know', () => {
    expect(userErrorKey({ code: 'SOMETHING_NEW' })).toBe('errors.OTHER');
  });

  it.each([
    ['az', az],
    ['ru', ru],
    ['en', en],
  ])('has a %s text for every code it explains', (_language, messages) => {
    const errors: Record<string, string> = messages.errors;
    for (const code of [...EXPLAINED_CODES, 'OTHER']) {
      const key = userErrorKey({ code }).replace('errors.', '');
      expect([code, errors[key]]).toEqual([code, expect.any(String)]);
    }
  });
});
