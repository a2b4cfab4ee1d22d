import { Select, SelectOption } from '@utrecht/component-library-react';
import { FieldFrame } from './FieldFrame';

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
  return (
    <FieldFrame id={id} label={label} error={error} description={description} showOptional={optional}
                className={props.className}>
      {(describedBy) => (
        <Select id={id} name={id} value={props.value} invalid={Boolean(error)} aria-describedby={describedBy}
                onChange={(event) => props.onChange(event.target.value)}>
          {props.emptyLabel !== undefined && <SelectOption value="">{props.emptyLabel}</SelectOption>}
          {props.options.map((option) => (
            <SelectOption key={option.value} value={option.value}>{option.label}</SelectOption>
          ))}
        </Select>
      )}
    </FieldFrame>
  );
}
