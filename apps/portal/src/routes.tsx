import { type RouteObject } from 'react-router';
import { PortalLayout } from './shell/portal-layout';
import { RouteLoading } from './shell/route-loading';

// Every screen is its own chunk, so the first visit downloads only the screen it shows.
export const routes: RouteObject[] = [
  {
    element: <PortalLayout />,
    hydrateFallbackElement: <RouteLoading />,
    children: [
      {
        index: true,
        lazy: async () => ({ Component: (await import('./home/home-page')).HomePage }),
      },
      {
        path: 'sign-in',
        lazy: async () => ({ Component: (await import('./sign-in/sign-in-page')).SignInPage }),
      },
      {
        path: '*',
        lazy: async () => ({
          Component: (await import('./not-found/not-found-page')).NotFoundPage,
        }),
      },
    ],
  },
];
