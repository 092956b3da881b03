import { gql, type TypedDocumentNode } from '@apollo/client';
import { type Currency } from '@revolve/ui';

export interface MoneyData {
  __typename?: 'Money';
  /** Decimal string, e.g. "1250.50"; never a float. */
  amount: string;
  currency: Currency;
}

export type LoanStatus =
  'SUBMITTED' | 'APPROVED' | 'REJECTED' | 'ACTIVE' | 'REPAID' | 'WRITTEN_OFF';
export type InstalmentStatus = 'PENDING' | 'PARTIALLY_PAID' | 'PAID' | 'OVERDUE';

export interface InstalmentData {
  __typename?: 'Instalment';
  number: number;
  dueDate: string;
  principalDue: MoneyData;
  principalPaid: MoneyData;
  status: InstalmentStatus;
}

export interface RepaymentData {
  __typename?: 'Repayment';
  id: string;
  amount: MoneyData;
  paidOn: string;
}

export interface LoanData {
  __typename?: 'Loan';
  id: string;
  reference: string;
  status: LoanStatus;
  principal: MoneyData;
  outstanding: MoneyData;
  overdue: MoneyData;
  daysPastDue: number;
  nextInstalment: InstalmentData | null;
  schedule: InstalmentData[];
  repayments: RepaymentData[];
}

export interface MyLoansData {
  myLoans: LoanData[];
}

/** The contract's myLoans: everything home and schedule show, in one request. */
export const MY_LOANS_QUERY: TypedDocumentNode<MyLoansData, Record<string, never>> = gql`
  query PortalMyLoans {
    myLoans {
      id
      reference
      status
      principal {
        amount
        currency
      }
      outstanding {
        amount
        currency
      }
      overdue {
        amount
        currency
      }
      daysPastDue
      nextInstalment {
        number
        dueDate
        principalDue {
          amount
          currency
        }
        principalPaid {
          amount
          currency
        }
        status
      }
      schedule {
        number
        dueDate
        principalDue {
          amount
          currency
        }
        principalPaid {
          amount
          currency
        }
        status
      }
      repayments {
        id
        amount {
          amount
          currency
        }
        paidOn
      }
    }
  }
`;
