import { postGraphQL } from '../graphql-fetch';
import { type SignedInUser } from '../session';
import { type LoginUserError } from '../sign-in/login-mutation';

export interface RedeemVariables {
  input: { phone: string; code: string; pin: string };
}

interface RedeemData {
  redeemPortalAccessCode: { user: SignedInUser | null; userErrors: LoginUserError[] };
}

export const REDEEM_DOCUMENT = /* GraphQL */ `
  mutation PortalRedeemAccessCode($input: RedeemPortalAccessCodeInput!) {
    redeemPortalAccessCode(input: $input) {
      user {
        id
        displayName
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`;

/** Phone, one-time code and the new PIN; null when the server answered without a payload. */
export async function redeemAccessCode(
  variables: RedeemVariables,
): Promise<RedeemData['redeemPortalAccessCode'] | null> {
  const result = await postGraphQL<RedeemData, RedeemVariables>(REDEEM_DOCUMENT, variables);
  return result.data?.redeemPortalAccessCode ?? null;
}
