import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { meMock } from '../test-mocks';
import { renderApp } from '../test-utils';
import {
  CANCEL_ENROLLMENT_MUTATION,
  ENROLL_MUTATION,
  RECORD_ATTENDANCE_MUTATION,
} from './course-documents';
import { districtSurvivorsMock, enrollment, sessionDetail, sessionMock } from './course-test-data';

const e1 = enrollment('e1', 'AGJ-001', {
  attendance: [{ __typename: 'AttendanceRecord', date: '2020-01-10', mark: 'PRESENT' }],
});
const done = enrollment('e2', 'AGJ-002', {
  status: 'COMPLETED',
  certificateNumber: 'CERT-2020-0001',
});
const waiting = enrollment('e3', 'AGJ-003', { status: 'WAITLISTED', waitlistPosition: 1 });
const session = sessionDetail({ enrollments: [waiting, e1, done] });

const base = () => [meMock('CASE_MANAGER'), sessionMock(session), districtSurvivorsMock()];

describe('session page', () => {
  it('shows seats, then the waitlist in line, with attendance and certificates', async () => {
    await renderApp({ path: '/courses/s1', mocks: base() });
    const table = await screen.findByRole('table', { name: 'Enrollments and waitlist' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent(/AGJ-002.*Completed.*CERT-2020-0001/);
    expect(rows[2]).toHaveTextContent(/AGJ-001.*Enrolled.*1 of 3/);
    expect(rows[3]).toHaveTextContent(/AGJ-003.*Waitlist, number 1/);
    expect(screen.getByText('12 seats, 3 free')).toBeInTheDocument();
  });

  it('enrolls only survivors without a place, and shows a refusal on the field', async () => {
    await renderApp({
      path: '/courses/s1',
      mocks: [
        ...base(),
        {
          request: {
            query: ENROLL_MUTATION,
            variables: { input: { sessionId: 's1', beneficiaryId: 'b-new' } },
          },
          result: {
            data: {
              enrollInSession: {
                enrollment: null,
                userErrors: [
                  {
                    __typename: 'UserError',
                    code: 'CONSENT_REQUIRED',
                    field: ['input', 'beneficiaryId'],
                    message: 'The survivor has withdrawn consent.',
                  },
                ],
              },
            },
          },
        },
      ],
    });
    const select = await screen.findByLabelText(/^Survivor/);
    await waitFor(() => expect(within(select).getAllByRole('option')).toHaveLength(2));
    expect(within(select).queryByRole('option', { name: /AGJ-001/ })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Enroll' }));
    expect(select).toHaveFocus();
    expect(select).toHaveAccessibleDescription('Survivor: choose a survivor.');
    await userEvent.selectOptions(select, 'b-new');
    await userEvent.click(screen.getByRole('button', { name: 'Enroll' }));
    await waitFor(() =>
      expect(select).toHaveAccessibleDescription('Survivor: The survivor has withdrawn consent.'),
    );
    expect(select).toHaveFocus();
  });

  it('cancels a place only after the confirm step', async () => {
    let cancelled = 0;
    await renderApp({
      path: '/courses/s1',
      mocks: [
        ...base(),
        {
          request: {
            query: CANCEL_ENROLLMENT_MUTATION,
            variables: (v: { input: { enrollmentId: string } }) => {
              cancelled += 1;
              return v.input.enrollmentId === 'e1';
            },
          },
          result: {
            data: {
              cancelEnrollment: { enrollment: { ...e1, status: 'CANCELLED' }, userErrors: [] },
            },
          },
        },
      ],
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Cancel the place of AGJ-001' }),
    );
    expect(cancelled).toBe(0);
    const question = screen.getByText(/Cancel the place of AGJ-001\? The first survivor/);
    expect(question).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Yes, cancel the place' }));
    expect(await screen.findByText('The place of AGJ-001 was cancelled.')).toBeInTheDocument();
    expect(cancelled).toBe(1);
  });

  it('records only changed marks for a past meeting and never offers a future one', async () => {
    const sent: { enrollmentId: string; date: string; mark: string }[] = [];
    await renderApp({
      path: '/courses/s1',
      mocks: [
        ...base(),
        {
          request: {
            query: RECORD_ATTENDANCE_MUTATION,
            variables: (v: { input: { enrollmentId: string; date: string; mark: string } }) => {
              sent.push(v.input);
              return true;
            },
          },
          result: { data: { recordAttendance: { enrollment: e1, userErrors: [] } } },
          maxUsageCount: 5,
        },
      ],
    });
    const meeting = await screen.findByLabelText(/^Meeting/);
    // The latest meeting already held is chosen; the future one cannot be picked.
    expect(meeting).toHaveValue('2020-01-17');
    expect(within(meeting).getByRole('option', { name: /not yet/ })).toHaveValue('2099-01-17');
    await userEvent.selectOptions(meeting, '2099-01-17');
    expect(meeting).toHaveValue('2020-01-17');
    await userEvent.selectOptions(meeting, '2020-01-10');
    const first = screen.getByRole('group', { name: 'AGJ-001 Name AGJ-001' });
    expect(within(first).getByLabelText('Present')).toBeChecked();
    const second = screen.getByRole('group', { name: 'AGJ-002 Name AGJ-002' });
    await userEvent.click(within(second).getByLabelText('Excused'));
    await userEvent.click(screen.getByRole('button', { name: 'Save the register' }));
    expect(await screen.findByText(/1 mark recorded/)).toBeInTheDocument();
    expect(sent).toEqual([{ enrollmentId: 'e2', date: '2020-01-10', mark: 'EXCUSED' }]);
    // Waitlisted survivors hold no seat, so they have no line in the register.
    expect(screen.queryByRole('group', { name: /AGJ-003/ })).not.toBeInTheDocument();
  });

  it('says when the session does not exist', async () => {
    await renderApp({ path: '/courses/s1', mocks: [meMock('ADMIN'), sessionMock(null)] });
    expect(await screen.findByRole('heading', { name: 'Session not found' })).toBeInTheDocument();
  });
});
