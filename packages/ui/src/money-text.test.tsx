import { render, screen } from '@testing-library/react';
import { formatMoney } from './format-money';
import { MoneyText } from './money-text';

const NBSP = '\u00a0';

describe('formatMoney', () => {
  it('writes manat the Azerbaijani way', () => {
    expect(formatMoney('1234.50', 'AZN', 'az-Latn-AZ')).toBe(`1.234,50${NBSP}₼`);
  });

  it('writes US dollars in English', () => {
    expect(formatMoney('1234.5', 'USD', 'en-US')).toBe('$1,234.50');
  });

  it('keeps every digit of amounts a float would round', () => {
    // 12345678901234567.89 as a double is 12345678901234568
    expect(formatMoney('12345678901234567.89', 'USD', 'en-US')).toBe('$12,345,678,901,234,567.89');
  });

  it('formats negative amounts', () => {
    expect(formatMoney('-5', 'USD', 'en-US')).toBe('-$5.00');
  });

  it.each(['', '1,5', '1.2.3', 'abc', '1e3', ' 12'])('refuses %p naming the field', (bad) => {
    expect(() => formatMoney(bad, 'AZN', 'en')).toThrow(/amount must be a decimal string/);
  });

  it('refuses an unknown currency', () => {
    expect(() => formatMoney('1', 'EUR' as 'AZN', 'en')).toThrow(/currency must be AZN or USD/);
  });
});

describe('MoneyText', () => {
  it('renders the formatted amount and keeps the exact decimal', () => {
    render(<MoneyText amount="1234.50" currency="AZN" locale="az-Latn-AZ" />);
    // The default normalizer turns the no-break space into a plain one: compare raw text.
    const text = screen.getByText('1.234,50 ₼');
    expect(text.textContent).toBe(`1.234,50${NBSP}₼`);
    expect(text).toHaveAttribute('data-amount', '1234.50');
  });
});
