import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../test-utils';
import { AGJ, FUZ, meMock } from '../test-mocks';
import {
  CREATE_USER_MUTATION,
  DEACTIVATE_USER_MUTATION,
  RESET_PASSWORD_MUTATION,
  type StaffUser,
  UPDATE_USER_MUTATION,
  USER_OPTIONS_QUERY,
  USERS_QUERY,
} from './users-documents';

const IOM = { __typename: 'Organization' as const, id: 'o-iom', name: 'IOM', code: 'IOM' };

const user = (id: string, extra: Partial<StaffUser> = {}): StaffUser => ({
  __typename: 'User',
  id,
  username: `user.${id}`,
  displayName: `Person ${id}`,
  role: 'APPROVER',
  active: true,
  organization: null,
  districts: [],
  ...extra,
});

const leyla = user('u2', {
  username: 'leyla.cm',
  displayName: 'Leyla',
  role: 'CASE_MANAGER',
  organization: { __typename: 'Organization', id: IOM.id, name: IOM.name },
  districts: [{ __typename: 'District', id: AGJ.id, name: AGJ.name }],
});

const STAFF = ['ADMIN', 'CASE_MANAGER', 'APPROVER', 'ANALYST'];
const usersMock = (users: StaffUser[], filter: object = { active: true }) => ({
  request: { query: USERS_QUERY, variables: { filter: { ...filter, roles: STAFF } } },
  result: {
    data: {
      users: {
        __typename: 'UserConnection',
        totalCount: users.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: users.map((node) => ({ __typename: 'UserEdge', node })),
      },
    },
  },
});

const optionsMock = {
  request: { query: USER_OPTIONS_QUERY },
  result: { data: { organizations: [IOM], districts: [AGJ, FUZ] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const me = user('u1', { role: 'ADMIN', displayName: 'Admin' });
const payload = (u: StaffUser | null, userErrors: object[] = []) => ({
  __typename: 'UserPayload',
  user: u,
  userErrors,
});

describe('users and roles', () => {
  it('lists staff with role, districts and status; no deactivating yourself', async () => {
    await renderApp({ path: '/users', mocks: [meMock('ADMIN'), usersMock([me, leyla])] });
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[2]).toHaveTextContent('Leyla');
    expect(rows[2]).toHaveTextContent('Case manager');
    expect(rows[2]).toHaveTextContent('Aghjabedi');
    expect(within(rows[1]!).queryByRole('button', { name: /Deactivate/ })).not.toBeInTheDocument();
    expect(within(rows[2]!).getByRole('button', { name: 'Deactivate Leyla' })).toBeInTheDocument();
  });

  it('checks a new account field by field and focuses the first problem', async () => {
    await renderApp({ path: '/users', mocks: [meMock('ADMIN'), usersMock([me]), optionsMock] });
    await userEvent.click(await screen.findByRole('button', { name: 'Add a staff member' }));
    await userEvent.type(screen.getByLabelText(/^Username/), 'Bad Name');
    await userEvent.selectOptions(screen.getByLabelText(/^Role/), 'CASE_MANAGER');
    await userEvent.click(screen.getByRole('button', { name: 'Create the account' }));
    const username = screen.getByLabelText(/^Username/);
    expect(username).toHaveFocus();
    expect(username).toHaveAccessibleDescription(/Username: use 3 to 50 lower-case letters/);
    expect(screen.getByRole('group', { name: 'Districts' })).toHaveAccessibleDescription(
      'Districts: a case manager needs at least one district.',
    );
  });

  it('creates an account and shows the API’s userError on its field', async () => {
    const input = {
      username: 'new.cm',
      password: 'long enough pw',
      displayName: 'New CM',
      role: 'CASE_MANAGER',
      organizationId: IOM.id,
      districtIds: [FUZ.id],
    };
    await renderApp({
      path: '/users',
      mocks: [
        meMock('ADMIN'),
        usersMock([me]),
        optionsMock,
        {
          request: { query: CREATE_USER_MUTATION, variables: { input } },
          result: {
            data: {
              createUser: payload(null, [
                {
                  __typename: 'UserError',
                  field: ['input', 'username'],
                  code: 'USERNAME_TAKEN',
                  message: 'This username is already in use.',
                },
              ]),
            },
          },
        },
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Add a staff member' }));
    await userEvent.type(screen.getByLabelText(/^Username/), 'new.cm');
    await userEvent.type(screen.getByLabelText(/^Name/), 'New CM');
    await userEvent.selectOptions(screen.getByLabelText(/^Role/), 'CASE_MANAGER');
    await userEvent.type(screen.getByLabelText(/^First password/), 'long enough pw');
    await userEvent.selectOptions(screen.getByLabelText('Organisation'), IOM.id);
    await userEvent.click(await screen.findByLabelText('Fuzuli'));
    await userEvent.click(screen.getByRole('button', { name: 'Create the account' }));
    const username = screen.getByLabelText(/^Username/);
    await waitFor(() =>
      expect(username).toHaveAccessibleDescription(/Username: This username is already in use./),
    );
    await waitFor(() => expect(username).toHaveFocus());
  });

  it('changes a role and drops the districts a non-case-manager cannot have', async () => {
    await renderApp({
      path: '/users',
      mocks: [
        meMock('ADMIN'),
        usersMock([me, leyla]),
        optionsMock,
        {
          request: {
            query: UPDATE_USER_MUTATION,
            variables: {
              input: {
                userId: 'u2',
                displayName: 'Leyla',
                role: 'APPROVER',
                organizationId: IOM.id,
                districtIds: [],
              },
            },
          },
          result: { data: { updateUser: payload({ ...leyla, role: 'APPROVER', districts: [] }) } },
        },
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Change Leyla' }));
    await userEvent.selectOptions(screen.getByLabelText(/^Role/), 'APPROVER');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('The changes to Leyla were saved.')).toBeInTheDocument();
    const row = screen.getAllByRole('row')[2]!;
    expect(row).toHaveTextContent('Credit committee');
  });

  it('resets a password after checking its length', async () => {
    await renderApp({
      path: '/users',
      mocks: [
        meMock('ADMIN'),
        usersMock([me, leyla]),
        {
          request: {
            query: RESET_PASSWORD_MUTATION,
            variables: { input: { userId: 'u2', newPassword: 'a new long password' } },
          },
          result: { data: { resetUserPassword: payload(leyla) } },
        },
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Reset password of Leyla' }));
    const field = screen.getByLabelText(/^New password/);
    await userEvent.type(field, 'short');
    await userEvent.click(screen.getByRole('button', { name: 'Set the new password' }));
    expect(field).toHaveAccessibleDescription(/New password: at least 10 characters./);
    await userEvent.clear(field);
    await userEvent.type(field, 'a new long password');
    await userEvent.click(screen.getByRole('button', { name: 'Set the new password' }));
    expect(await screen.findByText('The password of Leyla was reset.')).toBeInTheDocument();
  });

  it('deactivates after confirming', async () => {
    await renderApp({
      path: '/users',
      mocks: [
        meMock('ADMIN'),
        usersMock([me, leyla]),
        {
          request: { query: DEACTIVATE_USER_MUTATION, variables: { input: { userId: 'u2' } } },
          result: { data: { deactivateUser: payload({ ...leyla, active: false }) } },
        },
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Deactivate Leyla' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, deactivate' }));
    expect(await screen.findByText('Leyla was deactivated.')).toBeInTheDocument();
    expect(screen.getAllByRole('row')[2]).toHaveTextContent('Deactivated');
  });

  it('is for admins only', async () => {
    await renderApp({ path: '/users', mocks: [meMock('CASE_MANAGER')] });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Not available for your role' }),
    ).toBeInTheDocument();
  });

  it('shows more users after the last cursor when there are more than a page', async () => {
    const page = (users: StaffUser[], endCursor: string | null, after?: string) => ({
      ...usersMock(users),
      request: {
        query: USERS_QUERY,
        variables: { filter: { active: true, roles: STAFF }, ...(after ? { after } : {}) },
      },
      result: {
        data: {
          users: {
            __typename: 'UserConnection',
            totalCount: 3,
            pageInfo: { __typename: 'PageInfo', hasNextPage: endCursor !== null, endCursor },
            edges: users.map((node) => ({ __typename: 'UserEdge', node })),
          },
        },
      },
    });
    await renderApp({
      path: '/users',
      mocks: [
        meMock('ADMIN'),
        page([me, leyla], 'c2'),
        page([user('u3', { displayName: 'Third' })], null, 'c2'),
      ],
    });
    expect(await screen.findByText('Showing 2 of 3')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show more' }));
    expect(await screen.findByText('Showing 3 of 3')).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'Third' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
  });
});
