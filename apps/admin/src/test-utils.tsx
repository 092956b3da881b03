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

const messages = { az, ru, en };

export interface RenderAppOptions {
  path?: string;
  mocks?: MockLink.MockedResponse[];
  language?: LanguageCode;
}

/** Renders the real routes at /admin + `path` with mocked GraphQL and the real locale files. */
export async function renderApp({
  path = '/',
  mocks = [],
  language = 'en',
}: RenderAppOptions = {}) {
  const i18n = await createI18n<LanguageCode>({
    defaultLanguage: language,
    supported: ['az', 'ru', 'en'],
    load: async (lng) => messages[lng],
    storage: null,
  });
  const router = createMemoryRouter(routes, {
    basename: '/admin',
    initialEntries: [`/admin${path === '/' ? '' : path}`],
  });
  const view = render(
    <I18nextProvider i18n={i18n}>
      <MockedProvider mocks={mocks}>
        <RouterProvider router={router} />
      </MockedProvider>
    </I18nextProvider>,
  );
  return { ...view, router, i18n };
}
