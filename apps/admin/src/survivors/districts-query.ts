import { gql, type TypedDocumentNode } from '@apollo/client';

export interface DistrictOption {
  __typename?: 'District';
  id: string;
  name: string;
  code: string;
}

export interface StaffDistrictsData {
  districts: DistrictOption[];
  me: { __typename?: 'User'; id: string; districts: DistrictOption[] } | null;
}

/** All districts, and the signed-in user's own (empty for roles not limited to districts). */
export const STAFF_DISTRICTS_QUERY: TypedDocumentNode<
  StaffDistrictsData,
  Record<string, never>
> = gql`
  query AdminStaffDistricts {
    districts {
      id
      name
      code
    }
    me {
      id
      districts {
        id
        name
        code
      }
    }
  }
`;

/** The districts this user works in: their own when they have some, otherwise all. */
export function workingDistricts(data: StaffDistrictsData | undefined): DistrictOption[] {
  if (!data) return [];
  const own = data.me?.districts ?? [];
  return own.length ? own : data.districts;
}
