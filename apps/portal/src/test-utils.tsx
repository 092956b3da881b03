import { type MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { createI18n, type LanguageCode } from '@revolve/ui';
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import az from './locales/az.json';
import en from './locales/en.json';
import ru from './locales/ru.json';
import { routes } from './routes';
import { type SessionCheck } from './session';
import { SessionCheckContext } from './signed-in/session-gate';

const messages = { az, ru, en };

export interface RenderAppOptions {
  path?: string;
  mocks?: MockLink.MockedResponse[];
  language?: LanguageCode;
  /** What the session gate hears; 'unreachable' makes the check fail. Signed in by default. */
  session?: SessionCheck | 'unreachable';
}

const SIGNED_IN: SessionCheck = { state: 'signed-in', user: { id: 'u1', displayName: 'Test' } };

/** Renders the real routes at `path` with mocked GraphQL and the real locale files. */
export async function renderApp({
  path = '/',
  mocks = [],
  language = 'en',
  session = SIGNED_IN,
}: RenderAppOptions = {}) {
  const check = async () => {
    if (session === 'unreachable') throw new Error('offline');
    return session;
  };
  const i18n = await createI18n<LanguageCode>({
    defaultLanguage: language,
    supported: ['az', 'ru', 'en'],
    load: async (lng) => messages[lng],
    storage: null,
  });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(
    <I18nextProvider i18n={i18n}>
      <SessionCheckContext.Provider value={check}>
        <MockedProvider mocks={mocks}>
          <RouterProvider router={router} />
        </MockedProvider>
      </SessionCheckContext.Provider>
    </I18nextProvider>,
  );
  return { ...view, router, i18n };
}

export interface GraphQLCall {
  query: string;
  variables: unknown;
}

/**
 * Answers plain-fetch GraphQL requests (sign-in runs without Apollo) with `answer`'s result,
 * recording what was sent. `answer` returning an Error makes the request fail like a dropped line.
 */
export function mockGraphQLFetch(answer: (call: GraphQLCall) => unknown) {
  const calls: GraphQLCall[] = [];
  const spy = jest.spyOn(globalThis, 'fetch').mockImplementation(async (_uri, init) => {
    const call = JSON.parse(String(init?.body)) as GraphQLCall;
    calls.push(call);
    const body = answer(call);
    if (body instanceof Error) throw body;
    return new Response(JSON.stringify(body), {
      headers: { 'content-type': 'application/json' },
    });
  });
  return { calls, spy };
}
