import { amountRepaid, currentLoan, percentRepaid } from './current-loan';
import { type LoanData, type LoanStatus } from './my-loans-query';

const azn = (amount: string) => ({ amount, currency: 'AZN' as const });
const loan = (id: string, status: LoanStatus): LoanData => ({
  id,
  reference: id,
  status,
  principal: azn('1000.00'),
  outstanding: azn('1000.00'),
  overdue: azn('0.00'),
  daysPastDue: 0,
  nextInstalment: null,
  schedule: [],
  repayments: [],
});

describe('currentLoan', () => {
  it('prefers the loan being repaid, then one on its way, then history', () => {
    expect(currentLoan([loan('a', 'REPAID'), loan('b', 'ACTIVE')])?.id).toBe('b');
    expect(currentLoan([loan('a', 'REJECTED'), loan('b', 'SUBMITTED')])?.id).toBe('b');
    expect(currentLoan([loan('a', 'REJECTED'), loan('b', 'REPAID')])?.id).toBe('b');
  });

  it('is null with no loans', () => {
    expect(currentLoan([])).toBeNull();
  });
});

describe('percentRepaid and amountRepaid', () => {
  it.each([
    ['1000.00', '1000.00', 0, '0.00'],
    ['1000.00', '750.00', 25, '250.00'],
    ['3000.00', '1999.99', 33, '1000.01'],
    ['1000.00', '0.01', 99, '999.99'],
    ['1000.00', '0.00', 100, '1000.00'],
  ])('principal %s with %s left is %i%% and %s repaid', (principal, left, percent, repaid) => {
    expect(percentRepaid(azn(principal), azn(left))).toBe(percent);
    expect(amountRepaid(azn(principal), azn(left))).toEqual(azn(repaid));
  });

  it('refuses an amount that is not a decimal string, naming the field', () => {
    expect(() => percentRepaid(azn('1000.00'), azn('1e3'))).toThrow(
      '"1e3" is not a decimal amount',
    );
  });
});
