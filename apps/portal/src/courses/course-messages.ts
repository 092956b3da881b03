import { type LanguageCode, type Messages } from '@revolve/ui';
import { type i18n as I18n, type TFunction } from 'i18next';
import { createContext, useContext, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

// The courses screen's texts live in their own files, one chunk per language, so that the
// first route's locale chunk does not carry them (the first route has a 140 KB budget).
const loaders: Record<LanguageCode, () => Promise<{ default: Messages }>> = {
  az: () => import('./locales/az.json'),
  ru: () => import('./locales/ru.json'),
  en: () => import('./locales/en.json'),
};

const isLanguage = (language: string): language is LanguageCode => language in loaders;

/** Whether `language` already has the course texts, under the `courses.` keys. */
export function hasCourseMessages(i18n: I18n, language: string): boolean {
  return i18n.getResource(language, 'translation', 'courses') !== undefined;
}

/** Adds the course texts for `language` to the app's messages; resolves once they are in. */
export async function loadCourseMessages(i18n: I18n, language: string): Promise<void> {
  if (!isLanguage(language) || hasCourseMessages(i18n, language)) return;
  const messages = (await loaders[language]()).default;
  i18n.addResourceBundle(language, 'translation', { courses: messages }, true, false);
}

export type CourseMessagesState =
  { state: 'loading' } | { state: 'failed'; retry: () => void } | { state: 'ready'; t: TFunction };

/**
 * Loads the course texts for the reader's language. On a language switch the previous
 * language keeps showing until the new texts arrive, so the screen (and what the reader was
 * doing on it) stays put instead of flashing raw keys or a spinner.
 */
export function useCourseMessages(): CourseMessagesState {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const [shown, setShown] = useState<string | null>(() =>
    hasCourseMessages(i18n, language) ? language : null,
  );
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    loadCourseMessages(i18n, language).then(
      () => {
        if (live && hasCourseMessages(i18n, language)) setShown(language);
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [i18n, language, attempt]);

  if (shown) return { state: 'ready', t: i18n.getFixedT(shown) };
  if (failed)
    return {
      state: 'failed',
      retry: () => {
        setFailed(false);
        setAttempt((n) => n + 1);
      },
    };
  return { state: 'loading' };
}

/** The course texts' translate function, given by the courses page to what it renders. */
export const CourseT = createContext<TFunction | null>(null);

export function useCourseT(): TFunction {
  const t = useContext(CourseT);
  if (!t) throw new Error('useCourseT must be used inside <CourseT.Provider>');
  return t;
}
