import { Alert, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

/** The result of an action the user just took: a status message, or an alert when it failed. */
export type Outcome = { type: 'ok' | 'error'; message: string };

/** Announces the outcome in a live region, so screen-reader users hear it too. */
export function OutcomeAlert({ outcome, className, children }: {
  outcome: Outcome | null; className?: string; children?: ReactNode;
}) {
  return (
    <div aria-live="polite" className={className}>
      {children}
      {outcome && (
        <Alert type={outcome.type} role={outcome.type === 'error' ? 'alert' : 'status'}>
          <Paragraph>{outcome.message}</Paragraph>
        </Alert>
      )}
    </div>
  );
}
