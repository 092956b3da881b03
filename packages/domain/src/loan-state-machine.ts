import { DomainError } from './errors';
import { formatDecimal } from './format-money';
import { ensureCashSufficient } from './ledger/ensure-cash-sufficient';
import { assertMoney, type Money } from './money';

export const LOAN_STATUSES = [
  'SUBMITTED',
  'APPROVED',
  'REJECTED',
  'ACTIVE',
  'REPAID',
  'WRITTEN_OFF',
  'WITHDRAWN',
] as const;
export type LoanStatus = (typeof LOAN_STATUSES)[number];

export const LOAN_ACTIONS = [
  'approve',
  'reject',
  'withdraw',
  'disburse',
  'repayInFull',
  'writeOff',
  'reschedule',
] as const;
export type LoanAction = (typeof LOAN_ACTIONS)[number];

/** The only allowed moves: action -> (from status -> to status). */
export const LOAN_TRANSITIONS: {
  readonly [A in LoanAction]: Partial<Record<LoanStatus, LoanStatus>>;
} = {
  approve: { SUBMITTED: 'APPROVED' },
  reject: { SUBMITTED: 'REJECTED' },
  // Withdrawal is only possible before the committee has decided.
  withdraw: { SUBMITTED: 'WITHDRAWN' },
  disburse: { APPROVED: 'ACTIVE' },
  repayInFull: { ACTIVE: 'REPAID' },
  writeOff: { ACTIVE: 'WRITTEN_OFF' },
  reschedule: { ACTIVE: 'ACTIVE' },
};

export interface DecisionContext {
  /** User who prepared the application. */
  submittedBy: string;
  /** User deciding now; maker-checker forbids the same person. */
  decidedBy: string;
}

export interface DisbursementContext {
  principal: Money;
  /** Cash the fund can lend now. */
  available: Money;
  /** Course topics the product requires before disbursement. */
  requiredTopics?: readonly string[];
  /** Course topics the borrower has completed. */
  completedTopics?: readonly string[];
}

export interface RepaidContext {
  /** Principal still owed; must be zero to close the loan. */
  outstanding: Money;
}

export interface TransitionContexts {
  approve: DecisionContext;
  reject: DecisionContext;
  withdraw: object;
  disburse: DisbursementContext;
  repayInFull: RepaidContext;
  writeOff: object;
  reschedule: object;
}

export function allowedActions(status: LoanStatus): LoanAction[] {
  return LOAN_ACTIONS.filter((action) => LOAN_TRANSITIONS[action][status] !== undefined);
}

function checkDecision(ctx: DecisionContext): void {
  if (typeof ctx?.decidedBy !== 'string' || ctx.decidedBy === '') {
    throw new DomainError('INVALID_STATE', 'The deciding user is unknown.', ['decidedBy']);
  }
  if (ctx.decidedBy === ctx.submittedBy) {
    throw new DomainError(
      'SELF_APPROVAL',
      'You prepared this application, so another member of the committee must decide it.',
    );
  }
}

function checkDisbursement(ctx: DisbursementContext): void {
  const principal = assertMoney(ctx?.principal, ['principal']);
  const available = assertMoney(ctx.available, ['available']);
  if (principal.currency !== available.currency) {
    throw new DomainError('CURRENCY_MISMATCH', 'The loan and the fund use different currencies.', [
      'principal',
    ]);
  }
  const completed = new Set(ctx.completedTopics ?? []);
  const missing = (ctx.requiredTopics ?? []).filter((topic) => !completed.has(topic));
  if (missing.length > 0) {
    throw new DomainError(
      'TRAINING_REQUIRED',
      `The borrower must first complete: ${missing.join(', ')}.`,
    );
  }
  ensureCashSufficient(available, principal);
}

function checkRepaid(ctx: RepaidContext): void {
  const outstanding = assertMoney(ctx?.outstanding, ['outstanding']);
  if (outstanding.amount !== 0n) {
    throw new DomainError(
      'BALANCE_OUTSTANDING',
      `${formatDecimal(outstanding)} ${outstanding.currency} is still outstanding.`,
      ['outstanding'],
    );
  }
}

/**
 * Applies `action` to a loan in `status` and returns the new status, or throws a DomainError:
 * INVALID_STATE for a move the lifecycle does not allow, then the action's own rule
 * (SELF_APPROVAL, TRAINING_REQUIRED, INSUFFICIENT_FUNDS, BALANCE_OUTSTANDING).
 */
export function transitionLoan<A extends LoanAction>(
  status: LoanStatus,
  action: A,
  ctx: TransitionContexts[A],
): LoanStatus {
  const transitions = LOAN_TRANSITIONS[action] as LoanTransitionRow | undefined;
  if (transitions === undefined) {
    throw new DomainError('INVALID_STATE', `Unknown action ${String(action)}.`, ['action']);
  }
  const next = transitions[status];
  if (next === undefined) {
    throw new DomainError(
      'INVALID_STATE',
      `A loan that is ${String(status)} cannot be ${PAST_TENSE[action]}.`,
    );
  }
  if (action === 'approve' || action === 'reject') checkDecision(ctx as DecisionContext);
  if (action === 'disburse') checkDisbursement(ctx as DisbursementContext);
  if (action === 'repayInFull') checkRepaid(ctx as RepaidContext);
  return next;
}

type LoanTransitionRow = Partial<Record<LoanStatus, LoanStatus>>;

const PAST_TENSE: Record<LoanAction, string> = {
  approve: 'approved',
  reject: 'rejected',
  withdraw: 'withdrawn',
  disburse: 'disbursed',
  repayInFull: 'closed as repaid',
  writeOff: 'written off',
  reschedule: 'rescheduled',
};
