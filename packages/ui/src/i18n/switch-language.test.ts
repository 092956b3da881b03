import { createI18n } from './create-i18n';
import { switchLanguage } from './switch-language';

function setup(failing: string[]) {
  return createI18n({
    defaultLanguage: 'az',
    supported: ['az', 'ru', 'en'],
    load: (lng) =>
      failing.includes(lng)
        ? Promise.reject(new Error('network down'))
        : Promise.resolve({ hello: lng === 'az' ? 'Salam' : lng === 'ru' ? 'Привет' : 'Hello' }),
    storage: null,
    root: null,
  });
}

describe('switchLanguage', () => {
  it('switches when the language loads', async () => {
    const i18n = await setup([]);
    await expect(switchLanguage(i18n, 'ru')).resolves.toBe(true);
    expect(i18n.t('hello')).toBe('Привет');
  });

  it('stays in the current language when loading fails', async () => {
    const i18n = await setup(['en']);
    await expect(switchLanguage(i18n, 'en')).resolves.toBe(false);
    expect(i18n.language).toBe('az');
    expect(i18n.t('hello')).toBe('Salam');
  });
});
