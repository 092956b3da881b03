import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EmptyState } from './empty-state';
import { ErrorState } from './error-state';
import { LoadingState } from './loading-state';

describe('LoadingState', () => {
  it('is a status region that says what is loading', () => {
    render(<LoadingState label="Loading your loan…" />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading your loan…');
  });
});

describe('EmptyState', () => {
  it('names itself and offers the action', () => {
    render(
      <EmptyState title="No loans yet" action={<a href="/apply">Apply</a>}>
        Your case manager can help.
      </EmptyState>,
    );
    const region = screen.getByRole('region', { name: 'No loans yet' });
    expect(region).toHaveTextContent('Your case manager can help.');
    expect(screen.getByRole('link', { name: 'Apply' })).toBeInTheDocument();
  });
});

describe('ErrorState', () => {
  it('is announced as an alert with its message', () => {
    render(<ErrorState title="Could not load" message="Check your connection." />);
    expect(screen.getByRole('alert')).toHaveTextContent('Could not load');
    expect(screen.getByRole('alert')).toHaveTextContent('Check your connection.');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('retries when the button is pressed', async () => {
    const onRetry = jest.fn();
    render(<ErrorState title="Could not load" onRetry={onRetry} retryLabel="Try again" />);
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});
