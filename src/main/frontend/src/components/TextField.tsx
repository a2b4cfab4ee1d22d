import { Textbox } from '@utrecht/component-library-react';
import type { InputHTMLAttributes } from 'react';
import { FieldFrame } from './FieldFrame';

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
  return (
    <FieldFrame id={id} label={label} error={error} description={description}
                showOptional={optional && !hideOptional} className={props.className}>
      {(describedBy) => (
        <Textbox
          id={id}
          name={id}
          type={props.type ?? 'text'}
          value={props.value}
          onChange={(event) => props.onChange(event.target.value)}
          invalid={Boolean(error)}
          required={!optional}
          aria-describedby={describedBy}
          inputMode={props.inputMode}
          autoComplete={props.autoComplete ?? 'off'}
          maxLength={props.maxLength}
          dir="ltr"
        />
      )}
    </FieldFrame>
  );
}
