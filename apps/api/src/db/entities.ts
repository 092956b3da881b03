import { AuditEventEntity } from '../audit/audit-event.entity';
import { LoginAttemptEntity } from '../auth/login-attempt.entity';
import { PortalAccessCodeEntity } from '../auth/portal-access-code.entity';
import { SessionEntity } from '../auth/session.entity';
import { BeneficiaryEntity } from '../beneficiaries/beneficiary.entity';
import { HouseholdMemberEntity } from '../beneficiaries/household-member.entity';
import { DistrictEntity } from '../districts/district.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { UserDistrictEntity } from '../users/user-district.entity';
import { UserEntity } from '../users/user.entity';
import { BudgetLineEntity } from '../fund/budget-line.entity';
import { ContributionEntity } from '../fund/contribution.entity';
import { ExpenseEntity } from '../fund/expense.entity';
import { FundEntity } from '../fund/fund.entity';
import { JournalEntryEntity } from '../fund/journal-entry.entity';
import { JournalLineEntity } from '../fund/journal-line.entity';
import { LedgerTotalEntity } from '../fund/ledger-total.entity';
import { InstalmentEntity } from '../loans/instalment.entity';
import { LoanEventEntity } from '../loans/loan-event.entity';
import { LoanProductEntity } from '../loans/loan-product.entity';
import { LoanEntity } from '../loans/loan.entity';
import { RepaymentEntity } from '../loans/repayment.entity';
import { AttendanceEntity } from '../training/attendance.entity';
import { CourseSessionEntity } from '../training/course-session.entity';
import { CourseEntity } from '../training/course.entity';
import { EnrollmentEntity } from '../training/enrollment.entity';
import { CaseNoteRevisionEntity } from '../cases/case-note-revision.entity';
import { CaseNoteEntity } from '../cases/case-note.entity';
import { ReferralEntity } from '../cases/referral.entity';

/** Every entity, listed explicitly (no globbing: works the same from src and dist). */
export const ENTITIES = [
  OrganizationEntity,
  DistrictEntity,
  UserEntity,
  UserDistrictEntity,
  SessionEntity,
  LoginAttemptEntity,
  PortalAccessCodeEntity,
  BeneficiaryEntity,
  HouseholdMemberEntity,
  AuditEventEntity,
  LoanProductEntity,
  LoanEntity,
  InstalmentEntity,
  RepaymentEntity,
  LoanEventEntity,
  FundEntity,
  JournalEntryEntity,
  JournalLineEntity,
  LedgerTotalEntity,
  ContributionEntity,
  BudgetLineEntity,
  ExpenseEntity,
  CourseEntity,
  CourseSessionEntity,
  EnrollmentEntity,
  AttendanceEntity,
  CaseNoteEntity,
  CaseNoteRevisionEntity,
  ReferralEntity,
];
