import { type Ref, type TextareaHTMLAttributes, useId } from 'react';

export interface TextAreaFieldProps extends Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'id'
> {
  label: string;
  hint?: string;
  error?: string | null;
  id?: string;
  ref?: Ref<HTMLTextAreaElement>;
}

/** A labelled textarea styled like TextField, its hint and error tied with aria-describedby. */
export function TextAreaField({
  label,
  hint,
  error,
  id,
  className,
  ref,
  ...rest
}: TextAreaFieldProps) {
  const generated = useId();
  const areaId = id ?? `area-${generated}`;
  const hintId = hint ? `${areaId}-hint` : undefined;
  const errorId = error ? `${areaId}-error` : undefined;
  return (
    <div
      className={['rv-field', error ? 'rv-field--invalid' : '', className ?? ''].join(' ').trim()}
    >
      <label className="rv-field__label" htmlFor={areaId}>
        {label}
      </label>
      {hint && (
        <p className="rv-field__hint" id={hintId}>
          {hint}
        </p>
      )}
      <textarea
        rows={3}
        {...rest}
        ref={ref}
        id={areaId}
        className="rv-field__input"
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
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
