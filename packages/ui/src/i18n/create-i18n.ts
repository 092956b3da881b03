import i18next, { type BackendModule, type i18n as I18n, type ReadCallback } from 'i18next';
import ICU from 'i18next-icu';
import { initReactI18next } from 'react-i18next';

/** A locale file: ICU MessageFormat strings, possibly nested by screen. */
export interface Messages {
  [key: string]: string | Messages;
}

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

export interface CreateI18nOptions<L extends string> {
  defaultLanguage: L;
  supported: readonly L[];
  /** Loads one locale, e.g. `(lng) => import(`./locales/${lng}.json`)`: only the active one is fetched. */
  load: (language: L) => Promise<Messages | { default: Messages }>;
  /** Where the reader's choice is remembered; apps use separate keys. */
  storageKey?: string;
  /** Defaults to window.localStorage; null keeps nothing. */
  storage?: KeyValueStore | null;
  /** Element whose lang follows the language; defaults to <html>. */
  root?: HTMLElement | null;
}

function defaultStorage(): KeyValueStore | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    // Some privacy modes throw on access: then the choice is simply not remembered.
    return null;
  }
}

function unwrap(loaded: Messages | { default: Messages }): Messages {
  const maybe = loaded as { default?: unknown };
  return typeof maybe.default === 'object' && maybe.default !== null
    ? (maybe.default as Messages)
    : (loaded as Messages);
}

/**
 * Creates an i18next instance with ICU messages and react-i18next bound, and resolves once
 * the active language has loaded. Later `i18n.changeLanguage(lng)` loads that one locale on
 * demand, sets `<html lang>` and remembers the choice.
 */
export async function createI18n<L extends string>(options: CreateI18nOptions<L>): Promise<I18n> {
  const { defaultLanguage, supported, load } = options;
  if (!supported.includes(defaultLanguage)) {
    throw new RangeError(
      `defaultLanguage "${defaultLanguage}" is not in supported (${supported.join(', ')})`,
    );
  }
  const storageKey = options.storageKey ?? 'revolve.language';
  const storage = options.storage === undefined ? defaultStorage() : options.storage;
  const root =
    options.root === undefined
      ? typeof document === 'undefined'
        ? null
        : document.documentElement
      : options.root;
  const isSupported = (value: unknown): value is L =>
    typeof value === 'string' && (supported as readonly string[]).includes(value);

  let stored: string | null = null;
  try {
    stored = storage?.getItem(storageKey) ?? null;
  } catch {
    stored = null;
  }
  const initial: L = isSupported(stored) ? stored : defaultLanguage;

  const backend: BackendModule = {
    type: 'backend',
    callbackApi: true,
    init() {},
    read(language: string, _namespace: string, callback: ReadCallback) {
      if (!isSupported(language)) {
        callback(new Error(`language "${language}" is not supported`), false);
        return;
      }
      load(language).then(
        (messages) => callback(null, unwrap(messages)),
        (error: unknown) =>
          callback(error instanceof Error ? error : new Error(String(error)), false),
      );
    },
  };

  const instance = i18next.createInstance();
  instance.on('languageChanged', (language) => {
    if (root) root.lang = language;
  });
  await instance
    .use(backend)
    .use(new ICU())
    .use(initReactI18next)
    .init({
      lng: initial,
      supportedLngs: [...supported],
      // No fallback language: it would be downloaded too. Locale key parity is tested instead.
      fallbackLng: false,
      load: 'currentOnly',
      ns: ['translation'],
      defaultNS: 'translation',
      interpolation: { escapeValue: false },
      react: { useSuspense: false },
    });
  // i18next resolves even when the locale failed to load; showing raw keys helps no one.
  if (!instance.hasResourceBundle(initial, 'translation')) {
    throw new Error(`the "${initial}" messages could not be loaded`);
  }
  // Remember only choices made after start-up, not the default we fell back to.
  instance.on('languageChanged', (language) => {
    try {
      storage?.setItem(storageKey, language);
    } catch {
      // Full or blocked storage: the choice lasts for this visit only.
    }
  });
  return instance;
}
