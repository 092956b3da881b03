import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../test-utils';

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

  it('offers no made-up phone number for the case manager', async () => {
    await renderApp({ path: '/my-data' });
    const contact = await screen.findByRole('region', { name: 'Your case manager' });
    expect(contact).toHaveTextContent('call the programme office');
    expect(within(contact).queryByRole('link')).not.toBeInTheDocument();
  });

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
