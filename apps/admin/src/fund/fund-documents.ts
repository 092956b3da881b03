import { gql, type TypedDocumentNode } from '@apollo/client';
import { type UserError } from '../auth/login-mutation';
import { type Currency, type MoneyValue } from '../loans/loan-documents';

export interface FundContribution {
  __typename?: 'Contribution';
  id: string;
  receivedOn: string;
  amount: MoneyValue;
  exchangeRate: string;
  fundAmount: MoneyValue;
  donor: { __typename?: 'Organization'; id: string; name: string };
}

export interface FundData {
  __typename?: 'Fund';
  currency: Currency;
  capital: MoneyValue;
  available: MoneyValue;
  outstanding: MoneyValue;
  disbursedTotal: MoneyValue;
  repaidTotal: MoneyValue;
  writtenOffTotal: MoneyValue;
  revolutions: number;
  ledgerBalanced: boolean;
  contributions: FundContribution[];
  budget: {
    __typename?: 'Budget';
    total: MoneyValue;
    spent: MoneyValue;
    lines: {
      __typename?: 'BudgetLine';
      id: string;
      code: string;
      name: string;
      planned: MoneyValue;
      spent: MoneyValue;
    }[];
  };
}

const M = 'amount currency';

export const FUND_QUERY: TypedDocumentNode<{ fund: FundData }> = gql`
  query AdminFund {
    fund {
      currency
      capital { ${M} }
      available { ${M} }
      outstanding { ${M} }
      disbursedTotal { ${M} }
      repaidTotal { ${M} }
      writtenOffTotal { ${M} }
      revolutions
      ledgerBalanced
      contributions {
        id
        receivedOn
        amount { ${M} }
        exchangeRate
        fundAmount { ${M} }
        donor {
          id
          name
        }
      }
      budget {
        total { ${M} }
        spent { ${M} }
        lines {
          id
          code
          name
          planned { ${M} }
          spent { ${M} }
        }
      }
    }
  }
`;

export const DONORS_QUERY: TypedDocumentNode<{
  organizations: { __typename?: 'Organization'; id: string; name: string; kind: string }[];
}> = gql`
  query AdminDonors {
    organizations {
      id
      name
      kind
    }
  }
`;

export interface ContributionInput {
  donorId: string;
  amount: { amount: string; currency: Currency };
  exchangeRate: string | null;
  receivedOn: string;
  note: string | null;
}

export const RECORD_CONTRIBUTION_MUTATION: TypedDocumentNode<
  {
    recordContribution: {
      __typename?: 'ContributionPayload';
      contribution: { __typename?: 'Contribution'; id: string } | null;
      userErrors: UserError[];
    };
  },
  { input: ContributionInput }
> = gql`
  mutation AdminRecordContribution($input: RecordContributionInput!) {
    recordContribution(input: $input) {
      contribution {
        id
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`;
