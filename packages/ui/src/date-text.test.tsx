import { render, screen } from '@testing-library/react';
import { DateText } from './date-text';
import { formatDate } from './format-date';

describe('formatDate', () => {
  it('writes a date in Azerbaijani', () => {
    expect(formatDate('2026-03-31', 'az-Latn-AZ')).toBe('31 mart 2026');
  });

  it('writes a date in Russian and English', () => {
    expect(formatDate('2026-03-31', 'ru')).toBe('31 марта 2026 г.');
    expect(formatDate('2026-03-31', 'en-GB')).toBe('31 March 2026');
  });

  it('does not slip a day at the edges of the month and year', () => {
    expect(formatDate('2026-01-01', 'en-GB', 'short')).toBe('01/01/2026');
    expect(formatDate('2025-12-31', 'en-GB', 'short')).toBe('31/12/2025');
    expect(formatDate('2028-02-29', 'en-GB', 'short')).toBe('29/02/2028');
  });

  it('does not depend on the time zone of the device', () => {
    // jest.config.cjs runs the suite in UTC+14, where local midnight is the previous day in Baku.
    expect(new Date(2026, 2, 1).getTimezoneOffset()).toBe(-14 * 60);
    expect(formatDate('2026-03-01', 'en-GB', 'short')).toBe('01/03/2026');
  });

  it.each(['2026-3-31', '31.03.2026', '', '2026-03-31T00:00:00Z'])('refuses %p', (bad) => {
    expect(() => formatDate(bad, 'en')).toThrow(/date must look like "YYYY-MM-DD"/);
  });

  it('refuses a date that does not exist', () => {
    expect(() => formatDate('2026-02-30', 'en')).toThrow(/does not exist/);
  });
});

describe('DateText', () => {
  it('renders a <time> with the machine date', () => {
    render(<DateText value="2026-03-31" locale="en-GB" />);
    expect(screen.getByText('31 March 2026')).toHaveAttribute('datetime', '2026-03-31');
  });
});
