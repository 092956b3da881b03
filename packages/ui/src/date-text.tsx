import { type DateStyle, formatDate } from './format-date';

export interface DateTextProps {
  /** Calendar date from the API, "YYYY-MM-DD". */
  value: string;
  locale: string;
  dateStyle?: DateStyle;
  className?: string;
}

export function DateText({ value, locale, dateStyle = 'long', className }: DateTextProps) {
  return (
    <time className={className} dateTime={value}>
      {formatDate(value, locale, dateStyle)}
    </time>
  );
}
