import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

interface FieldFrameProps {
  id: string;
  label: string;
  error?: string;
  description?: string;
  /** Adds "(optioneel)" to the label. */
  showOptional?: boolean;
  className?: string;
  /** The control, given the ids it must name in aria-describedby. */
  children: (describedBy: string | undefined) => ReactNode;
}

/**
 * Label, description and error message around one form control, the NL Design System way: the error is tied to the
 * control with aria-describedby and gets the id `<id>-error`, which the browser tests and the error summary use.
 */
export function FieldFrame({ id, label, error, description, showOptional, className, children }: FieldFrameProps) {
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <FormField invalid={Boolean(error)} className={className}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>
          {label}
          {showOptional && <span className="wr-optional"> (optioneel)</span>}
        </FormLabel>
      </div>
      {description && (
        <FormFieldDescription id={descriptionId} className="utrecht-form-field__description">
          {description}
        </FormFieldDescription>
      )}
      {error && (
        <FormFieldErrorMessage id={errorId} className="utrecht-form-field__error-message">
          {error}
        </FormFieldErrorMessage>
      )}
      <div className="utrecht-form-field__input">
        {children([descriptionId, errorId].filter(Boolean).join(' ') || undefined)}
      </div>
    </FormField>
  );
}
