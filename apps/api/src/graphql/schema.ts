import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AuditResolver } from '../audit/audit.resolver';
import { AuthResolver } from '../auth/auth.resolver';
import { PortalAccessResolver } from '../auth/portal-access.resolver';
import { CaseManagerResolver } from '../beneficiaries/case-manager.resolver';
import { BeneficiaryCasesResolver } from '../cases/beneficiary-cases.resolver';
import { CaseNoteResolver } from '../cases/case-note.resolver';
import { ReferralResolver } from '../cases/referral.resolver';
import { WorkListResolver } from '../cases/work-list.resolver';
import { BeneficiaryResolver } from '../beneficiaries/beneficiary.resolver';
import { DistrictResolver } from '../districts/district.resolver';
import { OrganizationResolver } from '../organizations/organization.resolver';
import { UserResolver } from '../users/user.resolver';
import { ExpenseResolver, FundBudgetResolver } from '../fund/budget.resolver';
import { FundDonorsResolver } from '../fund/fund-donors.resolver';
import { FundResolver } from '../fund/fund.resolver';
import { BeneficiaryLoansResolver } from '../loans/beneficiary-loans.resolver';
import { LoanProductResolver } from '../loans/loan-product.resolver';
import { LoanResolver } from '../loans/loan.resolver';
import { RepaymentResolver } from '../loans/repayment.resolver';
import { RepaymentsDueResolver } from '../loans/repayments-due.resolver';
import { IndicatorsResolver } from '../reporting/indicators.resolver';
import {
  BeneficiaryEnrollmentsResolver,
  CourseResolver,
  CourseSessionResolver,
  EnrollmentResolver,
} from '../training/training.resolver';

export const RESOLVERS = [
  AuthResolver,
  PortalAccessResolver,
  CaseManagerResolver,
  UserResolver,
  OrganizationResolver,
  DistrictResolver,
  BeneficiaryResolver,
  AuditResolver,
  LoanProductResolver,
  LoanResolver,
  RepaymentResolver,
  RepaymentsDueResolver,
  BeneficiaryLoansResolver,
  FundResolver,
  FundDonorsResolver,
  FundBudgetResolver,
  ExpenseResolver,
  IndicatorsResolver,
  CourseResolver,
  CourseSessionResolver,
  EnrollmentResolver,
  BeneficiaryEnrollmentsResolver,
  CaseNoteResolver,
  ReferralResolver,
  BeneficiaryCasesResolver,
  WorkListResolver,
] as const;

export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    // Validation errors must never carry the input back (passwords, PINs).
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
  });
}

/** The text committed as apps/api/schema.graphql. */
export async function printAppSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildAppSchema()))}\n`;
}
