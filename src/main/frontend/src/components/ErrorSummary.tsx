import { Alert, Heading2, Link, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import type { FormErrors } from '../api/problem';

interface ErrorSummaryProps {
  title: string;
  errors: FormErrors;
  /** Field path → label shown in the list. */
  labelFor: (field: string) => string;
  /** Field path → id of its input, when there is one to jump to. */
  inputIdFor: (field: string) => string | undefined;
  /** The field errors in the order in which the fields appear on the page. */
  order?: (fieldErrors: Record<string, string>) => [string, string][];
}

/** The list of problems at the top of a form; it takes the focus so that keyboard and screen reader users land on it. */
export function ErrorSummary({ title, errors, labelFor, inputIdFor, order = Object.entries }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [errors]);
  const fields = order(errors.fieldErrors);
  return (
    <div ref={ref} tabIndex={-1} className="wr-error-summary">
      <Alert type="error" role="alert">
        <Heading2>{title}</Heading2>
        <Paragraph>{errors.message}</Paragraph>
        {fields.length > 0 && (
          <UnorderedList>
            {fields.map(([field, message]) => {
              const inputId = inputIdFor(field);
              const text = field ? `${labelFor(field)}: ${message}` : message;
              return (
                <UnorderedListItem key={field}>
                  {inputId ? (
                    <Link
                      href={`#${inputId}`}
                      onClick={(event) => {
                        event.preventDefault();
                        document.getElementById(inputId)?.focus();
                      }}
                    >
                      {text}
                    </Link>
                  ) : (
                    text
                  )}
                </UnorderedListItem>
              );
            })}
          </UnorderedList>
        )}
      </Alert>
    </div>
  );
}
