import { useEffect, useId, useRef } from 'react';
import { Button, type ButtonVariant } from './button';

export interface ConfirmPanelProps {
  /** The question, in full: what will happen if the reader says yes. */
  question: string;
  yesLabel: string;
  noLabel: string;
  onYes: () => void;
  onNo: () => void;
  /** While the action runs the yes button is busy and stays focused. */
  busy?: boolean;
  busyLabel?: string;
  /** 'danger' for actions that give something up, e.g. cancelling a place. */
  yesVariant?: ButtonVariant;
  className?: string;
}

/**
 * An inline "are you sure?" step instead of a modal dialog: nothing to trap focus in, it
 * fits a 360 px screen, and the question is focused on mount so screen readers read it.
 */
export function ConfirmPanel({
  question,
  yesLabel,
  noLabel,
  onYes,
  onNo,
  busy = false,
  busyLabel,
  yesVariant = 'primary',
  className,
}: ConfirmPanelProps) {
  const id = useId();
  const text = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    text.current?.focus();
  }, []);
  return (
    <div
      role="group"
      aria-labelledby={id}
      className={['rv-confirm', className].filter(Boolean).join(' ')}
    >
      <p id={id} ref={text} tabIndex={-1} className="rv-confirm__question">
        {question}
      </p>
      <div className="rv-confirm__actions">
        <Button variant={yesVariant} onClick={onYes} busy={busy} busyLabel={busyLabel}>
          {yesLabel}
        </Button>
        <Button variant="secondary" onClick={onNo} disabled={busy}>
          {noLabel}
        </Button>
      </div>
    </div>
  );
}
