import { gql, type TypedDocumentNode } from '@apollo/client';
import { type DashboardData } from '../dashboard/dashboard-documents';
import { type MoneyValue } from '../loans/loan-documents';

type DashboardIndicators = DashboardData['indicators'];

/** The loan figures of one group; null when suppressed (ANALYST, fewer than 5 people). */
export interface LoanCellFigures {
  directBeneficiaries: number | null;
  loansDisbursed: number | null;
  amountDisbursed: MoneyValue | null;
  par30: number | null;
  repaymentRate: number | null;
  suppressed: boolean;
}

export interface IndicatorCell extends LoanCellFigures {
  __typename?: 'IndicatorCell';
  /** FEMALE/MALE, an age band or a loan purpose. */
  key: string;
}

export interface DistrictCell extends LoanCellFigures {
  __typename?: 'DistrictIndicators';
  district: DashboardIndicators['byDistrict'][number]['district'];
}

export interface CourseTopicCell extends Omit<
  DashboardIndicators['byCourseTopic'][number],
  '__typename'
> {
  __typename?: 'CourseTopicIndicators';
  participants: number | null;
  completionRate: number | null;
}

/** The dashboard's headline figures, and the ones a programme report adds. */
export type IndicatorsData = {
  indicators: Omit<DashboardIndicators, 'byDistrict' | 'byCourseTopic'> & {
    familyWorkers: number;
    amountWrittenOff: MoneyValue;
    par90: number;
    writeOffRatio: number;
    byDistrict: DistrictCell[];
    bySex: IndicatorCell[];
    byAgeBand: IndicatorCell[];
    byPurpose: IndicatorCell[];
    byCourseTopic: CourseTopicCell[];
  };
};

export interface IndicatorFilter {
  districtIds: string[] | null;
  from: string | null;
  to: string | null;
}

const MONEY = 'amount currency';
const CELL = `directBeneficiaries loansDisbursed amountDisbursed { ${MONEY} } par30 repaymentRate suppressed`;

/** Every indicator and breakdown for the filter; the API scopes and suppresses by role. */
export const INDICATORS_QUERY: TypedDocumentNode<IndicatorsData, { filter: IndicatorFilter }> = gql`
  query AdminIndicators($filter: IndicatorFilter) {
    indicators(filter: $filter) {
      directBeneficiaries
      indirectBeneficiaries
      familyWorkers
      loansDisbursed
      amountDisbursed { ${MONEY} }
      portfolioOutstanding { ${MONEY} }
      amountWrittenOff { ${MONEY} }
      repaymentRate
      par30
      par90
      writeOffRatio
      courseEnrollments
      courseCompletions
      byDistrict {
        district {
          id
          name
        }
        ${CELL}
      }
      bySex { key ${CELL} }
      byAgeBand { key ${CELL} }
      byPurpose { key ${CELL} }
      byCourseTopic {
        topic
        participants
        courseEnrollments
        courseCompletions
        completionRate
        suppressed
      }
    }
  }
`;
