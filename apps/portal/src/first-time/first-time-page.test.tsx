import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ME_QUERY } from '../home/me-query';
import { mockGraphQLFetch, renderApp } from '../test-utils';

const user = { __typename: 'User', id: 'u9', displayName: 'Aygün Məmmədova' };
const answer = (payload: unknown, userErrors: unknown[] = []) => ({
  data: { redeemPortalAccessCode: { user: payload, userErrors } },
});

async function stepOne(phone: string, code: string) {
  await userEvent.type(await screen.findByLabelText(/Phone number/), phone);
  await userEvent.type(screen.getByLabelText(/Code from your case manager/), code);
  await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
}

async function stepTwo(pin: string, again: string) {
  await userEvent.type(await screen.findByLabelText(/^New PIN \*?$/), pin);
  await userEvent.type(screen.getByLabelText(/New PIN again/), again);
  await userEvent.click(screen.getByRole('button', { name: 'Save PIN and sign in' }));
}

describe('portal first sign-in with a code', () => {
  afterEach(() => jest.restoreAllMocks());

  it('is one tap from sign-in', async () => {
    const { router } = await renderApp({ path: '/sign-in' });
    await userEvent.click(await screen.findByRole('link', { name: 'First time? I have a code' }));
    expect(await screen.findByRole('heading', { name: 'First sign-in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/first-time');
  });

  it('sends phone, code and the chosen PIN, then goes home signed in', async () => {
    const { calls } = mockGraphQLFetch(() => answer(user));
    const { router } = await renderApp({
      path: '/first-time',
      mocks: [{ request: { query: ME_QUERY }, result: { data: { me: user } } }],
    });
    await stepOne('050 123 45 67', '1234 5678');
    expect(screen.getByText('Step 2 of 2')).toBeInTheDocument();
    expect(screen.getByLabelText(/^New PIN \*?$/)).toHaveFocus();
    await stepTwo('246810', '246810');
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(calls).toHaveLength(1);
    expect(calls[0]!.variables).toEqual({
      input: { phone: '+994501234567', code: '12345678', pin: '246810' },
    });
  });

  it('checks the code and the two PINs before sending anything', async () => {
    const { calls } = mockGraphQLFetch(() => answer(user));
    await renderApp({ path: '/first-time' });
    await stepOne('+994 50 123 45 67', '1234');
    const code = screen.getByLabelText(/Code from your case manager/);
    expect(code).toHaveAttribute('aria-invalid', 'true');
    expect(code).toHaveAccessibleDescription('8 digits Code: enter the 8 digits, numbers only.');
    expect(code).toHaveFocus();
    await userEvent.type(code, '5678');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await stepTwo('246810', '246811');
    expect(screen.getByLabelText(/New PIN again/)).toHaveAccessibleDescription(
      'The same 6 digits once more New PIN again: the two PINs are not the same.',
    );
    expect(calls).toHaveLength(0);
  });

  it('goes back to the code with a plain message when the code is wrong', async () => {
    mockGraphQLFetch(() =>
      answer(null, [{ code: 'INVALID_CODE', message: 'x', field: ['input', 'code'] }]),
    );
    await renderApp({ path: '/first-time' });
    await stepOne('0501234567', '12345678');
    await stepTwo('246810', '246810');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /ask your case manager for a new code/,
    );
    expect(screen.getByText('Step 1 of 2')).toBeInTheDocument();
    expect(screen.getByLabelText(/Phone number/)).toHaveFocus();
  });

  it.each([
    ['az', 'İlk giriş', /Sosial işçinin verdiyi kod/, 'Davam et'],
    ['ru', 'Первый вход', /Код от социального работника/, 'Дальше'],
  ] as const)('speaks %s', async (language, title, codeLabel, next) => {
    await renderApp({ path: '/first-time', language });
    expect(await screen.findByRole('heading', { name: title })).toBeInTheDocument();
    expect(screen.getByLabelText(codeLabel)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: next })).toBeInTheDocument();
  });
});
