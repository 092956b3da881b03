import { useEffect, useRef } from 'react';
import { useCourseT } from './course-messages';
import { type Outcome } from './use-course-action';

/**
 * The result of a sign-up or cancel, where the button was. It takes focus, because the
 * confirmation step that had focus is gone; a refusal is an alert, a success a status.
 */
export function OutcomeMessage({ outcome }: { outcome: Outcome }) {
  const t = useCourseT();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, [outcome]);
  if (outcome.kind === 'failed') {
    return (
      <div ref={box} tabIndex={-1} role="alert" className="pt-outcome pt-outcome--failed">
        <p className="pt-outcome__title">{t('courses.failedTitle')}</p>
        <p>{outcome.text}</p>
      </div>
    );
  }
  return (
    <div ref={box} tabIndex={-1} role="status" className="pt-outcome pt-outcome--done">
      <p>{outcome.text}</p>
    </div>
  );
}
