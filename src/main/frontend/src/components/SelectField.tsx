import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';

export interface Option {
  value: string;
  label: string;
}

interface SelectFieldProps {
  id: string;
  label: string;
  value: string;
  options: Option[];
  onChange: (value: string) => void;
  error?: string;
  description?: string;
  optional?: boolean;
  /** The first option with value '' (`Alle statussen`, `Kies…`); left out when not given. */
  emptyLabel?: string;
  className?: string;
}

/** A labelled select whose error message is tied to it with aria-describedby, like TextField. */
export function SelectField(props: SelectFieldProps) {
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
        <FormFieldErrorMessage id={errorId} className="utrecht-form-field__error-message">
          {error}
        </FormFieldErrorMessage>
      )}
      <div className="utrecht-form-field__input">
        <Select id={id} name={id} value={props.value} invalid={Boolean(error)}
                aria-describedby={[descriptionId, errorId].filter(Boolean).join(' ') || undefined}
                onChange={(event) => props.onChange(event.target.value)}>
          {props.emptyLabel !== undefined && <SelectOption value="">{props.emptyLabel}</SelectOption>}
          {props.options.map((option) => (
            <SelectOption key={option.value} value={option.value}>{option.label}</SelectOption>
          ))}
        </Select>
      </div>
    </FormField>
  );
}
