import { checkLocales, type Messages } from '@revolve/ui';
import coursesAz from '../courses/locales/az.json';
import coursesEn from '../courses/locales/en.json';
import coursesRu from '../courses/locales/ru.json';
import firstTimeAz from '../first-time/locales/az.json';
import firstTimeEn from '../first-time/locales/en.json';
import firstTimeRu from '../first-time/locales/ru.json';
import az from './az.json';
import en from './en.json';
import ru from './ru.json';

// The first locale is the reference for ICU arguments: the portal's default language.
const locales: Record<string, Messages> = { az, ru, en };
// Screens with their own message files (kept out of the first route's locale chunk).
const screens: Record<string, Record<string, Messages>> = {
  courses: { az: coursesAz, ru: coursesRu, en: coursesEn },
  firstTime: { az: firstTimeAz, ru: firstTimeRu, en: firstTimeEn },
};

describe('portal locales', () => {
  it('have the same keys in az, ru and en', () => {
    expect(checkLocales(locales).missing).toEqual({});
  });

  it('are valid ICU, not empty, and use the same arguments in every language', () => {
    expect(checkLocales(locales).messages).toEqual([]);
  });

  describe.each(Object.entries(screens))('the %s screen', (screen, files) => {
    it('has the same keys, valid ICU and the same arguments in az, ru and en', () => {
      expect(checkLocales(files).missing).toEqual({});
      expect(checkLocales(files).messages).toEqual([]);
    });

    it('lives under its own key, which the main files leave free', () => {
      for (const messages of Object.values(locales)) expect(messages[screen]).toBeUndefined();
    });
  });
});
