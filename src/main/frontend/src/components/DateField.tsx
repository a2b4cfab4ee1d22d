import { TextField } from './TextField';

interface DateFieldProps {
  id: string;
  label: string;
  /** The text as typed, dd-mm-jjjj (see dutchDate.ts for parsing it). */
  value: string;
  onChange: (value: string) => void;
  error?: string;
  optional?: boolean;
  /** What the date means, shown before the format. */
  description?: string;
}

/**
 * A date typed as dd-mm-jjjj: a text input, because a date input shows the browser's locale (mm/dd/yyyy in an English
 * Chromium), which a Dutch professional misreads.
 */
export function DateField({ id, label, value, onChange, error, optional, description }: DateFieldProps) {
  return (
    <TextField id={id} label={label} value={value} onChange={onChange} error={error} optional={optional}
               description={`${description ? `${description}. ` : ''}Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 30-11-2026.`}
               inputMode="numeric"
               maxLength={10} />
  );
}
