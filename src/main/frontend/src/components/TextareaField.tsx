import { Textarea } from '@utrecht/component-library-react';
import { FieldFrame } from './FieldFrame';

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
  return (
    <FieldFrame id={id} label={label} error={error} description={description} showOptional={optional}
                className={props.className}>
      {(describedBy) => (
        <Textarea id={id} name={id} value={props.value} invalid={Boolean(error)} required={!optional}
                  rows={props.rows ?? 4} maxLength={props.maxLength} aria-describedby={describedBy}
                  onChange={(event) => props.onChange(event.target.value)} />
      )}
    </FieldFrame>
  );
}
