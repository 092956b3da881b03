import { gql, type TypedDocumentNode } from '@apollo/client';
import { type InstalmentRow, type LoanSummary, type MoneyValue } from '../loans/loan-documents';

export type DueWindow = 'ALL' | 'OVERDUE' | 'DUE_THIS_WEEK';

export interface DueLoan extends Omit<LoanSummary, 'product'> {
  nextInstalment: InstalmentRow | null;
}

export interface RepaymentsDueData {
  repaymentsDue: {
    __typename?: 'LoanConnection';
    totalCount: number;
    pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: { __typename?: 'LoanEdge'; node: DueLoan }[];
  };
}

export interface RepaymentsDueVars {
  first: number;
  after?: string | null;
  filter: { window: DueWindow; districtIds?: string[] };
}

const MONEY = 'amount currency';

/** The collection sheet: the fields the loan page's repayment answer also carries, so rows update. */
export const REPAYMENTS_DUE_QUERY: TypedDocumentNode<RepaymentsDueData, RepaymentsDueVars> = gql`
  query AdminRepaymentsDue($first: Int, $after: String, $filter: RepaymentsDueFilter) {
    repaymentsDue(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          reference
          status
          purpose
          principal { ${MONEY} }
          termMonths
          graceMonths
          businessDescription
          daysPastDue
          overdue { ${MONEY} }
          outstanding { ${MONEY} }
          beneficiary {
            id
            code
            fullName
            district {
              id
              name
            }
          }
          nextInstalment {
            number
            dueDate
            principalDue { ${MONEY} }
            principalPaid { ${MONEY} }
            status
          }
        }
      }
    }
  }
`;

export interface RecentRepaymentRow {
  __typename?: 'RecentRepayment';
  repayment: {
    __typename?: 'Repayment';
    id: string;
    amount: MoneyValue;
    paidOn: string;
    recordedAt: string;
    reversedAt: string | null;
  };
  loan: {
    __typename?: 'Loan';
    id: string;
    reference: string;
    beneficiary: { __typename?: 'Beneficiary'; id: string; code: string; fullName: string | null };
  };
}

export const RECENT_REPAYMENTS_QUERY: TypedDocumentNode<
  { recentRepayments: RecentRepaymentRow[] },
  { since: string; districtIds?: string[] }
> = gql`
  query AdminRecentRepayments($since: DateTime!, $districtIds: [ID!]) {
    recentRepayments(recordedSince: $since, districtIds: $districtIds) {
      repayment {
        id
        amount { ${MONEY} }
        paidOn
        recordedAt
        reversedAt
      }
      loan {
        id
        reference
        beneficiary {
          id
          code
          fullName
        }
      }
    }
  }
`;
