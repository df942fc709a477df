import type { ReactNode } from 'react';

interface FormFieldProps {
  id: string;
  label: string;
  /** Shown in red under the control and announced; replaces the hint. */
  error?: string | null | undefined;
  hint?: string | undefined;
  children: ReactNode;
  wide?: boolean;
}

/** A label, its control and one line under it: the error when there is one, else the hint. */
export function FormField({ id, label, error, hint, children, wide }: FormFieldProps) {
  return (
    <div
      className={`field ${wide ? 'field-wide' : ''}`}
      data-field={id}
      data-invalid={error ? 'true' : undefined}
    >
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {children}
      {error ? (
        <span className="field-error" role="alert" data-testid={`error-${id}`}>
          {error}
        </span>
      ) : hint ? (
        <span className="field-hint">{hint}</span>
      ) : null}
    </div>
  );
}
