import { gql, type TypedDocumentNode } from '@apollo/client';

export interface CaseManagerData {
  myCaseManager: { __typename?: 'CaseManagerContact'; name: string; phone: string | null } | null;
}

/** The survivor's own case manager: name and work phone. */
export const CASE_MANAGER_QUERY: TypedDocumentNode<CaseManagerData, Record<string, never>> = gql`
  query PortalCaseManager {
    myCaseManager {
      name
      phone
    }
  }
`;

/** "+994502000001" read out in groups, as people say it: +994 50 200 00 01. */
export function groupPhone(phone: string): string {
  const m = /^\+994(\d{2})(\d{3})(\d{2})(\d{2})$/.exec(phone);
  return m ? `+994 ${m.slice(1).join(' ')}` : phone;
}
