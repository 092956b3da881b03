import { type ApolloClient } from '@apollo/client';
import { ApolloProvider, getApolloContext } from '@apollo/client/react';
import { useContext } from 'react';
import { Outlet } from 'react-router';
import { createApolloClient } from '../apollo-client';
import { readEarlyLoans, seedEarlyLoans } from '../early/early-loans';
import { ME_QUERY } from '../home/me-query';
import { knownUser, onSignedIn } from '../session';
import { SignedInNav } from './signed-in-nav';

let client: ApolloClient | undefined;
readEarlyLoans();

/** One client per page load, made when the first signed-in screen is opened. */
function portalClient(): ApolloClient {
  if (!client) {
    const created = createApolloClient();
    // The session check already said who this is: home need not ask again before it renders.
    const known = knownUser();
    if (known)
      created.writeQuery({ query: ME_QUERY, data: { me: { __typename: 'User', ...known } } });
    seedEarlyLoans(created);
    // A "nobody is signed in" answer may be cached from before sign-in: replace it.
    onSignedIn((user) => created.writeQuery({ query: ME_QUERY, data: { me: user } }));
    client = created;
  }
  return client;
}

/**
 * The frame of the signed-in screens, loaded lazily with Apollo Client so that the first
 * route (sign-in) stays small. A client already given from above (tests' MockedProvider) wins.
 */
export function SignedInShell() {
  const outer = useContext(getApolloContext()).client;
  const screens = (
    <>
      <SignedInNav />
      <Outlet />
    </>
  );
  if (outer) return screens;
  return <ApolloProvider client={portalClient()}>{screens}</ApolloProvider>;
}
