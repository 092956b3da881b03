import { type Ref, type SelectHTMLAttributes, useId } from 'react';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  label: string;
  options: readonly SelectOption[];
  /** Shown as the first, empty choice; absent means a value must always be chosen. */
  placeholder?: string;
  hint?: string;
  error?: string | null;
  id?: string;
  ref?: Ref<HTMLSelectElement>;
}

/** A labelled select styled like TextField, its hint and error tied with aria-describedby. */
export function SelectField({
  label,
  options,
  placeholder,
  hint,
  error,
  id,
  className,
  ref,
  ...rest
}: SelectFieldProps) {
  const generated = useId();
  const selectId = id ?? `select-${generated}`;
  const hintId = hint ? `${selectId}-hint` : undefined;
  const errorId = error ? `${selectId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div
      className={['rv-field', error ? 'rv-field--invalid' : '', className ?? ''].join(' ').trim()}
    >
      <label className="rv-field__label" htmlFor={selectId}>
        {label}
        {rest.required && <span aria-hidden="true"> *</span>}
      </label>
      {hint && (
        <p className="rv-field__hint" id={hintId}>
          {hint}
        </p>
      )}
      <select
        {...rest}
        ref={ref}
        id={selectId}
        className="rv-field__input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error && (
        <p className="rv-field__error" id={errorId}>
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
    </div>
  );
}
