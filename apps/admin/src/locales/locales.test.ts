import { checkLocales, type Messages } from '@revolve/ui';
import az from './az.json';
import en from './en.json';
import ru from './ru.json';

// The first locale is the reference for ICU arguments: the admin's default language.
const locales: Record<string, Messages> = { en, az, ru };

describe('admin locales', () => {
  it('have the same keys in az, ru and en', () => {
    expect(checkLocales(locales).missing).toEqual({});
  });

  it('are valid ICU, not empty, and use the same arguments in every language', () => {
    expect(checkLocales(locales).messages).toEqual([]);
  });
});
