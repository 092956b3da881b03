import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CASE_MANAGER_QUERY } from '../case-manager/case-manager-query';
import { renderApp } from '../test-utils';

const caseManagerMock = (manager: { name: string; phone: string | null } | null) => ({
  request: { query: CASE_MANAGER_QUERY },
  result: {
    data: { myCaseManager: manager && { __typename: 'CaseManagerContact', ...manager } },
  },
});

describe('portal my data', () => {
  it.each([
    ['en', 'My data', 'Who can see it', 'never your name or phone'],
    ['az', 'Məlumatlarım', 'Kim görə bilər', 'adınızı və telefonunuzu heç vaxt görmür'],
    ['ru', 'Мои данные', 'Кто это видит', 'но не ваше имя и телефон'],
  ] as const)(
    'in %s: what is kept and who sees it, in plain words',
    async (language, title, who, donors) => {
      await renderApp({ path: '/my-data', language });
      expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
      expect(screen.getByRole('region', { name: who })).toHaveTextContent(donors);
    },
  );

  it('says how else to reach the case manager when none is assigned, with no made-up number', async () => {
    await renderApp({ path: '/my-data', mocks: [caseManagerMock(null)] });
    const contact = await screen.findByRole('region', { name: 'Your case manager' });
    expect(await within(contact).findByText(/call the programme office/)).toBeInTheDocument();
    expect(within(contact).queryByRole('link')).not.toBeInTheDocument();
  });

  it.each([
    ['en', 'Your case manager', 'Call Nigar Həsənova'],
    ['az', 'Sosial işçiniz', 'Zəng et: Nigar Həsənova'],
    ['ru', 'Ваш социальный работник', 'Позвонить: Nigar Həsənova'],
  ] as const)(
    'in %s: my case manager, their phone and a button that calls',
    async (language, heading, call) => {
      const manager = { name: 'Nigar Həsənova', phone: '+994502000001' };
      await renderApp({ path: '/my-data', language, mocks: [caseManagerMock(manager)] });
      const contact = await screen.findByRole('region', { name: heading });
      expect(await within(contact).findByText('Nigar Həsənova')).toBeInTheDocument();
      expect(contact).toHaveTextContent('+994 50 200 00 01');
      expect(within(contact).getByRole('link', { name: call })).toHaveAttribute(
        'href',
        'tel:+994502000001',
      );
    },
  );

  it('changes the language from the page', async () => {
    await renderApp({ path: '/my-data' });
    const language = await screen.findByRole('region', { name: 'Language' });
    await userEvent.click(within(language).getByRole('button', { name: 'Русский' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Мои данные' }),
    ).toBeInTheDocument();
  });

  it('marks the current screen in the navigation', async () => {
    await renderApp({ path: '/my-data' });
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'My data' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(nav).getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current');
  });
});
