import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Textbox } from '@utrecht/component-library-react';
import type { InputHTMLAttributes } from 'react';

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  description?: string;
  optional?: boolean;
  /** Optional without saying so (a search field). */
  hideOptional?: boolean;
  type?: 'text' | 'date' | 'search';
  inputMode?: InputHTMLAttributes<HTMLInputElement>['inputMode'];
  autoComplete?: string;
  maxLength?: number;
  className?: string;
}

/** A labelled text input whose error message is tied to it with aria-describedby and aria-invalid. */
export function TextField(props: TextFieldProps) {
  const { id, label, error, description, hideOptional } = props;
  const optional = props.optional || hideOptional;
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <FormField invalid={Boolean(error)} className={props.className}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>
          {label}
          {optional && !hideOptional && <span className="wr-optional"> (optioneel)</span>}
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
        <Textbox
          id={id}
          name={id}
          type={props.type ?? 'text'}
          value={props.value}
          onChange={(event) => props.onChange(event.target.value)}
          invalid={Boolean(error)}
          required={!optional}
          aria-describedby={[descriptionId, errorId].filter(Boolean).join(' ') || undefined}
          inputMode={props.inputMode}
          autoComplete={props.autoComplete ?? 'off'}
          maxLength={props.maxLength}
          dir="ltr"
        />
      </div>
    </FormField>
  );
}
