import { type RouteObject } from 'react-router';
import { PortalLayout } from './shell/portal-layout';
import { RouteLoading } from './shell/route-loading';
import { CoursesPage, HomePage, MyDataPage, SchedulePage } from './signed-in/screens';
import { SessionGate } from './signed-in/session-gate';

// Every screen is its own chunk, so the first visit downloads only the screen it shows.
// Signed-in screens sit behind a gate whose shell brings Apollo Client; sign-in does without it.
export const routes: RouteObject[] = [
  {
    element: <PortalLayout />,
    hydrateFallbackElement: <RouteLoading />,
    children: [
      {
        path: 'sign-in',
        lazy: async () => ({ Component: (await import('./sign-in/sign-in-page')).SignInPage }),
      },
      {
        path: 'first-time',
        lazy: async () => ({
          Component: (await import('./first-time/first-time-page')).FirstTimePage,
        }),
      },
      {
        element: <SessionGate />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'schedule', element: <SchedulePage /> },
          { path: 'courses', element: <CoursesPage /> },
          { path: 'my-data', element: <MyDataPage /> },
        ],
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
