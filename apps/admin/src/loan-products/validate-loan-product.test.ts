import { type LoanProductFormValues, validateLoanProduct } from './validate-loan-product';

const valid: LoanProductFormValues = {
  name: 'Start-up loan',
  nameAz: '',
  nameRu: '',
  currency: 'AZN',
  minPrincipal: '500',
  maxPrincipal: '3000.00',
  minTermMonths: '6',
  maxTermMonths: '24',
  maxGraceMonths: '3',
  roundingUnit: '1.00',
  requiredCourseTopics: [],
};
const check = (patch: Partial<LoanProductFormValues>) =>
  validateLoanProduct({ ...valid, ...patch });

describe('validateLoanProduct', () => {
  it('accepts a product the API accepts', () => {
    expect(check({})).toEqual({});
    expect(check({ minPrincipal: '0.01', maxPrincipal: '0.01', maxGraceMonths: '0' })).toEqual({});
  });

  it('needs a name of at most 200 characters, translations optional', () => {
    expect(check({ name: '  ' })).toEqual({ name: 'required' });
    expect(check({ name: 'x'.repeat(201), nameRu: 'я'.repeat(201) })).toEqual({
      name: 'tooLong',
      nameRu: 'tooLong',
    });
  });

  it('reads amounts with the domain parser: no floats, no grouping, currency decimals', () => {
    expect(check({ minPrincipal: '1,000' })).toEqual({ minPrincipal: 'amount' });
    expect(check({ minPrincipal: '1e3' })).toEqual({ minPrincipal: 'amount' });
    expect(check({ minPrincipal: '10.005' })).toEqual({ minPrincipal: 'amount' });
    expect(check({ minPrincipal: '0' })).toEqual({ minPrincipal: 'positive' });
    expect(check({ minPrincipal: '-5' })).toEqual({ minPrincipal: 'positive' });
    expect(check({ roundingUnit: '0.00' })).toEqual({ roundingUnit: 'positive' });
    expect(check({ maxPrincipal: '' })).toEqual({ maxPrincipal: 'required' });
  });

  it('compares amounts exactly, in minor units', () => {
    expect(check({ minPrincipal: '3000.01' })).toEqual({ maxPrincipal: 'maxBelowMin' });
    expect(check({ minPrincipal: '3000.00', maxPrincipal: '3000' })).toEqual({});
  });

  it('takes whole months from 1 to 600, the longest not below the shortest', () => {
    expect(check({ minTermMonths: '0' })).toEqual({ minTermMonths: 'months' });
    expect(check({ minTermMonths: '1.5' })).toEqual({ minTermMonths: 'months' });
    expect(check({ maxTermMonths: '601' })).toEqual({ maxTermMonths: 'months' });
    expect(check({ minTermMonths: '30' })).toEqual({ maxTermMonths: 'termBelowMin' });
  });

  it('keeps the grace period shorter than the longest term', () => {
    expect(check({ maxGraceMonths: '24' })).toEqual({ maxGraceMonths: 'graceTooLong' });
    expect(check({ maxGraceMonths: '-1' })).toEqual({ maxGraceMonths: 'grace' });
    expect(check({ maxGraceMonths: '' })).toEqual({ maxGraceMonths: 'required' });
  });
});
