import fc from 'fast-check';
import { calculateSchedule } from './calculate-schedule';
import { checkEligibility, type EligibilityInput } from './check-eligibility';
import { money } from './money';

const azn = (amount: bigint) => money(amount, 'AZN');

const product = {
  minPrincipal: azn(50000n),
  maxPrincipal: azn(500000n),
  minTermMonths: 6,
  maxTermMonths: 36,
  maxGraceMonths: 3,
  currency: 'AZN' as const,
};

const eligible: EligibilityInput = {
  consentGiven: true,
  product,
  application: { principal: azn(250000n), termMonths: 18, graceMonths: 3 },
  hasOpenLoan: false,
};

const codesAndFields = (input: EligibilityInput) =>
  checkEligibility(input).map((p) => [p.code, p.field]);

describe('checkEligibility', () => {
  it('is empty when everything is within the product', () => {
    expect(checkEligibility(eligible)).toEqual([]);
    // Limits are inclusive.
    const edges = { principal: azn(50000n), termMonths: 6, graceMonths: 0 };
    expect(checkEligibility({ ...eligible, application: edges })).toEqual([]);
    const top = { principal: azn(500000n), termMonths: 36, graceMonths: 3 };
    expect(checkEligibility({ ...eligible, application: top })).toEqual([]);
  });

  it('requires consent and refuses a second open loan', () => {
    expect(codesAndFields({ ...eligible, consentGiven: false, hasOpenLoan: true })).toEqual([
      ['CONSENT_REQUIRED', []],
      ['ACTIVE_LOAN_EXISTS', []],
    ]);
  });

  it.each([
    [{ principal: azn(49999n) }, 'OUT_OF_LIMITS', 'principal'],
    [{ principal: azn(500001n) }, 'OUT_OF_LIMITS', 'principal'],
    [{ principal: money(250000n, 'USD') }, 'CURRENCY_MISMATCH', 'principal'],
    [{ principal: { amount: 2500, currency: 'AZN' } as never }, 'OUT_OF_LIMITS', 'principal'],
    [{ termMonths: 5 }, 'OUT_OF_LIMITS', 'termMonths'],
    [{ termMonths: 37 }, 'OUT_OF_LIMITS', 'termMonths'],
    [{ termMonths: 12.5 }, 'OUT_OF_LIMITS', 'termMonths'],
    [{ graceMonths: 4 }, 'OUT_OF_LIMITS', 'graceMonths'],
    [{ graceMonths: -1 }, 'OUT_OF_LIMITS', 'graceMonths'],
    [{ graceMonths: 1.5 }, 'OUT_OF_LIMITS', 'graceMonths'],
  ])('%p -> %s on %s', (change, code, field) => {
    const problems = checkEligibility({
      ...eligible,
      application: { ...eligible.application, ...change },
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code, field: ['input', field] });
    expect(problems[0]?.message).toMatch(/^[A-Z].*\.$/);
  });

  it('says the limits in plain words', () => {
    const [problem] = checkEligibility({
      ...eligible,
      application: { ...eligible.application, principal: azn(1n) },
    });
    expect(problem?.message).toBe('The amount must be between 500.00 AZN and 5000.00 AZN.');
  });

  it('refuses grace as long as the term even within the product grace limit', () => {
    const wide = { ...product, minTermMonths: 1, maxGraceMonths: 12 };
    const problems = checkEligibility({
      ...eligible,
      product: wide,
      application: { ...eligible.application, termMonths: 3, graceMonths: 3 },
    });
    expect(problems.map((p) => [p.code, p.field])).toEqual([
      ['OUT_OF_LIMITS', ['input', 'graceMonths']],
    ]);
  });

  it('reports every problem at once', () => {
    const problems = checkEligibility({
      consentGiven: false,
      product,
      application: { principal: azn(1n), termMonths: 99, graceMonths: 9 },
      hasOpenLoan: true,
    });
    expect(problems.map((p) => p.code)).toEqual([
      'CONSENT_REQUIRED',
      'ACTIVE_LOAN_EXISTS',
      'OUT_OF_LIMITS',
      'OUT_OF_LIMITS',
      'OUT_OF_LIMITS',
    ]);
  });

  it('every eligible application yields a valid schedule', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 50000n, max: 500000n }),
        fc.integer({ min: 6, max: 36 }),
        fc.integer({ min: 0, max: 3 }),
        (principal, termMonths, graceMonths) => {
          const application = { principal: azn(principal), termMonths, graceMonths };
          expect(checkEligibility({ ...eligible, application })).toEqual([]);
          expect(() =>
            calculateSchedule({ ...application, disbursedOn: '2026-01-31' }),
          ).not.toThrow();
        },
      ),
    );
  });
});
