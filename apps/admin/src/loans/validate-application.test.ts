import { PRODUCT } from './loan-test-data';
import { type ApplicationValues, validateApplication } from './validate-application';

const good: ApplicationValues = {
  productId: 'p1',
  purpose: 'START_UP',
  businessDescription: 'A small bakery in the village',
  expectedMonthlyIncome: '',
  expectedMonthlyCosts: '',
  familyWorkers: '',
  principal: '1000',
  termMonths: '12',
  graceMonths: '2',
};

describe('validateApplication', () => {
  it('previews the domain schedule: grace months first, whole manat, sums to the principal', () => {
    const { errors, preview } = validateApplication(good, PRODUCT, '2026-01-31');
    expect(errors).toEqual({});
    expect(preview).toHaveLength(10);
    expect(preview?.[0]).toMatchObject({ dueDate: '2026-04-30', principalDue: { amount: 10000n } });
    expect(preview?.[9]?.principalDue.amount).toBe(10000n);
    expect(preview?.reduce((s, i) => s + i.principalDue.amount, 0n)).toBe(100000n);
  });

  it('refuses an amount the API would refuse, naming the field', () => {
    const { errors, preview } = validateApplication(
      { ...good, principal: '1,000' },
      PRODUCT,
      '2026-01-31',
    );
    expect(errors.principal).toEqual({ message: '"1,000" is not a decimal amount like 1250.50.' });
    expect(preview).toBeNull();
  });

  it('applies the product limits through checkEligibility', () => {
    const { errors } = validateApplication(
      { ...good, principal: '9000', graceMonths: '4' },
      PRODUCT,
      '2026-01-31',
    );
    expect(errors.principal).toEqual({
      message: 'The amount must be between 500.00 AZN and 5000.00 AZN.',
    });
    expect(errors.graceMonths).toEqual({
      message: 'The grace period must be a whole number of months from 0 to 3.',
    });
  });

  it('asks for what is missing', () => {
    const { errors } = validateApplication(
      { ...good, productId: '', purpose: '', businessDescription: 'short', termMonths: '1.5' },
      undefined,
      '2026-01-31',
    );
    expect(errors).toMatchObject({
      productId: { code: 'required' },
      purpose: { code: 'required' },
      businessDescription: { code: 'tooShort' },
      termMonths: { code: 'wholeNumber' },
    });
  });
  it('takes the plan’s figures as optional exact amounts and family members up to 50', () => {
    const check = (extra: Partial<ApplicationValues>) =>
      validateApplication({ ...good, ...extra }, PRODUCT, '2026-01-31').errors;
    expect(
      check({ expectedMonthlyIncome: '450.50', expectedMonthlyCosts: '0', familyWorkers: '50' }),
    ).toEqual({});
    expect(check({ expectedMonthlyIncome: '450.505' })).toEqual({
      expectedMonthlyIncome: { message: 'AZN amounts have at most 2 decimal places.' },
    });
    expect(check({ expectedMonthlyCosts: '-5' })).toEqual({
      expectedMonthlyCosts: { message: 'Amount must not be negative.' },
    });
    expect(check({ familyWorkers: '51' })).toEqual({ familyWorkers: { code: 'familyWorkers' } });
    expect(check({ familyWorkers: '1.5' })).toEqual({ familyWorkers: { code: 'familyWorkers' } });
  });
});
