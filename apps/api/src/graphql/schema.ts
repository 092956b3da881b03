import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AuditResolver } from '../audit/audit.resolver';
import { AuthResolver } from '../auth/auth.resolver';
import { BeneficiaryResolver } from '../beneficiaries/beneficiary.resolver';
import { DistrictResolver } from '../districts/district.resolver';
import { OrganizationResolver } from '../organizations/organization.resolver';
import { UserResolver } from '../users/user.resolver';
import { Money, MoneyInput } from './common.types';

export const RESOLVERS = [
  AuthResolver,
  UserResolver,
  OrganizationResolver,
  DistrictResolver,
  BeneficiaryResolver,
  AuditResolver,
] as const;

export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    // Contract types that no resolver of this issue returns yet (loans and the fund will).
    orphanedTypes: [Money, MoneyInput],
    // Validation errors must never carry the input back (passwords, PINs).
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
  });
}

/** The text committed as apps/api/schema.graphql. */
export async function printAppSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildAppSchema()))}\n`;
}
