import { type InputHTMLAttributes, type Ref, useId } from 'react';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  /** Always shown: placeholders are no substitute for a label. */
  label: string;
  hint?: string;
  /** When set the field is marked invalid and the message is read with it. */
  error?: string | null;
  id?: string;
  ref?: Ref<HTMLInputElement>;
}

/** A labelled input whose hint and error are tied to it with aria-describedby. */
export function TextField({ label, hint, error, id, className, ref, ...rest }: TextFieldProps) {
  const generated = useId();
  const inputId = id ?? `field-${generated}`;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  const describedBy =
    [rest['aria-describedby'], hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div
      className={['rv-field', error ? 'rv-field--invalid' : '', className ?? ''].join(' ').trim()}
    >
      <label className="rv-field__label" htmlFor={inputId}>
        {label}
        {rest.required && <span aria-hidden="true"> *</span>}
      </label>
      {hint && (
        <p className="rv-field__hint" id={hintId}>
          {hint}
        </p>
      )}
      <input
        {...rest}
        ref={ref}
        id={inputId}
        className="rv-field__input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
      {error && (
        <p className="rv-field__error" id={errorId}>
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
    </div>
  );
}
