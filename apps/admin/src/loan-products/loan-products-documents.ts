import { gql, type TypedDocumentNode } from '@apollo/client';
import { type UserError } from '../auth/login-mutation';
import { type Currency, type MoneyValue } from '../loans/loan-documents';

export type CourseTopic = 'ACCOUNTING' | 'MARKETING' | 'MANAGEMENT';
export const COURSE_TOPICS: readonly CourseTopic[] = ['ACCOUNTING', 'MARKETING', 'MANAGEMENT'];

export interface LoanProduct {
  __typename?: 'LoanProduct';
  id: string;
  name: string;
  nameAz: string | null;
  nameRu: string | null;
  active: boolean;
  currency: Currency;
  minPrincipal: MoneyValue;
  maxPrincipal: MoneyValue;
  minTermMonths: number;
  maxTermMonths: number;
  maxGraceMonths: number;
  roundingUnit: MoneyValue;
  requiredCourseTopics: CourseTopic[];
}

const MONEY = 'amount currency';

const PRODUCT_FIELDS = gql`
  fragment AdminLoanProductFields on LoanProduct {
    id
    name
    nameAz
    nameRu
    active
    currency
    minPrincipal { ${MONEY} }
    maxPrincipal { ${MONEY} }
    minTermMonths
    maxTermMonths
    maxGraceMonths
    roundingUnit { ${MONEY} }
    requiredCourseTopics
  }
`;

/** Every product, active first (the API's order), with what the settings screen edits. */
export const LOAN_PRODUCT_LIST_QUERY: TypedDocumentNode<
  { loanProducts: LoanProduct[] },
  Record<string, never>
> = gql`
  query AdminLoanProductList {
    loanProducts {
      ...AdminLoanProductFields
    }
  }
  ${PRODUCT_FIELDS}
`;

export interface LoanProductPayload {
  __typename?: 'LoanProductPayload';
  product: LoanProduct | null;
  userErrors: UserError[];
}

const PAYLOAD_FIELDS = gql`
  fragment AdminLoanProductPayloadFields on LoanProductPayload {
    product {
      ...AdminLoanProductFields
    }
    userErrors {
      field
      message
      code
    }
  }
  ${PRODUCT_FIELDS}
`;

export interface MoneyInput {
  amount: string;
  currency: Currency;
}

export interface CreateLoanProductInput {
  name: string;
  nameAz: string | null;
  nameRu: string | null;
  currency: Currency;
  minPrincipal: MoneyInput;
  maxPrincipal: MoneyInput;
  minTermMonths: number;
  maxTermMonths: number;
  maxGraceMonths: number;
  roundingUnit: string;
  requiredCourseTopics: CourseTopic[];
}

export const CREATE_LOAN_PRODUCT_MUTATION: TypedDocumentNode<
  { createLoanProduct: LoanProductPayload },
  { input: CreateLoanProductInput }
> = gql`
  mutation AdminCreateLoanProduct($input: CreateLoanProductInput!) {
    createLoanProduct(input: $input) {
      ...AdminLoanProductPayloadFields
    }
  }
  ${PAYLOAD_FIELDS}
`;

/** Currency and rounding unit are fixed once a product exists (the API cannot change them). */
export type UpdateLoanProductInput = Omit<CreateLoanProductInput, 'currency' | 'roundingUnit'> & {
  productId: string;
};

export const UPDATE_LOAN_PRODUCT_MUTATION: TypedDocumentNode<
  { updateLoanProduct: LoanProductPayload },
  { input: UpdateLoanProductInput }
> = gql`
  mutation AdminUpdateLoanProduct($input: UpdateLoanProductInput!) {
    updateLoanProduct(input: $input) {
      ...AdminLoanProductPayloadFields
    }
  }
  ${PAYLOAD_FIELDS}
`;

export const RETIRE_LOAN_PRODUCT_MUTATION: TypedDocumentNode<
  { retireLoanProduct: LoanProductPayload },
  { input: { productId: string } }
> = gql`
  mutation AdminRetireLoanProduct($input: RetireLoanProductInput!) {
    retireLoanProduct(input: $input) {
      ...AdminLoanProductPayloadFields
    }
  }
  ${PAYLOAD_FIELDS}
`;
