import { screen } from '@testing-library/react';
import { meMock } from '../test-mocks';
import { renderApp } from '../test-utils';

// GraphiQL and Monaco need a real browser (the e2e test opens them); here the page around them.
jest.mock('./graphiql-explorer', () => ({
  __esModule: true,
  default: () => <p>graphiql stand-in</p>,
}));

describe('explorer page', () => {
  it('opens the explorer for analysts, lazily', async () => {
    await renderApp({ path: '/explorer', mocks: [meMock('ANALYST')] });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'GraphQL explorer' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('graphiql stand-in')).toBeInTheDocument();
  });

  it('is not for case managers', async () => {
    await renderApp({ path: '/explorer', mocks: [meMock('CASE_MANAGER')] });
    expect(
      await screen.findByRole('heading', { name: 'Not available for your role' }),
    ).toBeInTheDocument();
    expect(screen.queryByText('graphiql stand-in')).not.toBeInTheDocument();
  });
});
