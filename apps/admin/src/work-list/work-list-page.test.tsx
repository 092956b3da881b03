import { screen, within } from '@testing-library/react';
import { meMock } from '../test-mocks';
import { renderApp } from '../test-utils';
import { WORK_LIST_QUERY, type WorkListData } from './work-list-documents';

const survivor = (id: string, code: string) => ({
  __typename: 'Beneficiary' as const,
  id,
  code,
  fullName: `Name ${code}`,
});

const work = (patch: Partial<WorkListData['workList']> = {}): WorkListData => ({
  workList: {
    __typename: 'WorkList',
    today: '2026-11-28',
    followUps: [],
    loansInArrears: { __typename: 'LoanConnection', totalCount: 0, edges: [] },
    waitlisted: [],
    ...patch,
  },
});

const mock = (data: WorkListData) => ({
  request: { query: WORK_LIST_QUERY, variables: { language: 'EN' } },
  result: { data },
});

describe('work list', () => {
  it('lists follow-ups (overdue said in words), loans in arrears and waitlists, with links', async () => {
    await renderApp({
      path: '/work',
      mocks: [
        meMock('CASE_MANAGER'),
        mock(
          work({
            followUps: [
              {
                __typename: 'FollowUp',
                dueOn: '2026-11-20',
                daysOverdue: 8,
                overdue: true,
                beneficiary: survivor('b1', 'AGJ-001'),
                caseNote: { __typename: 'CaseNote', id: 'n1', kind: 'HOME_VISIT', text: 'Visit' },
              },
            ],
            loansInArrears: {
              __typename: 'LoanConnection',
              totalCount: 1,
              edges: [
                {
                  __typename: 'LoanEdge',
                  node: {
                    __typename: 'Loan',
                    id: 'l1',
                    reference: 'LN-2026-0001',
                    daysPastDue: 45,
                    beneficiary: survivor('b2', 'AGJ-002'),
                  },
                },
              ],
            },
            waitlisted: [
              {
                __typename: 'Enrollment',
                id: 'e1',
                waitlistPosition: 2,
                beneficiary: survivor('b3', 'FUZ-003'),
                session: {
                  __typename: 'CourseSession',
                  id: 's1',
                  startsOn: '2026-12-19',
                  course: { __typename: 'Course', id: 'c1', title: 'Selling what you make' },
                  district: { __typename: 'District', id: 'd-fuz', name: 'Fuzuli' },
                },
              },
            ],
          }),
        ),
      ],
    });
    const followUps = await screen.findByRole('region', { name: 'Follow-ups due (1)' });
    expect(followUps).toHaveTextContent(
      /AGJ-001 Name AGJ-001: home visit, due Nov 20, 2026 \(8 days overdue\)/,
    );
    expect(within(followUps).getByRole('link')).toHaveAttribute('href', '/admin/beneficiaries/b1');
    const arrears = screen.getByRole('region', { name: 'Loans in arrears (1)' });
    expect(within(arrears).getByRole('link', { name: 'LN-2026-0001' })).toHaveAttribute(
      'href',
      '/admin/loans/l1',
    );
    expect(arrears).toHaveTextContent('45 days past due');
    const waiting = screen.getByRole('region', { name: 'Waiting for a course place (1)' });
    expect(waiting).toHaveTextContent(/Selling what you make, Fuzuli, Waitlist, number 2/);
  });

  it('says when nothing is waiting', async () => {
    await renderApp({ path: '/work', mocks: [meMock('ADMIN'), mock(work())] });
    expect(await screen.findByText(/Nothing is waiting/)).toBeInTheDocument();
  });

  it('is not for the committee', async () => {
    await renderApp({ path: '/work', mocks: [meMock('APPROVER')] });
    expect(
      await screen.findByRole('heading', { name: 'Not available for your role' }),
    ).toBeInTheDocument();
  });
});
