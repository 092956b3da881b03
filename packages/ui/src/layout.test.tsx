import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Layout, MAIN_CONTENT_ID } from './layout';
import { Page } from './page';

function renderFrame() {
  return render(
    <Layout
      skipLinkLabel="Skip to content"
      brand="Revolve"
      actions={<button type="button">Sign out</button>}
      navigation={<a href="/loans">Loans</a>}
      navigationLabel="Main"
      footer="© Revolve"
    >
      <Page title="Home" titleSuffix="Revolve" focusOnMount={false}>
        <p>Body</p>
      </Page>
    </Layout>,
  );
}

describe('Layout and Page', () => {
  it('has banner, navigation, main and contentinfo landmarks and one h1', () => {
    renderFrame();
    expect(screen.getByRole('banner')).toHaveTextContent('Revolve');
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('id', MAIN_CONTENT_ID);
    expect(screen.getByRole('contentinfo')).toHaveTextContent('© Revolve');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('makes the skip link the first tab stop, pointing at main', async () => {
    renderFrame();
    await userEvent.tab();
    const skip = screen.getByRole('link', { name: 'Skip to content' });
    expect(skip).toHaveFocus();
    expect(skip).toHaveAttribute('href', `#${MAIN_CONTENT_ID}`);
  });

  it('sets the document title', () => {
    renderFrame();
    expect(document.title).toBe('Home – Revolve');
  });

  it('moves focus to the heading when asked, to announce a new screen', () => {
    render(<Page title="Loans" />);
    expect(screen.getByRole('heading', { level: 1, name: 'Loans' })).toHaveFocus();
  });

  it('leaves out the navigation landmark when there is no navigation', () => {
    render(
      <Layout skipLinkLabel="Skip" brand="Revolve">
        <p>x</p>
      </Layout>,
    );
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });
});
