export { Button, type ButtonProps, type ButtonVariant } from './button';
export { TextField, type TextFieldProps } from './text-field';
export { MoneyText, type MoneyTextProps } from './money-text';
export { formatMoney, type Currency } from './format-money';
export { DateText, type DateTextProps } from './date-text';
export { formatDate, type DateStyle } from './format-date';
export { StatusBadge, type StatusBadgeProps, type StatusTone } from './status-badge';
export {
  LanguageSwitch,
  LANGUAGES,
  type LanguageCode,
  type LanguageOption,
  type LanguageSwitchProps,
} from './language-switch';
export { Layout, MAIN_CONTENT_ID, type LayoutProps } from './layout';
export { Page, type PageProps } from './page';
export { LoadingState, type LoadingStateProps } from './loading-state';
export { EmptyState, type EmptyStateProps } from './empty-state';
export { ErrorState, type ErrorStateProps } from './error-state';
export { createI18n, type CreateI18nOptions, type Messages } from './i18n/create-i18n';
export { findMissingKeys } from './i18n/find-missing-keys';
export { checkLocales, messageArguments, type LocaleProblems } from './i18n/check-locales';
export { showStartupError } from './startup-error';
export { switchLanguage } from './i18n/switch-language';
export { ConfirmPanel, type ConfirmPanelProps } from './confirm-panel';
