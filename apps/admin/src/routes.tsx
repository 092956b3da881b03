import { type RouteObject } from 'react-router';
import { PublicLayout } from './shell/public-layout';
import { RouteLoading } from './shell/route-loading';
import { StaffShell } from './shell/staff-shell';

// Paths are relative to the router's basename (/admin in the browser). Screens are lazy chunks.
export const routes: RouteObject[] = [
  {
    hydrateFallbackElement: <RouteLoading />,
    children: [
      {
        element: <PublicLayout />,
        children: [
          {
            path: 'sign-in',
            lazy: async () => ({ Component: (await import('./sign-in/sign-in-page')).SignInPage }),
          },
        ],
      },
      {
        element: <StaffShell />,
        children: [
          {
            index: true,
            lazy: async () => ({
              Component: (await import('./dashboard/dashboard-page')).DashboardPage,
            }),
          },
          {
            path: 'beneficiaries',
            lazy: async () => ({
              Component: (await import('./survivors/survivors-page')).SurvivorsPage,
            }),
          },
          {
            path: 'beneficiaries/new',
            lazy: async () => ({
              Component: (await import('./register/register-survivor-page')).RegisterSurvivorPage,
            }),
          },
          {
            path: 'beneficiaries/:id',
            lazy: async () => ({
              Component: (await import('./survivor-file/survivor-file-page')).SurvivorFilePage,
            }),
          },
          {
            path: 'beneficiaries/:id/apply',
            lazy: async () => ({
              Component: (await import('./loans/loan-application-page')).LoanApplicationPage,
            }),
          },
          {
            path: 'loans',
            lazy: async () => ({ Component: (await import('./loans/loans-page')).LoansPage }),
          },
          {
            path: 'loans/:id',
            lazy: async () => ({ Component: (await import('./loans/loan-page')).LoanPage }),
          },
          {
            path: 'approvals',
            lazy: async () => ({
              Component: (await import('./approvals/approvals-page')).ApprovalsPage,
            }),
          },
          {
            path: 'repayments',
            lazy: async () => ({
              Component: (await import('./repayments/repayments-page')).RepaymentsPage,
            }),
          },
          {
            path: 'arrears',
            lazy: async () => ({ Component: (await import('./arrears/arrears-page')).ArrearsPage }),
          },
          {
            path: 'courses',
            lazy: async () => ({ Component: (await import('./courses/courses-page')).CoursesPage }),
          },
          {
            path: 'courses/new',
            lazy: async () => ({
              Component: (await import('./courses/new-session-page')).NewSessionPage,
            }),
          },
          {
            path: 'courses/:id',
            lazy: async () => ({ Component: (await import('./courses/session-page')).SessionPage }),
          },
          {
            path: 'explorer',
            lazy: async () => ({
              Component: (await import('./explorer/explorer-page')).ExplorerPage,
            }),
          },
          {
            path: 'work',
            lazy: async () => ({
              Component: (await import('./work-list/work-list-page')).WorkListPage,
            }),
          },
          {
            path: 'fund',
            lazy: async () => ({ Component: (await import('./fund/fund-page')).FundPage }),
          },
          {
            path: 'users',
            lazy: async () => ({ Component: (await import('./users/users-page')).UsersPage }),
          },
          {
            path: 'audit',
            lazy: async () => ({ Component: (await import('./audit/audit-page')).AuditPage }),
          },
          {
            path: 'loan-products',
            lazy: async () => ({
              Component: (await import('./loan-products/loan-products-page')).LoanProductsPage,
            }),
          },
          {
            path: 'indicators',
            lazy: async () => ({
              Component: (await import('./indicators/indicators-page')).IndicatorsPage,
            }),
          },
          {
            path: '*',
            lazy: async () => ({
              Component: (await import('./not-found/not-found-page')).NotFoundPage,
            }),
          },
        ],
      },
    ],
  },
];
