import { Alert, Button, Paragraph } from '@utrecht/component-library-react';

export const CONFLICT = 'Iemand anders heeft deze zaak intussen gewijzigd. Laad de zaak opnieuw en probeer het nog eens.';

/**
 * A problem answer of the API shown in an alert. A 409 (someone else changed it; the server's text names versions)
 * gets a plain sentence and a button to load the case again.
 */
export function ProblemAlert({ message, status, onReload }: { message: string; status: number; onReload: () => void }) {
  return (
    <Alert type="error" role="alert">
      <Paragraph>{status === 409 ? CONFLICT : message}</Paragraph>
      {status === 409 && (
        <Button appearance="secondary-action-button" onClick={onReload}>Zaak opnieuw laden</Button>
      )}
    </Alert>
  );
}

export function OkMessage({ children }: { children: string }) {
  return (
    <Alert type="ok" role="status">
      <Paragraph>{children}</Paragraph>
    </Alert>
  );
}

export interface Problem {
  message: string;
  status: number;
}
