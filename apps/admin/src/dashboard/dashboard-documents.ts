import { gql, type TypedDocumentNode } from '@apollo/client';
import { type MoneyValue } from '../loans/loan-documents';

export interface DashboardData {
  indicators: {
    __typename?: 'Indicators';
    directBeneficiaries: number;
    indirectBeneficiaries: number;
    loansDisbursed: number;
    amountDisbursed: MoneyValue;
    portfolioOutstanding: MoneyValue;
    repaymentRate: number;
    par30: number;
    courseEnrollments: number;
    courseCompletions: number;
    byDistrict: {
      __typename?: 'DistrictIndicators';
      district: { __typename?: 'District'; id: string; name: string };
      par30: number | null;
      suppressed: boolean;
    }[];
    byCourseTopic: {
      __typename?: 'CourseTopicIndicators';
      topic: string;
      courseEnrollments: number | null;
      courseCompletions: number | null;
      suppressed: boolean;
    }[];
  };
  monthlyIndicators: {
    __typename?: 'MonthlyIndicators';
    month: string;
    /** Null when suppressed (analysts, small groups). */
    amountDisbursed: MoneyValue | null;
    amountRepaid: MoneyValue | null;
  }[];
  fund: { __typename?: 'Fund'; available: MoneyValue; outstanding: MoneyValue };
}

const MONEY = 'amount currency';

/** Everything the start page shows, in one request; the API scopes it to the caller's districts. */
export const DASHBOARD_QUERY: TypedDocumentNode<DashboardData, Record<string, never>> = gql`
  query AdminDashboard {
    indicators {
      directBeneficiaries
      indirectBeneficiaries
      loansDisbursed
      amountDisbursed { ${MONEY} }
      portfolioOutstanding { ${MONEY} }
      repaymentRate
      par30
      courseEnrollments
      courseCompletions
      byDistrict {
        district {
          id
          name
        }
        par30
        suppressed
      }
      byCourseTopic {
        topic
        courseEnrollments
        courseCompletions
        suppressed
      }
    }
    monthlyIndicators {
      month
      amountDisbursed { ${MONEY} }
      amountRepaid { ${MONEY} }
    }
    fund {
      available { ${MONEY} }
      outstanding { ${MONEY} }
    }
  }
`;
