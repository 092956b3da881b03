import { type MockLink } from '@apollo/client/testing';
import { ME_QUERY } from './auth/me-query';
import { type Role } from './auth/roles';
import { STAFF_DISTRICTS_QUERY } from './survivors/districts-query';

export const AGJ = { __typename: 'District' as const, id: 'd-agj', name: 'Aghjabedi', code: 'AGJ' };
export const FUZ = { __typename: 'District' as const, id: 'd-fuz', name: 'Fuzuli', code: 'FUZ' };
export const TAR = { __typename: 'District' as const, id: 'd-tar', name: 'Tartar', code: 'TAR' };

export const meMock = (role: Role, displayName = 'Staff Member'): MockLink.MockedResponse => ({
  request: { query: ME_QUERY },
  result: { data: { me: { __typename: 'User', id: 'u1', displayName, role } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

/** All three districts exist; a case manager works in AGJ and FUZ. */
export const districtsMock = (role: Role): MockLink.MockedResponse => ({
  request: { query: STAFF_DISTRICTS_QUERY },
  result: {
    data: {
      districts: [AGJ, FUZ, TAR],
      me: { __typename: 'User', id: 'u1', districts: role === 'CASE_MANAGER' ? [AGJ, FUZ] : [] },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
});
