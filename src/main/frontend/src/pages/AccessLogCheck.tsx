import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { verificationMessage, type VerificationOutcome } from '../accessLog';
import { api } from '../api/client';
import { toFormErrors } from '../api/problem';
import { OutcomeAlert } from '../components/OutcomeAlert';
import { Section } from '../components/Section';

export function AccessLogCheck() {
  const [checking, setChecking] = useState(false);
  const [outcome, setOutcome] = useState<VerificationOutcome | null>(null);

  async function check() {
    setChecking(true);
    setOutcome(null);
    try {
      const { data, error, response } = await api.GET('/api/v1/access-log/verification');
      setOutcome(response.ok && data
        ? verificationMessage(data)
        : { type: 'error', message: toFormErrors(error, response.status).message });
    } catch {
      setOutcome({ type: 'error', message: 'Wijkregie is niet bereikbaar. Probeer het later opnieuw.' });
    } finally {
      setChecking(false);
    }
  }

  return (
    <Section id="toegangslog" title="Toegangslog controleren">
      <Paragraph>
        Elke inzage en wijziging van persoonsgegevens staat in het toegangslog. Controleer of niemand het log achteraf
        heeft aangepast.
      </Paragraph>
      <Button appearance="primary-action-button" busy={checking} disabled={checking} onClick={check}>
        Toegangslog controleren
      </Button>
      <OutcomeAlert outcome={outcome} className="wr-outcome">
        {checking && <Paragraph>Bezig met controleren…</Paragraph>}
      </OutcomeAlert>
    </Section>
  );
}
