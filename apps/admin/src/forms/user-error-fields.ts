import { gql } from '@apollo/client';

/** What every mutation payload's userErrors carries: spread `...AdminUserErrorFields`. */
export const USER_ERROR_FIELDS = gql`
  fragment AdminUserErrorFields on UserError {
    field
    message
    code
  }
`;
