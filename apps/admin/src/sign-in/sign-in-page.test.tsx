import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LOGIN_MUTATION } from '../auth/login-mutation';
import { renderApp } from '../test-utils';

const loginMock = (username: string, password: string, login: object) => ({
  request: { query: LOGIN_MUTATION, variables: { input: { username, password } } },
  result: { data: { login: { __typename: 'LoginPayload', ...login } } },
});

async function fillIn(username: string, password: string) {
  if (username) await userEvent.type(await screen.findByLabelText(/Username/), username);
  if (password) await userEvent.type(screen.getByLabelText(/Password/), password);
  await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('staff sign-in', () => {
  it('labels username and password with the right autocomplete hints', async () => {
    await renderApp({ path: '/sign-in' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Staff sign-in' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText(/Username/)).toHaveAttribute('autocomplete', 'username');
    const password = screen.getByLabelText(/Password/);
    expect(password).toHaveAttribute('type', 'password');
    expect(password).toHaveAttribute('autocomplete', 'current-password');
  });

  it('names the missing field in a message tied to it, and focuses it', async () => {
    await renderApp({ path: '/sign-in' });
    await fillIn('leyla', '');
    const password = screen.getByLabelText(/Password/);
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveAccessibleDescription('Password: please enter your password.');
    expect(password).toHaveFocus();
    expect(screen.getByLabelText(/Username/)).not.toHaveAttribute('aria-invalid');
  });

  it('signs in with the trimmed username and opens the staff home', async () => {
    const { router } = await renderApp({
      path: '/sign-in',
      mocks: [
        loginMock('leyla', 's3cret pass', {
          user: { __typename: 'User', id: 'u2', displayName: 'Leyla Həsənova', role: 'APPROVER' },
          userErrors: [],
        }),
      ],
    });
    await fillIn('  leyla ', 's3cret pass');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome, Leyla Həsənova' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Your role: Credit committee')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/admin');
  });

  it('shows the userError and stays on sign-in', async () => {
    const { router } = await renderApp({
      path: '/sign-in',
      mocks: [
        loginMock('leyla', 'wrong', {
          user: null,
          userErrors: [
            {
              __typename: 'UserError',
              field: null,
              code: 'INVALID_CREDENTIALS',
              message: 'Invalid username or password',
            },
          ],
        }),
      ],
    });
    await fillIn('leyla', 'wrong');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The username or password is not right.');
    expect(router.state.location.pathname).toBe('/admin/sign-in');
  });

  it('falls back to the server wording for an unknown code, tied to its field', async () => {
    await renderApp({
      path: '/sign-in',
      mocks: [
        loginMock('leyla', 'old', {
          user: null,
          userErrors: [
            {
              __typename: 'UserError',
              field: ['input', 'password'],
              code: 'PASSWORD_EXPIRED',
              message: 'Password expired',
            },
          ],
        }),
      ],
    });
    await fillIn('leyla', 'old');
    const password = screen.getByLabelText(/Password/);
    await waitFor(() => expect(password).toHaveAttribute('aria-invalid', 'true'));
    expect(password).toHaveAccessibleDescription('Password: Password expired');
  });
});
