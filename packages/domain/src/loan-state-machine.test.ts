import {
  allowedActions,
  LOAN_ACTIONS,
  LOAN_STATUSES,
  transitionLoan,
  type LoanAction,
  type LoanStatus,
  type TransitionContexts,
} from './loan-state-machine';
import { money } from './money';
import { domainErrorOf } from './test-helpers';

const azn = (amount: bigint) => money(amount, 'AZN');

/** A context under which each action's own rule passes, so only the status decides. */
const passing: { [A in LoanAction]: TransitionContexts[A] } = {
  approve: { submittedBy: 'maker', decidedBy: 'checker' },
  reject: { submittedBy: 'maker', decidedBy: 'checker' },
  withdraw: {},
  disburse: {
    principal: azn(100000n),
    available: azn(100000n),
    requiredTopics: ['ACCOUNTING'],
    completedTopics: ['ACCOUNTING', 'MARKETING'],
  },
  repayInFull: { outstanding: azn(0n) },
  writeOff: {},
  reschedule: {},
};

const allowed: [LoanStatus, LoanAction, LoanStatus][] = [
  ['SUBMITTED', 'approve', 'APPROVED'],
  ['SUBMITTED', 'reject', 'REJECTED'],
  ['SUBMITTED', 'withdraw', 'WITHDRAWN'],
  ['APPROVED', 'disburse', 'ACTIVE'],
  ['ACTIVE', 'repayInFull', 'REPAID'],
  ['ACTIVE', 'writeOff', 'WRITTEN_OFF'],
  ['ACTIVE', 'reschedule', 'ACTIVE'],
];

const run = (status: LoanStatus, action: LoanAction) =>
  transitionLoan(status, action, passing[action] as never);

describe('transitionLoan', () => {
  it.each(allowed)('%s --%s--> %s', (from, action, to) => {
    expect(run(from, action)).toBe(to);
  });

  const refused = LOAN_STATUSES.flatMap((status) =>
    LOAN_ACTIONS.filter((action) => !allowed.some(([s, a]) => s === status && a === action)).map(
      (action): [LoanStatus, LoanAction] => [status, action],
    ),
  );

  it('covers every (status, action) pair between the two tables', () => {
    expect(refused.length + allowed.length).toBe(LOAN_STATUSES.length * LOAN_ACTIONS.length);
    expect(refused.length).toBe(42);
  });

  it.each(refused)('refuses %s --%s with INVALID_STATE', (status, action) => {
    const error = domainErrorOf(() => run(status, action));
    expect(error.code).toBe('INVALID_STATE');
    expect(error.message).toContain(status);
  });

  it('lists allowed actions per status', () => {
    expect(allowedActions('SUBMITTED')).toEqual(['approve', 'reject', 'withdraw']);
    expect(allowedActions('ACTIVE')).toEqual(['repayInFull', 'writeOff', 'reschedule']);
    expect(allowedActions('REPAID')).toEqual([]);
  });

  it.each(['approve', 'reject'] as const)(
    'refuses to let the maker %s their own application',
    (action) => {
      const error = domainErrorOf(() =>
        transitionLoan('SUBMITTED', action, { submittedBy: 'u1', decidedBy: 'u1' }),
      );
      expect(error.code).toBe('SELF_APPROVAL');
    },
  );

  it('refuses a decision without a decider', () => {
    expect(
      domainErrorOf(() =>
        transitionLoan('SUBMITTED', 'approve', { submittedBy: 'u1', decidedBy: '' }),
      ).field,
    ).toEqual(['decidedBy']);
  });

  it('checks the status before the maker-checker rule', () => {
    expect(
      domainErrorOf(() =>
        transitionLoan('APPROVED', 'approve', { submittedBy: 'u1', decidedBy: 'u1' }),
      ).code,
    ).toBe('INVALID_STATE');
  });

  it('refuses to disburse more than the fund has, by one qəpik', () => {
    const error = domainErrorOf(() =>
      transitionLoan('APPROVED', 'disburse', { principal: azn(100000n), available: azn(99999n) }),
    );
    expect(error).toMatchObject({ code: 'INSUFFICIENT_FUNDS', field: ['principal'] });
    expect(
      transitionLoan('APPROVED', 'disburse', { principal: azn(100000n), available: azn(100000n) }),
    ).toBe('ACTIVE');
  });

  it('refuses to disburse before the required courses are completed, naming them', () => {
    const error = domainErrorOf(() =>
      transitionLoan('APPROVED', 'disburse', {
        principal: azn(1n),
        available: azn(1n),
        requiredTopics: ['ACCOUNTING', 'MARKETING'],
        completedTopics: ['ACCOUNTING'],
      }),
    );
    expect(error.code).toBe('TRAINING_REQUIRED');
    expect(error.message).toContain('MARKETING');
    expect(error.message).not.toContain('ACCOUNTING');
  });

  it('refuses a disbursement in another currency than the fund', () => {
    expect(
      domainErrorOf(() =>
        transitionLoan('APPROVED', 'disburse', { principal: azn(1n), available: money(5n, 'USD') }),
      ).code,
    ).toBe('CURRENCY_MISMATCH');
  });

  it('closes as repaid only when nothing is outstanding', () => {
    expect(
      domainErrorOf(() => transitionLoan('ACTIVE', 'repayInFull', { outstanding: azn(1n) })).code,
    ).toBe('BALANCE_OUTSTANDING');
  });

  it('refuses an unknown action', () => {
    expect(domainErrorOf(() => transitionLoan('ACTIVE', 'cancel' as never, {} as never)).code).toBe(
      'INVALID_STATE',
    );
  });
});
