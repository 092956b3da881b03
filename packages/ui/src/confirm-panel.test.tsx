import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConfirmPanel } from './confirm-panel';

function renderPanel(busy = false) {
  const onYes = jest.fn();
  const onNo = jest.fn();
  render(
    <ConfirmPanel
      question="Cancel your place in Accounting?"
      yesLabel="Yes, cancel"
      noLabel="No, keep it"
      onYes={onYes}
      onNo={onNo}
      busy={busy}
      busyLabel="Cancelling…"
    />,
  );
  return { onYes, onNo };
}

describe('ConfirmPanel', () => {
  it('is a group named by its question, which gets focus so it is read aloud', () => {
    renderPanel();
    const group = screen.getByRole('group', { name: 'Cancel your place in Accounting?' });
    expect(group).toBeInTheDocument();
    expect(screen.getByText('Cancel your place in Accounting?')).toHaveFocus();
  });

  it('says yes or no through the two buttons', async () => {
    const { onYes, onNo } = renderPanel();
    await userEvent.click(screen.getByRole('button', { name: 'Yes, cancel' }));
    expect(onYes).toHaveBeenCalledTimes(1);
    expect(onNo).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'No, keep it' }));
    expect(onNo).toHaveBeenCalledTimes(1);
  });

  it('while busy, ignores a second yes and offers no way back', async () => {
    const { onYes, onNo } = renderPanel(true);
    const yes = screen.getByRole('button', { name: 'Cancelling…' });
    await userEvent.click(yes);
    expect(onYes).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'No, keep it' })).toBeDisabled();
    expect(onNo).not.toHaveBeenCalled();
  });
});
