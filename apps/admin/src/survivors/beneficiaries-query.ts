import { gql, type TypedDocumentNode } from '@apollo/client';

export interface SurvivorRow {
  __typename?: 'Beneficiary';
  id: string;
  code: string;
  fullName: string | null;
  sex: 'FEMALE' | 'MALE';
  birthYear: number;
  phone: string | null;
  village: string | null;
  householdSize: number;
  portalAccess: boolean;
  district: { __typename?: 'District'; id: string; name: string };
  consent: { __typename?: 'Consent'; active: boolean };
}

export interface BeneficiariesData {
  beneficiaries: {
    __typename?: 'BeneficiaryConnection';
    totalCount: number;
    pageInfo: { __typename?: 'PageInfo'; endCursor: string | null; hasNextPage: boolean };
    edges: { __typename?: 'BeneficiaryEdge'; cursor: string; node: SurvivorRow }[];
  };
}

export interface BeneficiariesVariables {
  first: number;
  after: string | null;
  filter: { search?: string; districtIds?: string[] };
}

export const BENEFICIARIES_QUERY: TypedDocumentNode<BeneficiariesData, BeneficiariesVariables> =
  gql`
    query AdminBeneficiaries($first: Int, $after: String, $filter: BeneficiaryFilter) {
      beneficiaries(first: $first, after: $after, filter: $filter) {
        totalCount
        pageInfo {
          endCursor
          hasNextPage
        }
        edges {
          cursor
          node {
            id
            code
            fullName
            sex
            birthYear
            phone
            village
            householdSize
            portalAccess
            district {
              id
              name
            }
            consent {
              active
            }
          }
        }
      }
    }
  `;
