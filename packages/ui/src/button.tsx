import { type ButtonHTMLAttributes, type MouseEvent, type Ref } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'link';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  /** While true the button stays focusable (aria-disabled, not disabled) but ignores clicks. */
  busy?: boolean;
  /** Read instead of the children while busy, e.g. "Signing in…". */
  busyLabel?: string;
  ref?: Ref<HTMLButtonElement>;
}

/**
 * A button with a 44px minimum target and a visible focus ring (theme.css).
 * Busy buttons keep focus so a screen-reader user is not thrown back to the page start.
 */
export function Button({
  variant = 'primary',
  busy = false,
  busyLabel,
  type = 'button',
  className,
  children,
  onClick,
  ...rest
}: ButtonProps) {
  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (busy) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };
  const classes = ['rv-button', `rv-button--${variant}`, className].filter(Boolean).join(' ');
  return (
    <button
      {...rest}
      type={type}
      className={classes}
      aria-busy={busy || undefined}
      aria-disabled={busy || rest['aria-disabled'] || undefined}
      onClick={handleClick}
    >
      {busy && <span className="rv-spinner" aria-hidden="true" />}
      <span>{busy && busyLabel ? busyLabel : children}</span>
    </button>
  );
}
