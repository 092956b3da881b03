import { screen } from '@testing-library/react';
import { showStartupError } from './startup-error';

describe('showStartupError', () => {
  it('replaces the loading text with an alert and a retry button', () => {
    const container = document.createElement('div');
    container.textContent = 'Loading…';
    document.body.append(container);
    showStartupError(container, 'Could not load. / Yükləmək alınmadı.', 'Retry / Yenidən');
    expect(container).not.toHaveTextContent('Loading…');
    expect(screen.getByRole('alert')).toHaveTextContent('Could not load. / Yükləmək alınmadı.');
    expect(screen.getByRole('button', { name: 'Retry / Yenidən' })).toBeInTheDocument();
    container.remove();
  });
});
