import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Textarea } from '@utrecht/component-library-react';

interface TextareaFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  description?: string;
  optional?: boolean;
  maxLength?: number;
  rows?: number;
  className?: string;
}

/** A labelled multi-line text input, with its error message tied to it like TextField. */
export function TextareaField(props: TextareaFieldProps) {
  const { id, label, error, description, optional } = props;
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <FormField invalid={Boolean(error)} className={props.className}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>
          {label}
          {optional && <span className="wr-optional"> (optioneel)</span>}
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
      <div className="utrecht-form-field__input">
        <Textarea id={id} name={id} value={props.value} invalid={Boolean(error)} required={!optional}
                  rows={props.rows ?? 4} maxLength={props.maxLength}
                  aria-describedby={[descriptionId, errorId].filter(Boolean).join(' ') || undefined}
                  onChange={(event) => props.onChange(event.target.value)} />
      </div>
    </FormField>
  );
}
