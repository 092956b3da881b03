import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LOGOUT_MUTATION } from '../auth/logout-mutation';
import { ME_QUERY } from '../auth/me-query';
import { type Role } from '../auth/roles';
import { renderApp } from '../test-utils';

const meMock = (role: Role, displayName = 'Staff Member') => ({
  request: { query: ME_QUERY },
  result: { data: { me: { __typename: 'User', id: 'u1', displayName, role } } },
});

async function menuFor(role: Role) {
  await renderApp({ mocks: [meMock(role)] });
  const nav = await screen.findByRole('navigation', { name: 'Main menu' });
  return within(nav)
    .getAllByRole('link')
    .map((link) => link.textContent);
}

describe('staff shell', () => {
  it('shows a case manager casework and marks unbuilt screens as coming soon', async () => {
    expect(await menuFor('CASE_MANAGER')).toEqual([
      'Home',
      'Work list',
      'Beneficiaries',
      'Loan applications',
      'Repayments',
      'Arrears',
      'Courses',
    ]);
  });

  it('shows an approver only the approval queue', async () => {
    expect(await menuFor('APPROVER')).toEqual(['Home', 'Approval queue']);
  });

  it('shows an analyst indicators and the explorer, no personal files', async () => {
    expect(await menuFor('ANALYST')).toEqual(['Home', 'Indicators', 'GraphQL explorer']);
  });

  it('shows an admin the programme settings', async () => {
    const menu = await menuFor('ADMIN');
    expect(menu).toContain('Users and roles');
    expect(menu).toContain('Audit log');
    expect(menu).not.toContain('Approval queueComing soon');
  });

  it('links under /admin and marks the current page', async () => {
    await renderApp({ mocks: [meMock('APPROVER')] });
    const nav = await screen.findByRole('navigation', { name: 'Main menu' });
    expect(within(nav).getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: /Approval queue/ })).toHaveAttribute(
      'href',
      '/admin/approvals',
    );
  });

  it('opens the repayments screen from the menu, marked as the current page', async () => {
    await renderApp({ mocks: [meMock('CASE_MANAGER')] });
    const link = await screen.findByRole('link', { name: 'Repayments' });
    await userEvent.click(link);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Repayments' }),
    ).toBeInTheDocument();
    expect(link).toHaveAttribute('aria-current', 'page');
    expect(screen.queryByText('This screen is not built yet')).not.toBeInTheDocument();
  });

  it('keeps Courses current on a course session page, and only Home current at home', async () => {
    await renderApp({ path: '/courses/s1', mocks: [meMock('CASE_MANAGER')] });
    const nav = await screen.findByRole('navigation', { name: 'Main menu' });
    expect(within(nav).getByRole('link', { name: 'Courses' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(nav).getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current');
  });

  it('refuses a screen the role may not use, even by typed address', async () => {
    await renderApp({ path: '/users', mocks: [meMock('ANALYST')] });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Not available for your role' }),
    ).toBeInTheDocument();
  });

  it('switches the whole shell to Russian and sets <html lang>', async () => {
    await renderApp({ mocks: [meMock('APPROVER')] });
    await screen.findByRole('navigation', { name: 'Main menu' });
    await userEvent.click(screen.getByRole('button', { name: 'Русский' }));
    expect(await screen.findByRole('navigation', { name: 'Главное меню' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Очередь на одобрение/ })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'ru');
  });

  it('sends someone not signed in to the sign-in screen', async () => {
    const { router } = await renderApp({
      path: '/loans',
      mocks: [{ request: { query: ME_QUERY }, result: { data: { me: null } } }],
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Staff sign-in' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/admin/sign-in');
  });

  it('tells a survivor account to use the portal, with no menu', async () => {
    await renderApp({ mocks: [meMock('BENEFICIARY')] });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This app is for programme staff' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });

  it('shows an error with retry when the account cannot be loaded', async () => {
    await renderApp({
      mocks: [{ request: { query: ME_QUERY }, error: new Error('offline') }, meMock('ADMIN')],
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Your account could not be loaded');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('navigation', { name: 'Main menu' })).toBeInTheDocument();
  });

  it('signs out through the logout mutation and returns to sign-in', async () => {
    const { router } = await renderApp({
      mocks: [
        meMock('ADMIN', 'Rauf Əliyev'),
        { request: { query: LOGOUT_MUTATION }, result: { data: { logout: true } } },
      ],
    });
    expect(await screen.findByText('Signed in as Rauf Əliyev')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Staff sign-in' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/admin/sign-in');
    expect(screen.queryByText('Signed in as Rauf Əliyev')).not.toBeInTheDocument();
  });

  it('says so when signing out fails, and stays signed in', async () => {
    await renderApp({
      // A screen without queries of its own, so the only alert can be the sign-out's.
      path: '/nowhere',
      mocks: [
        meMock('ADMIN'),
        { request: { query: LOGOUT_MUTATION }, error: new Error('offline') },
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Signing out did not work.');
    expect(screen.getByRole('navigation', { name: 'Main menu' })).toBeInTheDocument();
  });
});
