import { type ReactNode } from 'react';

export interface EmptyStateProps {
  title: string;
  /** What the reader can do about it. */
  children?: ReactNode;
  action?: ReactNode;
}

export function EmptyState({ title, children, action }: EmptyStateProps) {
  return (
    <section className="rv-state rv-state--empty" aria-label={title}>
      <p className="rv-state__title">{title}</p>
      {children && <div className="rv-state__body">{children}</div>}
      {action && <div className="rv-state__action">{action}</div>}
    </section>
  );
}
