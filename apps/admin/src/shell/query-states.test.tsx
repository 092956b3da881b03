import { createI18n, type LanguageCode } from '@revolve/ui';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import en from '../locales/en.json';
import { QueryStates, type QueryStatesProps } from './query-states';

async function renderStates(props: Partial<QueryStatesProps<string[]>>) {
  const i18n = await createI18n<LanguageCode>({
    defaultLanguage: 'en',
    supported: ['en'],
    load: async () => en,
    storage: null,
  });
  const onRetry = jest.fn(() => Promise.reject(new Error('still down')));
  const body = jest.fn((rows: string[]): ReactNode => <ul aria-label="Rows">{rows.join(',')}</ul>);
  render(
    <I18nextProvider i18n={i18n}>
      <QueryStates<string[]>
        error={undefined}
        loading={false}
        data={undefined}
        isEmpty={(rows) => rows.length === 0}
        errorTitle="Could not load rows"
        loadingLabel="Loading rows…"
        emptyTitle="No rows"
        onRetry={onRetry}
        {...props}
      >
        {body}
      </QueryStates>
    </I18nextProvider>,
  );
  return { onRetry, body };
}

describe('query states', () => {
  it('shows the error first, with the shared message and a retry that swallows a failure', async () => {
    const { onRetry, body } = await renderStates({
      error: new Error('down'),
      loading: true,
      data: ['a'],
    });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Could not load rows');
    expect(alert).toHaveTextContent(en.survivors.errorBody);
    await userEvent.click(screen.getByRole('button', { name: en.survivors.retry }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(body).not.toHaveBeenCalled();
  });

  it('shows the loading state while nothing has arrived', async () => {
    const { body } = await renderStates({ loading: true });
    expect(screen.getByRole('status')).toHaveTextContent('Loading rows…');
    expect(body).not.toHaveBeenCalled();
  });

  it('keeps the body on screen while a later load runs', async () => {
    await renderStates({ loading: true, data: ['a', 'b'] });
    expect(screen.getByRole('list', { name: 'Rows' })).toHaveTextContent('a,b');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('shows the empty state, with its body, when the answer has nothing to list', async () => {
    const { body } = await renderStates({ data: [], emptyBody: <p>Try another filter.</p> });
    const empty = screen.getByRole('region', { name: 'No rows' });
    expect(empty).toHaveTextContent('Try another filter.');
    expect(body).not.toHaveBeenCalled();
  });

  it('treats a finished query without data as empty', async () => {
    await renderStates({});
    expect(screen.getByRole('region', { name: 'No rows' })).toBeInTheDocument();
  });
});
