import { Alert, Paragraph } from '@utrecht/component-library-react';

export function ErrorMessage({ message }: { message: string }) {
  return (
    <Alert type="error">
      <Paragraph>{message}</Paragraph>
    </Alert>
  );
}

export function Loading() {
  return (
    <Paragraph role="status" className="wr-loading">
      Laden…
    </Paragraph>
  );
}
