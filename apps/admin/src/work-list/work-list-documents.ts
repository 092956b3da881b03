import { gql, type TypedDocumentNode } from '@apollo/client';

interface Survivor {
  __typename?: 'Beneficiary';
  id: string;
  code: string;
  fullName: string | null;
}

export interface WorkListData {
  workList: {
    __typename?: 'WorkList';
    today: string;
    followUps: {
      __typename?: 'FollowUp';
      dueOn: string;
      daysOverdue: number;
      overdue: boolean;
      beneficiary: Survivor;
      caseNote: { __typename?: 'CaseNote'; id: string; kind: string; text: string };
    }[];
    loansInArrears: {
      __typename?: 'LoanConnection';
      totalCount: number;
      edges: {
        __typename?: 'LoanEdge';
        node: {
          __typename?: 'Loan';
          id: string;
          reference: string;
          daysPastDue: number;
          beneficiary: Survivor;
        };
      }[];
    };
    waitlisted: {
      __typename?: 'Enrollment';
      id: string;
      waitlistPosition: number | null;
      beneficiary: Survivor;
      session: {
        __typename?: 'CourseSession';
        id: string;
        startsOn: string;
        course: { __typename?: 'Course'; id: string; title: string };
        district: { __typename?: 'District'; id: string; name: string };
      };
    }[];
  };
}

const SURVIVOR = 'id code fullName';

/** What needs doing today in the caller's districts (the API scopes it by role). */
export const WORK_LIST_QUERY: TypedDocumentNode<WorkListData, { language: string }> = gql`
  query AdminWorkList($language: Language!) {
    workList {
      today
      followUps {
        dueOn
        daysOverdue
        overdue
        beneficiary { ${SURVIVOR} }
        caseNote {
          id
          kind
          text
        }
      }
      loansInArrears {
        totalCount
        edges {
          node {
            id
            reference
            daysPastDue
            beneficiary { ${SURVIVOR} }
          }
        }
      }
      waitlisted {
        id
        waitlistPosition
        beneficiary { ${SURVIVOR} }
        session {
          id
          startsOn
          course {
            id
            title(language: $language)
          }
          district {
            id
            name
          }
        }
      }
    }
  }
`;
