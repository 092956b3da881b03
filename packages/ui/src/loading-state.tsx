export interface LoadingStateProps {
  /** What is loading, in words: "Loading your loan…". */
  label: string;
}

/** A polite live region so screen readers hear that something is on its way. */
export function LoadingState({ label }: LoadingStateProps) {
  return (
    <div className="rv-state rv-state--loading" role="status" aria-live="polite">
      <span className="rv-spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}
