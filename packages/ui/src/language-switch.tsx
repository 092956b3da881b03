export type LanguageCode = 'az' | 'ru' | 'en';

export interface LanguageOption {
  code: LanguageCode;
  /** The language's own name, so a reader finds theirs whatever is shown now. */
  nativeName: string;
}

export const LANGUAGES: readonly LanguageOption[] = [
  { code: 'az', nativeName: 'Azərbaycanca' },
  { code: 'ru', nativeName: 'Русский' },
  { code: 'en', nativeName: 'English' },
];

export interface LanguageSwitchProps {
  current: string;
  onChange: (code: LanguageCode) => void;
  /** Name of the group for assistive technology, in the current language ("Dil", "Язык"). */
  label: string;
  languages?: readonly LanguageOption[];
}

export function LanguageSwitch({
  current,
  onChange,
  label,
  languages = LANGUAGES,
}: LanguageSwitchProps) {
  return (
    <div className="rv-language-switch" role="group" aria-label={label}>
      {languages.map((language) => {
        const active = language.code === current;
        return (
          <button
            key={language.code}
            type="button"
            lang={language.code}
            className="rv-language-switch__option"
            aria-pressed={active}
            onClick={() => {
              if (!active) onChange(language.code);
            }}
          >
            {language.nativeName}
          </button>
        );
      })}
    </div>
  );
}
