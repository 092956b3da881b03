import { MockLink } from '@apollo/client/testing';
import { createI18n, type LanguageCode } from '@revolve/ui';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { createMemoryRouter } from 'react-router';
import { createApolloClient } from '../apollo-client';
import { App } from '../app';
import { LOGIN_MUTATION } from '../auth/login-mutation';
import { coursesMock, sessionSummary, sessionsMock } from '../courses/course-test-data';
import { SESSIONS_QUERY } from '../courses/course-documents';
import en from '../locales/en.json';
import { routes } from '../routes';
import { districtsMock, meMock } from '../test-mocks';
import { goToSignIn } from './return-path';

/** The real client's error handling in front of mocked answers, on the real routes. */
async function renderWithClient(path: string, mocks: MockLink.MockedResponse[]) {
  const i18n = await createI18n<LanguageCode>({
    defaultLanguage: 'en',
    supported: ['en'],
    load: async () => en,
    storage: null,
  });
  const router = createMemoryRouter(routes, {
    basename: '/admin',
    initialEntries: [`/admin${path}`],
  });
  const client = createApolloClient({
    terminatingLink: new MockLink(mocks),
    onUnauthenticated: () => goToSignIn(router),
  });
  render(<App client={client} i18n={i18n} router={router as never} />);
  return router;
}

const expired = {
  // A case manager's course list starts with their own districts (AGJ and FUZ in the mocks).
  request: {
    query: SESSIONS_QUERY,
    variables: { language: 'EN', filter: { districtIds: ['d-agj', 'd-fuz'] } },
  },
  result: {
    errors: [new GraphQLError('Sign in first.', { extensions: { code: 'UNAUTHENTICATED' } })],
  },
};

describe('an expired session', () => {
  it('sends the user to sign in with a return path, and back there afterwards', async () => {
    const router = await renderWithClient('/courses', [
      meMock('CASE_MANAGER'),
      districtsMock('CASE_MANAGER'),
      coursesMock(),
      expired,
      {
        request: {
          query: LOGIN_MUTATION,
          variables: { input: { username: 'manager.iom', password: 'demo-password' } },
        },
        result: {
          data: {
            login: {
              __typename: 'LoginPayload',
              user: {
                __typename: 'User',
                id: 'u1',
                displayName: 'Staff Member',
                role: 'CASE_MANAGER',
              },
              userErrors: [],
            },
          },
        },
      },
      sessionsMock([sessionSummary()], { districtIds: ['d-agj', 'd-fuz'] }),
    ]);
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Staff sign-in' },
        { timeout: 5000 }, // the sign-in screen is a lazy chunk
      ),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/admin/sign-in');
    expect(router.state.location.search).toBe('?next=%2Fcourses');
    expect(screen.getByText(/your session has ended/)).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText(/^Username/), 'manager.iom');
    await userEvent.type(screen.getByLabelText(/^Password/), 'demo-password');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/admin/courses'));
    expect(
      await screen.findByRole('table', { name: /Course sessions/ }, { timeout: 5000 }),
    ).toBeInTheDocument();
  });

  it('leaves other errors on the screen that had them', async () => {
    const router = await renderWithClient('/courses', [
      meMock('CASE_MANAGER'),
      districtsMock('CASE_MANAGER'),
      coursesMock(),
      {
        ...expired,
        result: {
          errors: [new GraphQLError('Boom', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })],
        },
      },
    ]);
    expect(await screen.findByText('The sessions could not be loaded')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/admin/courses');
  });
});
