import { type StatusTone } from '@revolve/ui';
import { type InstalmentStatus, type LoanStatus } from './my-loans-query';

export const LOAN_TONE: Record<LoanStatus, StatusTone> = {
  SUBMITTED: 'info',
  APPROVED: 'info',
  REJECTED: 'danger',
  ACTIVE: 'neutral',
  REPAID: 'success',
  WRITTEN_OFF: 'neutral',
};

export const INSTALMENT_TONE: Record<InstalmentStatus, StatusTone> = {
  PENDING: 'neutral',
  PARTIALLY_PAID: 'warning',
  PAID: 'success',
  OVERDUE: 'danger',
};
