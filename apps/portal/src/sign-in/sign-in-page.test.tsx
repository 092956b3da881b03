import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../test-utils';
import { LOGIN_MUTATION } from './login-mutation';

const loginRequest = (username: string, password: string) => ({
  query: LOGIN_MUTATION,
  variables: { input: { username, password } },
});

async function fillIn(phone: string, pin: string) {
  await userEvent.type(await screen.findByLabelText(/Phone number/), phone);
  await userEvent.type(screen.getByLabelText(/PIN/), pin);
  await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('portal sign-in', () => {
  it('labels both fields and sets the keyboard and autocomplete hints', async () => {
    await renderApp({ path: '/sign-in' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    const phone = screen.getByLabelText(/Phone number/);
    const pin = screen.getByLabelText(/PIN/);
    expect(phone).toHaveAttribute('type', 'tel');
    expect(phone).toHaveAccessibleDescription('Starts with +994, for example +994 50 123 45 67');
    expect(pin).toHaveAttribute('inputmode', 'numeric');
    expect(pin).toHaveAttribute('autocomplete', 'current-password');
    expect(pin).toHaveAttribute('type', 'password');
  });

  it('renders in Azerbaijani by default wording', async () => {
    await renderApp({ path: '/sign-in', language: 'az' });
    expect(await screen.findByRole('heading', { name: 'Daxil olun' })).toBeInTheDocument();
    expect(screen.getByLabelText(/PIN kod/)).toBeInTheDocument();
  });

  it('refuses a bad PIN with a message that names the field and is tied to it', async () => {
    await renderApp({ path: '/sign-in' });
    await fillIn('+994 50 123 45 67', '12a4');
    const pin = screen.getByLabelText(/PIN/);
    expect(pin).toHaveAttribute('aria-invalid', 'true');
    expect(pin).toHaveAccessibleDescription('6 digits PIN: enter exactly 6 digits, numbers only.');
    expect(pin).toHaveFocus();
    expect(screen.getByLabelText(/Phone number/)).not.toHaveAttribute('aria-invalid');
  });

  it('accepts a pasted PIN with a space in it', async () => {
    await renderApp({ path: '/sign-in' });
    const pin = await screen.findByLabelText(/PIN/);
    await userEvent.click(pin);
    await userEvent.paste('123 456');
    expect(pin).toHaveValue('123456');
  });

  it('sends phone as username and PIN as password, then goes home', async () => {
    const { router } = await renderApp({
      path: '/sign-in',
      mocks: [
        {
          request: loginRequest('+994501234567', '123456'),
          result: {
            data: {
              login: {
                __typename: 'LoginPayload',
                user: { __typename: 'User', id: 'u1', displayName: 'Aygün Məmmədova' },
                userErrors: [],
              },
            },
          },
        },
      ],
    });
    await fillIn('050 123 45 67', '123456');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Hello, Aygün Məmmədova!' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });

  it('shows the userError from the API and stays on the sign-in screen', async () => {
    const { router } = await renderApp({
      path: '/sign-in',
      mocks: [
        {
          request: loginRequest('+994501234567', '000000'),
          result: {
            data: {
              login: {
                __typename: 'LoginPayload',
                user: null,
                userErrors: [
                  {
                    __typename: 'UserError',
                    field: null,
                    code: 'INVALID_CREDENTIALS',
                    message: 'Invalid username or password',
                  },
                ],
              },
            },
          },
        },
      ],
    });
    await fillIn('+994501234567', '000000');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('You could not be signed in');
    expect(alert).toHaveTextContent('The phone number or PIN is not right.');
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('ties a userError about one field to that field', async () => {
    await renderApp({
      path: '/sign-in',
      mocks: [
        {
          request: loginRequest('+994501234567', '111111'),
          result: {
            data: {
              login: {
                __typename: 'LoginPayload',
                user: null,
                userErrors: [
                  {
                    __typename: 'UserError',
                    field: ['input', 'password'],
                    code: 'PIN_EXPIRED',
                    message: 'This PIN has expired',
                  },
                ],
              },
            },
          },
        },
      ],
    });
    await fillIn('+994501234567', '111111');
    const pin = screen.getByLabelText(/PIN/);
    await waitFor(() => expect(pin).toHaveAttribute('aria-invalid', 'true'));
    expect(pin).toHaveAccessibleDescription('6 digits PIN: This PIN has expired');
  });

  it('says when the server cannot be reached', async () => {
    await renderApp({
      path: '/sign-in',
      mocks: [{ request: loginRequest('+994501234567', '123456'), error: new Error('offline') }],
    });
    await fillIn('+994501234567', '123456');
    expect(await screen.findByRole('alert')).toHaveTextContent('The server could not be reached.');
  });
});
