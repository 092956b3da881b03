export type StatusTone = 'success' | 'warning' | 'danger' | 'info' | 'neutral';

export interface StatusBadgeProps {
  tone: StatusTone;
  /** Always written out: colour and icon only repeat what the words say. */
  label: string;
  className?: string;
}

// A different shape per tone, so the status survives greyscale and colour blindness.
const ICONS: Record<StatusTone, string> = {
  success: 'M4 12l5 5L20 6', // tick
  warning: 'M12 3L2 21h20L12 3zm0 6v6m0 3v.5', // triangle with !
  danger: 'M6 6l12 12M18 6L6 18', // cross
  info: 'M12 8v.5M12 11v6', // i
  neutral: 'M7 12h10', // dash
};

export function StatusBadge({ tone, label, className }: StatusBadgeProps) {
  return (
    <span
      className={['rv-badge', `rv-badge--${tone}`, className].filter(Boolean).join(' ')}
      data-tone={tone}
    >
      <svg
        className="rv-badge__icon"
        viewBox="0 0 24 24"
        width="16"
        height="16"
        aria-hidden="true"
        focusable="false"
      >
        <path
          d={ICONS[tone]}
          fill="none"
          stroke="currentColor"
          strokeWidth="2.5"
          strokeLinecap="round"
        />
      </svg>
      <span>{label}</span>
    </span>
  );
}
