import { gql, type TypedDocumentNode } from '@apollo/client';

export interface ConsentFields {
  __typename?: 'Consent';
  active: boolean;
  givenOn: string;
  recordedBy: string | null;
  dataUse: boolean;
  donorFigures: boolean;
  photos: boolean;
  referrals: boolean;
  withdrawnOn: string | null;
}

export interface SurvivorFile {
  __typename?: 'Beneficiary';
  id: string;
  code: string;
  fullName: string | null;
  sex: 'FEMALE' | 'MALE';
  birthYear: number;
  phone: string | null;
  village: string | null;
  nationalId: string | null;
  disabilityNotes: string | null;
  needsAssessment: string | null;
  householdSize: number;
  portalAccess: boolean;
  createdAt: string;
  district: { __typename?: 'District'; id: string; name: string };
  injury: { __typename?: 'Injury'; kind: string; year: number | null } | null;
  household:
    | {
        __typename?: 'HouseholdMember';
        id: string;
        relation: string;
        sex: string;
        birthYear: number;
        occupation: string;
      }[]
    | null;
  consent: ConsentFields;
}

/** The consent fields every consent-changing mutation asks back, so the cache stays right. */
export const CONSENT_FIELDS = gql`
  fragment AdminConsentFields on Consent {
    active
    givenOn
    recordedBy
    dataUse
    donorFigures
    photos
    referrals
    withdrawnOn
  }
`;

/** Everything the file shows: every mutation on the file asks for it back, so the cache stays right. */
export const SURVIVOR_FILE_FIELDS = gql`
  fragment AdminSurvivorFileFields on Beneficiary {
    id
    code
    fullName
    sex
    birthYear
    phone
    village
    nationalId
    disabilityNotes
    needsAssessment
    householdSize
    portalAccess
    createdAt
    district {
      id
      name
    }
    injury {
      kind
      year
    }
    household {
      id
      relation
      sex
      birthYear
      occupation
    }
    consent {
      ...AdminConsentFields
    }
  }
  ${CONSENT_FIELDS}
`;

export const BENEFICIARY_QUERY: TypedDocumentNode<
  { beneficiary: SurvivorFile | null },
  { id: string }
> = gql`
  query AdminBeneficiary($id: ID!) {
    beneficiary(id: $id) {
      ...AdminSurvivorFileFields
    }
  }
  ${SURVIVOR_FILE_FIELDS}
`;
