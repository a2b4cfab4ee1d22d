import { Checkbox, FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

interface CheckboxFieldProps {
  id: string;
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  description?: string;
  error?: string;
  className?: string;
}

/** A checkbox with its label after it (clickable), and an optional description or error tied to it. */
export function CheckboxField({ id, label, checked, onChange, description, error, className }: CheckboxFieldProps) {
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <FormField type="checkbox" invalid={Boolean(error)} className={className}>
      <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
        <FormLabel type="checkbox" htmlFor={id} checked={checked}>
          <Checkbox id={id} name={id} checked={checked} invalid={Boolean(error)}
                    className="utrecht-form-field__input"
                    aria-describedby={[descriptionId, errorId].filter(Boolean).join(' ') || undefined}
                    onChange={(event) => onChange(event.target.checked)} />
          {label}
        </FormLabel>
      </div>
      {description && (
        <FormFieldDescription id={descriptionId} className="utrecht-form-field__description">
          {description}
        </FormFieldDescription>
      )}
      {error && (
        <FormFieldErrorMessage id={errorId} className="utrecht-form-field__error-message">{error}</FormFieldErrorMessage>
      )}
    </FormField>
  );
}
