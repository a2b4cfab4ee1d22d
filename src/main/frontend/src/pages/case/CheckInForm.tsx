import { Button, Heading4, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { send } from '../../api/send';
import { DateField } from '../../components/DateField';
import { SelectField } from '../../components/SelectField';
import { dutchDateError, isoDate, todayDutch } from '../../dutchDate';
import { formatDate } from '../../format';

const YES_NO = [{ value: 'true', label: 'Ja' }, { value: 'false', label: 'Nee' }];

interface CheckIn {
  heldOn?: string;
  safe?: boolean;
  interimSupportNeeded?: boolean;
  recordedByName?: string;
}

/** The bridging check-ins of a referral so far, oldest first, in words. */
export function CheckInHistory({ checkIns }: { checkIns: CheckIn[] }) {
  if (checkIns.length === 0) return null;
  return (
    <>
      <Heading4>Overbruggingscontacten</Heading4>
      <ul className="wr-checkins">
        {checkIns.map((c, index) => (
          <li key={`${c.heldOn}-${index}`}>
            {formatDate(c.heldOn)}: situatie {c.safe ? 'veilig' : <strong>niet veilig</strong>}, overbruggingszorg
            {c.interimSupportNeeded ? ' nodig' : ' niet nodig'} ({c.recordedByName})
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * The form of the task "Overbruggingscontact" (and a check-in outside it): is the situation safe, is interim support
 * needed. Saving completes the open check-in task; "not safe" gives the team lead a task.
 */
export function CheckInForm({ referralId, onDone, onFailed }: {
  referralId: string; onDone: (message: string) => void; onFailed: (message: string) => void;
}) {
  const [safe, setSafe] = useState('');
  const [interim, setInterim] = useState('');
  const [heldOn, setHeldOn] = useState(todayDutch());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const id = `checkin-${referralId}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!safe) found.safe = 'Geef aan of de situatie veilig is';
    if (!interim) found.interimSupportNeeded = 'Geef aan of overbruggingszorg nodig is';
    const dateError = dutchDateError(heldOn);
    if (dateError) found.heldOn = dateError;
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    const sent = await send(() => api.POST('/api/v1/referrals/{id}/check-ins', {
      params: { path: { id: referralId } },
      body: { safe: safe === 'true', interimSupportNeeded: interim === 'true', heldOn: isoDate(heldOn) },
    }));
    setSaving(false);
    if (sent.ok) {
      onDone(safe === 'true' ? 'Het overbruggingscontact is vastgelegd.'
        : 'Het overbruggingscontact is vastgelegd. De teamleider heeft een taak gekregen: de situatie is niet veilig.');
    } else {
      setErrors(sent.errors.fieldErrors);
      onFailed(sent.errors.message);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`} className="wr-checkin-form">
      <Heading4 id={`${id}-title`}>Overbruggingscontact vastleggen</Heading4>
      <Paragraph>Het huishouden wacht nog. Leg vast wat het contact opleverde; wat er besproken is hoort in het journaal.</Paragraph>
      <SelectField id={`${id}-safe`} label="Is de situatie veilig?" value={safe} onChange={setSafe} options={YES_NO}
                   emptyLabel="Kies…" error={errors.safe}
                   description="Nee: de teamleider krijgt een taak om overbrugging of een snellere start te regelen" />
      <SelectField id={`${id}-interim`} label="Is overbruggingszorg nodig?" value={interim} onChange={setInterim}
                   options={YES_NO} emptyLabel="Kies…" error={errors.interimSupportNeeded} />
      <DateField id={`${id}-on`} label="Datum contact" value={heldOn} onChange={setHeldOn} error={errors.heldOn} />
      <Button type="submit" appearance="primary-action-button" busy={saving} disabled={saving}>
        Overbruggingscontact opslaan
      </Button>
    </form>
  );
}
