import { type CurrentUser } from '../auth/current-user';
import { forbidden } from '../graphql/errors';
import { type LoanEntity } from './loan.entity';

/** Who may see a loan: like its borrower's record (ANALYST sees it pseudonymously). */
export function mayReadLoan(user: CurrentUser, loan: LoanEntity): boolean {
  switch (user.role) {
    case 'ADMIN':
    case 'APPROVER':
    case 'ANALYST':
      return true;
    case 'CASE_MANAGER':
      return user.districtIds.includes(loan.districtId);
    case 'BENEFICIARY':
      return user.beneficiaryId === loan.beneficiaryId;
  }
}

/** Applications, disbursements and repayments: ADMIN, or a CASE_MANAGER in the loan's district. */
export function assertMayServiceLoan(user: CurrentUser, loan: LoanEntity): void {
  if (user.role === 'ADMIN') return;
  if (user.role === 'CASE_MANAGER' && user.districtIds.includes(loan.districtId)) return;
  throw forbidden('This loan is not in your districts.');
}
