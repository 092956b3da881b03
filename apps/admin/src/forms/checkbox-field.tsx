import { type InputHTMLAttributes, type Ref, useId } from 'react';

export interface CheckboxFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> {
  label: string;
  error?: string | null;
  ref?: Ref<HTMLInputElement>;
}

/** A checkbox with its label beside it and its error tied to it. */
export function CheckboxField({ label, error, id, ref, ...rest }: CheckboxFieldProps) {
  const generated = useId();
  const inputId = id ?? `check-${generated}`;
  const errorId = error ? `${inputId}-error` : undefined;
  return (
    <div className={['rv-field', 'admin-check', error ? 'rv-field--invalid' : ''].join(' ')}>
      <input
        {...rest}
        ref={ref}
        id={inputId}
        type="checkbox"
        aria-invalid={error ? true : undefined}
        aria-describedby={errorId}
      />
      <label htmlFor={inputId}>{label}</label>
      {error && (
        <p className="rv-field__error admin-check__error" id={errorId}>
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
    </div>
  );
}
