import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { districtsMock, meMock } from '../test-mocks';
import { renderApp } from '../test-utils';
import { CREATE_SESSION_MUTATION } from './course-documents';
import { coursesMock, districtSurvivorsMock, sessionDetail, sessionMock } from './course-test-data';

describe('new session', () => {
  it('shows every problem on its field and focuses the first', async () => {
    await renderApp({
      path: '/courses/new',
      mocks: [meMock('CASE_MANAGER'), districtsMock('CASE_MANAGER'), coursesMock()],
    });
    const capacity = await screen.findByLabelText(/^Capacity/);
    await userEvent.clear(capacity);
    await userEvent.type(capacity, '0');
    await userEvent.click(screen.getByRole('button', { name: 'Create the session' }));
    const course = screen.getByLabelText(/^Course/);
    expect(course).toHaveFocus();
    expect(course).toHaveAccessibleDescription('Course: choose a course.');
    expect(capacity).toHaveAccessibleDescription(/Capacity \(seats\): enter a whole number/);
    expect(screen.getByRole('group', { name: 'Meeting dates' })).toHaveAccessibleDescription(
      'Meeting dates: enter at least one meeting date.',
    );
  });

  it('creates the session with its dates in order and opens it', async () => {
    let sent: unknown;
    await renderApp({
      path: '/courses/new',
      mocks: [
        meMock('CASE_MANAGER'),
        districtsMock('CASE_MANAGER'),
        coursesMock(),
        sessionMock(sessionDetail()),
        districtSurvivorsMock(),
        {
          request: {
            query: CREATE_SESSION_MUTATION,
            variables: (v: { input: unknown }) => {
              sent = v.input;
              return true;
            },
          },
          result: {
            data: {
              createCourseSession: {
                session: { __typename: 'CourseSession', id: 's1' },
                userErrors: [],
              },
            },
          },
        },
      ],
    });
    await userEvent.selectOptions(await screen.findByLabelText(/^Course/), 'c-acc');
    await userEvent.selectOptions(screen.getByLabelText(/^District/), 'd-fuz');
    await userEvent.type(screen.getByLabelText('Venue'), 'School 3');
    await userEvent.type(screen.getByLabelText('Meeting 1'), '2020-01-17');
    await userEvent.click(screen.getByRole('button', { name: 'Add a meeting' }));
    await userEvent.type(screen.getByLabelText('Meeting 2'), '2020-01-10');
    await userEvent.click(screen.getByRole('button', { name: 'Create the session' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'About the session' }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(sent).toEqual({
        courseId: 'c-acc',
        districtId: 'd-fuz',
        capacity: 12,
        meetingDates: ['2020-01-10', '2020-01-17'],
        venue: 'School 3',
        trainer: null,
      }),
    );
  });
});
