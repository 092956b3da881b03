import { type GraphQLSchema, isObjectType, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, getMetadataStorage } from 'type-graphql';
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

export async function buildAppSchema(): Promise<GraphQLSchema> {
  return plainFieldsReadDirectly(
    await buildSchema({
      resolvers: RESOLVERS,
      // Validation errors must never carry the input back (passwords, PINs).
      validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
    }),
  );
}

/**
 * type-graphql wraps every plain field (no resolver method) in a resolver of its own, for
 * middlewares and auth checks this API does not use. graphql-js's default resolver reads the
 * same property: an answer holds thousands of such fields (schedules, money), so leave them to it.
 */
function plainFieldsReadDirectly(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    const fields = type.getFields();
    for (const field of objectType.fields ?? []) {
      const plain =
        field.target === objectType.target &&
        field.name === field.schemaName &&
        !field.params?.length &&
        !field.middlewares?.length &&
        !field.roles?.length &&
        !storage.fieldResolvers.some(
          (r) => r.methodName === field.name && r.getObjectType?.() === field.target,
        );
      const def = fields[field.schemaName];
      if (plain && def) def.resolve = undefined;
    }
  }
  return schema;
}

/** The text committed as apps/api/schema.graphql. */
export async function printAppSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildAppSchema()))}\n`;
}
