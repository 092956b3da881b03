import { act, render, screen } from '@testing-library/react';
import { useTranslation } from 'react-i18next';
import { createI18n, type Messages } from './create-i18n';

type Lng = 'az' | 'ru' | 'en';

const MESSAGES: Record<Lng, Messages> = {
  az: { greeting: 'Salam, {name}!', loans: '{count, plural, one {# kredit} other {# kredit}}' },
  ru: {
    greeting: 'Здравствуйте, {name}!',
    loans: '{count, plural, one {# кредит} few {# кредита} many {# кредитов} other {# кредита}}',
  },
  en: { greeting: 'Hello, {name}!', loans: '{count, plural, one {# loan} other {# loans}}' },
};

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    data,
  };
}

function setup(stored: Record<string, string> = {}) {
  const load = jest.fn((lng: Lng) => Promise.resolve({ default: MESSAGES[lng] }));
  const storage = memoryStorage(stored);
  const root = document.createElement('html');
  const ready = createI18n<Lng>({
    defaultLanguage: 'az',
    supported: ['az', 'ru', 'en'],
    load,
    storage,
    storageKey: 'test.lang',
    root,
  });
  return { load, storage, root, ready };
}

describe('createI18n', () => {
  it('starts in the default language, loading only that locale', async () => {
    const { load, root, storage, ready } = setup();
    const i18n = await ready;
    expect(i18n.language).toBe('az');
    expect(load.mock.calls).toEqual([['az']]);
    expect(root.lang).toBe('az');
    expect(i18n.t('greeting', { name: 'Aygün' })).toBe('Salam, Aygün!');
    expect(storage.data.has('test.lang')).toBe(false);
  });

  it('formats ICU plurals with the rules of the language', async () => {
    const { ready } = setup({ 'test.lang': 'ru' });
    const i18n = await ready;
    expect(i18n.t('loans', { count: 1 })).toBe('1 кредит');
    expect(i18n.t('loans', { count: 3 })).toBe('3 кредита');
    expect(i18n.t('loans', { count: 5 })).toBe('5 кредитов');
  });

  it('uses a remembered choice and ignores an unsupported one', async () => {
    const remembered = await setup({ 'test.lang': 'en' }).ready;
    expect(remembered.language).toBe('en');
    const unknown = await setup({ 'test.lang': 'fr' }).ready;
    expect(unknown.language).toBe('az');
  });

  it('loads a new language on demand, sets <html lang> and remembers it', async () => {
    const { load, root, storage, ready } = setup();
    const i18n = await ready;
    await i18n.changeLanguage('en');
    expect(load.mock.calls).toEqual([['az'], ['en']]);
    expect(root.lang).toBe('en');
    expect(storage.data.get('test.lang')).toBe('en');
    expect(i18n.t('loans', { count: 2 })).toBe('2 loans');
  });

  it('re-renders React components bound with useTranslation', async () => {
    const { ready } = setup();
    const i18n = await ready;
    function Greeting() {
      const { t } = useTranslation();
      return <p>{t('greeting', { name: 'Elvin' })}</p>;
    }
    render(<Greeting />);
    expect(screen.getByText('Salam, Elvin!')).toBeInTheDocument();
    await act(() => i18n.changeLanguage('ru'));
    expect(screen.getByText('Здравствуйте, Elvin!')).toBeInTheDocument();
  });

  it('fails start-up when the active locale cannot be loaded', async () => {
    await expect(
      createI18n({
        defaultLanguage: 'az',
        supported: ['az'],
        load: () => Promise.reject(new Error('network down')),
        storage: null,
        root: null,
      }),
    ).rejects.toThrow('the "az" messages could not be loaded');
  });

  it('refuses a default language that is not supported, naming the option', async () => {
    await expect(
      createI18n({ defaultLanguage: 'de', supported: ['az'], load: async () => ({}) }),
    ).rejects.toThrow(/defaultLanguage "de" is not in supported/);
  });
});
