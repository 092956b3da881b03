import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { districtsMock, FUZ, meMock, TAR } from '../test-mocks';
import { coursesMock, MARKETING, sessionSummary, sessionsMock } from './course-test-data';

import { renderApp } from '../test-utils';

describe('course sessions list', () => {
  const sessions = [
    sessionSummary(),
    sessionSummary({ id: 's2', course: MARKETING, district: FUZ, seatsLeft: 0, venue: null }),
  ];

  it('lists sessions with district, capacity and seats left, and filters by course', async () => {
    await renderApp({
      path: '/courses',
      mocks: [
        meMock('CASE_MANAGER'),
        districtsMock('CASE_MANAGER'),
        coursesMock(),
        sessionsMock(sessions, { districtIds: ['d-agj', 'd-fuz'] }),
      ],
    });
    const table = await screen.findByRole('table', { name: 'Course sessions, one per row' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent(/Bookkeeping.*Aghjabedi.*Community centre.*12.*3/);
    expect(rows[2]).toHaveTextContent(/Selling what you make.*Fuzuli.*Full/);
    expect(within(rows[1]!).getByRole('link', { name: /Bookkeeping/ })).toHaveAttribute(
      'href',
      '/admin/courses/s1',
    );
    await userEvent.selectOptions(screen.getByLabelText('Course'), 'Selling what you make');
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(screen.getByRole('link', { name: 'New session' })).toHaveAttribute(
      'href',
      '/admin/courses/new',
    );
  });

  it('asks the API for one district when one is chosen, and says when nothing matches', async () => {
    await renderApp({
      path: '/courses',
      mocks: [
        meMock('ADMIN'),
        districtsMock('ADMIN'),
        coursesMock(),
        sessionsMock(sessions),
        sessionsMock([], { districtIds: ['d-tar'] }),
      ],
    });
    await screen.findByRole('table');
    await userEvent.selectOptions(screen.getByLabelText('District'), 'Tartar');
    expect(await screen.findByText(/No session matches/)).toBeInTheDocument();
  });

  it('shows a case manager their own districts first, and every district on request', async () => {
    await renderApp({
      path: '/courses',
      mocks: [
        meMock('CASE_MANAGER'),
        districtsMock('CASE_MANAGER'),
        coursesMock(),
        sessionsMock([sessions[0]!], { districtIds: ['d-agj', 'd-fuz'] }),
        sessionsMock([...sessions, sessionSummary({ id: 's3', district: TAR })]),
      ],
    });
    const table = await screen.findByRole('table', { name: 'Course sessions, one per row' });
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    const district = screen.getByLabelText('District');
    expect(district).toHaveDisplayValue('My districts');
    await userEvent.selectOptions(district, 'All districts');
    // The list is asked for again (the table is drawn anew when it arrives).
    expect(await screen.findByRole('cell', { name: 'Tartar' })).toBeInTheDocument();
    const all = screen.getByRole('table', { name: 'Course sessions, one per row' });
    expect(within(all).getAllByRole('row')).toHaveLength(4);
  });

  it('is not for approvers', async () => {
    await renderApp({ path: '/courses', mocks: [meMock('APPROVER')] });
    expect(
      await screen.findByRole('heading', { name: 'Not available for your role' }),
    ).toBeInTheDocument();
  });
});
