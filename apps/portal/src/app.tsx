import { type i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { type createBrowserRouter, RouterProvider } from 'react-router';

export interface AppProps {
  i18n: I18n;
  router: ReturnType<typeof createBrowserRouter>;
}

/**
 * Providers in one place, so main.tsx and tests wire the app the same way. Apollo Client is
 * not here: the signed-in shell brings it, so the first route loads without it.
 */
export function App({ i18n, router }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <RouterProvider router={router} />
    </I18nextProvider>
  );
}
