import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ME_QUERY } from '../home/me-query';
import { mockGraphQLFetch, renderApp } from '../test-utils';

const loginAnswer = (user: unknown, userErrors: unknown[] = []) => ({
  data: { login: { user, userErrors } },
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

  it('sends phone as username and PIN as password over plain fetch, then goes home', async () => {
    const user = { __typename: 'User', id: 'u1', displayName: 'Aygün Məmmədova' };
    const { calls } = mockGraphQLFetch(() => loginAnswer(user));
    const { router } = await renderApp({
      path: '/sign-in',
      mocks: [{ request: { query: ME_QUERY }, result: { data: { me: user } } }],
    });
    await fillIn('050 123 45 67', '123456');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Hello, Aygün Məmmədova!' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
    expect(calls).toHaveLength(1);
    expect(calls[0]?.query).toContain('login(input: $input)');
    expect(calls[0]?.variables).toEqual({
      input: { username: '+994501234567', password: '123456' },
    });
  });

  it('shows the userError from the API and stays on the sign-in screen', async () => {
    mockGraphQLFetch(() =>
      loginAnswer(null, [
        { field: null, code: 'INVALID_CREDENTIALS', message: 'Invalid username or password' },
      ]),
    );
    const { router } = await renderApp({ path: '/sign-in' });
    await fillIn('+994501234567', '000000');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('You could not be signed in');
    expect(alert).toHaveTextContent('The phone number or PIN is not right.');
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it.each([
    ['en', 'Too many wrong PINs', 'call your case manager'],
    ['az', 'Çox sayda səhv PIN', 'sosial işçinizə zəng edin'],
    ['ru', 'Слишком много неверных PIN', 'позвоните вашему социальному работнику'],
  ] as const)(
    'when locked out, says so in %s and to call the case manager',
    async (language, a, b) => {
      mockGraphQLFetch(() =>
        loginAnswer(null, [{ field: null, code: 'LOCKED', message: 'Too many failed sign-ins' }]),
      );
      await renderApp({ path: '/sign-in', language });
      const submit = language === 'en' ? 'Sign in' : language === 'az' ? 'Daxil ol' : 'Войти';
      const phone = await waitFor(() => {
        const input = document.querySelector('input[name="phone"]');
        if (!input) throw new Error('no phone field yet');
        return input;
      });
      await userEvent.type(phone, '+994501234567');
      await userEvent.type(screen.getByLabelText(/PIN/), '000000');
      await userEvent.click(screen.getByRole('button', { name: submit }));
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(a);
      expect(alert).toHaveTextContent(b);
    },
  );

  it('ties a userError about one field to that field', async () => {
    mockGraphQLFetch(() =>
      loginAnswer(null, [
        { field: ['input', 'password'], code: 'PIN_EXPIRED', message: 'This PIN has expired' },
      ]),
    );
    await renderApp({ path: '/sign-in' });
    await fillIn('+994501234567', '111111');
    const pin = screen.getByLabelText(/PIN/);
    await waitFor(() => expect(pin).toHaveAttribute('aria-invalid', 'true'));
    expect(pin).toHaveAccessibleDescription('6 digits PIN: This PIN has expired');
  });

  it('says when the server cannot be reached', async () => {
    mockGraphQLFetch(() => new Error('offline'));
    await renderApp({ path: '/sign-in' });
    await fillIn('+994501234567', '123456');
    expect(await screen.findByRole('alert')).toHaveTextContent('The server could not be reached.');
  });
});
