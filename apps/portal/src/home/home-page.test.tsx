import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../test-utils';
import { ME_QUERY } from './me-query';

const me = (displayName: string) => ({
  request: { query: ME_QUERY },
  result: { data: { me: { __typename: 'User', id: 'u1', displayName } } },
});

describe('portal home', () => {
  it('shows a loading state, then greets the survivor by name', async () => {
    await renderApp({ mocks: [me('Elvin Quliyev')] });
    // First the route chunk loads ("Loading…"), then the query: both are status regions.
    expect(await screen.findByText('Loading your details…')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Loading your details…');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Hello, Elvin Quliyev!' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Your loan details are coming soon' })).toBeVisible();
  });

  it('sends someone who is not signed in to the sign-in screen', async () => {
    const { router } = await renderApp({
      mocks: [{ request: { query: ME_QUERY }, result: { data: { me: null } } }],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('shows an error with a retry that loads again', async () => {
    await renderApp({
      mocks: [{ request: { query: ME_QUERY }, error: new Error('offline') }, me('Elvin Quliyev')],
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your details could not be loaded');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Hello, Elvin Quliyev!' }),
    ).toBeInTheDocument();
  });

  it('switches language, and says so on <html lang>', async () => {
    await renderApp({ mocks: [me('Elvin Quliyev')] });
    await screen.findByRole('heading', { level: 1, name: 'Hello, Elvin Quliyev!' });
    await userEvent.click(screen.getByRole('button', { name: 'Azərbaycanca' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Salam, Elvin Quliyev!' }),
    ).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'az');
    expect(screen.getByRole('button', { name: 'Azərbaycanca' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('has a not-found screen for unknown addresses', async () => {
    await renderApp({ path: '/nowhere' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
  });
});
