import { render, screen } from '@testing-library/react';
import { StatusBadge, type StatusTone } from './status-badge';

describe('StatusBadge', () => {
  it('says the status in words and hides the decorative icon', () => {
    const { container } = render(<StatusBadge tone="danger" label="Overdue" />);
    expect(screen.getByText('Overdue')).toBeVisible();
    const icon = container.querySelector('svg');
    expect(icon).toHaveAttribute('aria-hidden', 'true');
    expect(container.firstChild).toHaveClass('rv-badge--danger');
  });

  it('draws a different icon shape for every tone', () => {
    const tones: StatusTone[] = ['success', 'warning', 'danger', 'info', 'neutral'];
    const shapes = tones.map((tone) => {
      const { container, unmount } = render(<StatusBadge tone={tone} label={tone} />);
      const d = container.querySelector('path')?.getAttribute('d');
      unmount();
      return d;
    });
    expect(new Set(shapes).size).toBe(tones.length);
  });
});
