import { Button } from './button';

export interface ErrorStateProps {
  title: string;
  /** Plain-words detail; never a stack trace. */
  message?: string;
  /** Without onRetry no button is shown: a button that cannot help would mislead. */
  onRetry?: () => void;
  retryLabel?: string;
  retrying?: boolean;
}

export function ErrorState({ title, message, onRetry, retryLabel, retrying }: ErrorStateProps) {
  return (
    <div className="rv-state rv-state--error" role="alert">
      <p className="rv-state__title">
        <span aria-hidden="true">⚠ </span>
        {title}
      </p>
      {message && <p className="rv-state__body">{message}</p>}
      {onRetry && (
        <Button variant="secondary" onClick={onRetry} busy={retrying}>
          {retryLabel ?? 'Retry'}
        </Button>
      )}
    </div>
  );
}
