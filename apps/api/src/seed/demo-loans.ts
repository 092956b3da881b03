/**
 * The demo programme's money and loans. Amounts are fixed; dates are counted back from today
 * so that the demo always looks alive (arrears stay 10 and 45 days old).
 */

export const DEMO_PRODUCT = {
  name: 'Small business loan, 0%',
  nameAz: 'Kiçik biznes krediti, 0%',
  nameRu: 'Кредит для малого бизнеса, 0%',
  currency: 'AZN' as const,
  minPrincipal: '500.00',
  maxPrincipal: '5000.00',
  minTermMonths: 6,
  maxTermMonths: 36,
  maxGraceMonths: 6,
  requiredCourseTopics: ['ACCOUNTING'] as const,
};

/** UNDP and ANAMA co-fund 136,000 USD; the loan capital part enters the fund at 1.70 AZN/USD. */
export const DEMO_BUDGET_USD = '136000.00';
export const DEMO_USD_RATE = '1.70';
export const DEMO_CONTRIBUTIONS = [
  { donor: 'UNDP', amountUsd: '50000.00', daysAgo: 760 },
  { donor: 'ANAMA', amountUsd: '30000.00', daysAgo: 700 },
];

export type DemoLoanState =
  | 'SUBMITTED'
  | 'APPROVED'
  | 'REJECTED'
  | 'ON_TIME'
  | 'LATE_10'
  | 'LATE_45'
  | 'RESCHEDULED'
  | 'REPAID'
  | 'WRITTEN_OFF';

export interface DemoLoan {
  survivor: string;
  state: DemoLoanState;
  purpose: 'START_UP' | 'EXPANSION';
  business: string;
  /** The business plan's monthly figures in AZN, and family members working in the business. */
  expectedMonthlyIncome: string;
  expectedMonthlyCosts: string;
  familyWorkers: number;
  principal: string;
  termMonths: number;
  graceMonths: number;
  /** Days before today it was disbursed (ignored for loans not disbursed). */
  disbursedDaysAgo: number;
}

export const DEMO_LOANS: DemoLoan[] = [
  {
    survivor: 'AGJ-001',
    state: 'ON_TIME',
    purpose: 'START_UP',
    business: 'Greenhouse tomatoes and cucumbers.',
    expectedMonthlyIncome: '600.00',
    expectedMonthlyCosts: '220.00',
    familyWorkers: 2,
    principal: '2400.00',
    termMonths: 12,
    graceMonths: 1,
    disbursedDaysAgo: 150,
  },
  {
    survivor: 'AGJ-002',
    state: 'ON_TIME',
    purpose: 'EXPANSION',
    business: 'A second sewing machine for the tailoring shop.',
    expectedMonthlyIncome: '700.00',
    expectedMonthlyCosts: '250.00',
    familyWorkers: 1,
    principal: '3000.00',
    termMonths: 24,
    graceMonths: 2,
    disbursedDaysAgo: 240,
  },
  {
    survivor: 'BEY-001',
    state: 'LATE_10',
    purpose: 'START_UP',
    business: 'Beekeeping: twelve hives.',
    expectedMonthlyIncome: '400.00',
    expectedMonthlyCosts: '90.00',
    familyWorkers: 1,
    principal: '1800.00',
    termMonths: 12,
    graceMonths: 0,
    disbursedDaysAgo: 0,
  },
  {
    survivor: 'BEY-002',
    state: 'LATE_45',
    purpose: 'EXPANSION',
    business: 'Shoe repair kiosk by the bus station.',
    expectedMonthlyIncome: '350.00',
    expectedMonthlyCosts: '80.00',
    familyWorkers: 0,
    principal: '1200.00',
    termMonths: 12,
    graceMonths: 0,
    disbursedDaysAgo: 0,
  },
  {
    survivor: 'IMI-001',
    state: 'RESCHEDULED',
    purpose: 'START_UP',
    business: 'Poultry: 200 laying hens.',
    expectedMonthlyIncome: '520.00',
    expectedMonthlyCosts: '260.00',
    familyWorkers: 2,
    principal: '2000.00',
    termMonths: 12,
    graceMonths: 0,
    disbursedDaysAgo: 200,
  },
  {
    survivor: 'IMI-002',
    state: 'REPAID',
    purpose: 'EXPANSION',
    business: 'Mobile phone repair bench.',
    expectedMonthlyIncome: '380.00',
    expectedMonthlyCosts: '70.00',
    familyWorkers: 0,
    principal: '1200.00',
    termMonths: 6,
    graceMonths: 0,
    disbursedDaysAgo: 300,
  },
  {
    survivor: 'SAA-001',
    state: 'WRITTEN_OFF',
    purpose: 'START_UP',
    business: 'Dairy: two cows.',
    expectedMonthlyIncome: '420.00',
    expectedMonthlyCosts: '150.00',
    familyWorkers: 1,
    principal: '1500.00',
    termMonths: 12,
    graceMonths: 0,
    disbursedDaysAgo: 480,
  },
  {
    survivor: 'SAA-002',
    state: 'ON_TIME',
    purpose: 'START_UP',
    business: 'Bakery: tandir bread for the village.',
    expectedMonthlyIncome: '480.00',
    expectedMonthlyCosts: '200.00',
    familyWorkers: 2,
    principal: '1500.00',
    termMonths: 18,
    graceMonths: 3,
    disbursedDaysAgo: 60,
  },
  {
    survivor: 'BIL-001',
    state: 'SUBMITTED',
    purpose: 'START_UP',
    business: 'Carpentry workshop: doors and window frames.',
    expectedMonthlyIncome: '900.00',
    expectedMonthlyCosts: '380.00',
    familyWorkers: 1,
    principal: '4000.00',
    termMonths: 30,
    graceMonths: 4,
    disbursedDaysAgo: 0,
  },
  {
    survivor: 'FUZ-001',
    state: 'SUBMITTED',
    purpose: 'EXPANSION',
    business: 'More sheep for the flock.',
    expectedMonthlyIncome: '650.00',
    expectedMonthlyCosts: '240.00',
    familyWorkers: 2,
    principal: '3500.00',
    termMonths: 24,
    graceMonths: 6,
    disbursedDaysAgo: 0,
  },
  {
    survivor: 'TAR-001',
    state: 'APPROVED',
    purpose: 'START_UP',
    business: 'Grocery corner shop.',
    expectedMonthlyIncome: '750.00',
    expectedMonthlyCosts: '420.00',
    familyWorkers: 1,
    principal: '2500.00',
    termMonths: 24,
    graceMonths: 2,
    disbursedDaysAgo: 0,
  },
  {
    survivor: 'TAR-002',
    state: 'REJECTED',
    purpose: 'START_UP',
    business: 'Taxi: buying a used car.',
    expectedMonthlyIncome: '900.00',
    expectedMonthlyCosts: '350.00',
    familyWorkers: 0,
    principal: '5000.00',
    termMonths: 36,
    graceMonths: 0,
    disbursedDaysAgo: 0,
  },
];

/** The 136,000 USD budget: loan capital plus what makes the loans work. */
export const DEMO_BUDGET_LINES = [
  { code: 'LOAN_CAPITAL' as const, name: 'Loan capital (revolving fund)', plannedUsd: '80000.00' },
  { code: 'BUSINESS_TRAINING' as const, name: 'Business training', plannedUsd: '20000.00' },
  {
    code: 'COUNSELLING' as const,
    name: 'Counselling and social intermediation',
    plannedUsd: '16000.00',
  },
  { code: 'MANAGEMENT' as const, name: 'Programme management', plannedUsd: '20000.00' },
];

export const DEMO_EXPENSES = [
  {
    line: 'BUSINESS_TRAINING' as const,
    amountUsd: '6400.00',
    daysAgo: 500,
    description: 'Accounting course, first cohort (trainers, venue, materials).',
  },
  {
    line: 'BUSINESS_TRAINING' as const,
    amountUsd: '4200.00',
    daysAgo: 200,
    description: 'Marketing course, two districts.',
  },
  {
    line: 'COUNSELLING' as const,
    amountUsd: '5100.00',
    daysAgo: 300,
    description: 'Peer counsellors, six months.',
  },
  {
    line: 'MANAGEMENT' as const,
    amountUsd: '9000.00',
    daysAgo: 400,
    description: 'Programme coordination, first year.',
  },
];
