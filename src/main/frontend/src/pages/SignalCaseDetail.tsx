import {
  Button, ButtonGroup, DataList, DataListItem, DataListKey, DataListValue, Link, Paragraph, Table, TableBody,
  TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { api, type Me, type SignalCase } from '../api/client';
import type { components } from '../api/schema';
import { send } from '../api/send';
import { CheckboxField } from '../components/CheckboxField';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { OutcomeAlert, type Outcome } from '../components/OutcomeAlert';
import { PageTitle } from '../components/PageTitle';
import { Section } from '../components/Section';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { formatDate, formatDateTime, formatPostcode } from '../format';
import { href } from '../routing';
import {
  CONTACT_KIND_LABELS, countdown, formatEuros, MATCH_LABELS, PART_OF_DAY_LABELS, PRIORITY_LABELS, THREAT_LABELS,
  TRIAGE_INPUT_LABELS, triageInput, urgencyOf,
} from '../signals';
import { useLoad } from '../useLoad';

type ContactKind = NonNullable<components['schemas']['NewContactAttempt']['kind']>;
type PartOfDay = NonNullable<components['schemas']['NewContactAttempt']['partOfDay']>;

const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

/** One signal case: the stacked signals, why it got its priority, the household link, and the outreach forms. */
export function SignalCaseDetail({ id, me }: { id: string; me: Me }) {
  const [loaded, reload] = useLoad(() => api.GET('/api/v1/signal-cases/{id}', { params: { path: { id } } }), [id]);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const isProfessional = (me.roles ?? []).includes('professional');
  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'failed') return <ErrorMessage message={loaded.message} />;
  const signalCase = loaded.data;
  const open = signalCase.status === 'OPEN';
  const done = (message: string) => {
    setOutcome({ type: 'ok', message });
    reload();
  };
  const failed = (message: string) => setOutcome({ type: 'error', message });
  const [postcode, number, addition] = (signalCase.addressKey ?? '').split('-');
  return (
    <>
      <PageTitle>{`Signaalzaak ${formatPostcode(postcode)} ${number ?? ''}${addition ? ` ${addition}` : ''}`}</PageTitle>
      <Paragraph><Link href={href.signals()}>Terug naar de signalen</Link></Paragraph>
      <OutcomeAlert outcome={outcome} />
      <Summary signalCase={signalCase} />
      <Signals signalCase={signalCase} />
      <Reasoning signalCase={signalCase} />
      <Household signalCase={signalCase} editable={isProfessional && open} onDone={done} onFailed={failed} />
      <Attempts signalCase={signalCase} editable={isProfessional && open} onDone={done} onFailed={failed} />
      {isProfessional && open && <EndResult signalCase={signalCase} onDone={done} onFailed={failed} />}
    </>
  );
}

interface Editing {
  signalCase: SignalCase;
  onDone: (message: string) => void;
  onFailed: (message: string) => void;
}

function Summary({ signalCase }: { signalCase: SignalCase }) {
  const urgency = signalCase.status === 'OPEN' ? urgencyOf(signalCase.workingDaysLeft) : 'none';
  return (
    <DataList className={`wr-urgency-${urgency}`}>
      <DataListItem>
        <DataListKey>Status</DataListKey>
        <DataListValue>{signalCase.status === 'OPEN' ? 'Open' : `Afgesloten: ${signalCase.endResultLabel ?? ''}`}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>Prioriteit</DataListKey>
        <DataListValue>{PRIORITY_LABELS[signalCase.priority ?? ''] ?? signalCase.priority}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>Contact uiterlijk</DataListKey>
        <DataListValue>
          {signalCase.contactDeadline
            ? `${formatDate(signalCase.contactDeadline)} (${signalCase.deadlineKind === 'DREIGING' ? '3 werkdagen: dreiging' : 'gemeentelijke norm'})`
            : 'Geen termijn'}
          {signalCase.status === 'OPEN' && signalCase.contactDeadline && <> — <strong>{countdown(signalCase.workingDaysLeft)}</strong></>}
        </DataListValue>
      </DataListItem>
      {signalCase.escalatedAt && (
        <DataListItem>
          <DataListKey>Geëscaleerd naar teamleider</DataListKey>
          <DataListValue>{formatDateTime(signalCase.escalatedAt)}</DataListValue>
        </DataListItem>
      )}
      <DataListItem>
        <DataListKey>Schuldeisers</DataListKey>
        <DataListValue>{(signalCase.creditors ?? []).join(', ')}</DataListValue>
      </DataListItem>
      {signalCase.previousCaseId && (
        <DataListItem>
          <DataListKey>Eerdere signaalzaak</DataListKey>
          <DataListValue><Link href={href.signalCase(signalCase.previousCaseId)}>Herhaald signaal: bekijk de vorige zaak</Link></DataListValue>
        </DataListItem>
      )}
    </DataList>
  );
}

function Signals({ signalCase }: { signalCase: SignalCase }) {
  const signals = signalCase.signals ?? [];
  return (
    <Section id="signalen" title={`Signalen (${signals.length})`}>
      <div className="wr-table-container" role="region" aria-labelledby="signals-table-caption" tabIndex={0}>
        <Table>
          <TableCaption id="signals-table-caption">Gestapelde signalen van dit adres</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Schuldeiser</TableHeaderCell>
              <TableHeaderCell scope="col">Persoon</TableHeaderCell>
              <TableHeaderCell scope="col">Bedrag</TableHeaderCell>
              <TableHeaderCell scope="col">Achterstand sinds</TableHeaderCell>
              <TableHeaderCell scope="col">Signaaldatum</TableHeaderCell>
              <TableHeaderCell scope="col">Bijzonderheden</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {signals.map((signal) => (
              <TableRow key={signal.id}>
                <TableCell>{signal.partnerOrganisation} ({signal.partnerTypeLabel})<br />ref. {signal.partnerReference}</TableCell>
                <TableCell>
                  {[signal.initials ?? signal.firstName, signal.surnamePrefix, signal.surname].filter(Boolean).join(' ')}
                  <br />geboren {formatDate(signal.dateOfBirth)}
                  {signal.phone && <><br />tel. {signal.phone}</>}
                  {signal.email && <><br />{signal.email}</>}
                </TableCell>
                <TableCell>{formatEuros(signal.amountCents)}</TableCell>
                <TableCell>{formatDate(signal.arrearsSince)}</TableCell>
                <TableCell>{formatDate(signal.signalDate)}</TableCell>
                <TableCell>
                  {[signal.crisis && 'Crisis', signal.warmHandover && 'Warme overdracht',
                    signal.threat && signal.threat !== 'GEEN' && THREAT_LABELS[signal.threat]].filter(Boolean).join(', ') || '—'}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </Section>
  );
}

function Reasoning({ signalCase }: { signalCase: SignalCase }) {
  const decisions = [...(signalCase.decisions ?? [])].reverse();
  return (
    <Section id="waarom" title="Waarom deze prioriteit">
      {decisions.map((decision, index) => (
        <div key={`${decision.decidedAt}-${index}`} className="wr-decision">
          <Paragraph>
            <strong>{PRIORITY_LABELS[decision.priority ?? ''] ?? decision.priority}</strong>: {decision.reason}
            {' '}(beslist {formatDateTime(decision.decidedAt)}, beslistabel {decision.decisionKey} versie {decision.decisionVersion}
            {index > 0 ? ', eerdere beslissing' : ''})
          </Paragraph>
          <DataList>
            {Object.entries(decision.inputs ?? {}).map(([name, value]) => (
              <DataListItem key={name}>
                <DataListKey>{TRIAGE_INPUT_LABELS[name] ?? name}</DataListKey>
                <DataListValue>{triageInput(name, value)}</DataListValue>
              </DataListItem>
            ))}
          </DataList>
        </div>
      ))}
    </Section>
  );
}

function Household({ signalCase, editable, onDone, onFailed }: Editing & { editable: boolean }) {
  const [busy, setBusy] = useState(false);
  const id = signalCase.id ?? '';
  async function confirm(householdId: string) {
    setBusy(true);
    const sent = await send(() => api.POST('/api/v1/signal-cases/{id}/household', {
      params: { path: { id } }, body: { version: signalCase.version ?? 0, householdId },
    }));
    setBusy(false);
    if (sent.ok) onDone('Het huishouden is gekoppeld.');
    else onFailed(sent.errors.message);
  }
  async function reject() {
    setBusy(true);
    const sent = await send(() => api.POST('/api/v1/signal-cases/{id}/candidates/rejection', {
      params: { path: { id } }, body: { version: signalCase.version ?? 0 },
    }));
    setBusy(false);
    if (sent.ok) onDone('Geen van de kandidaten is gekoppeld; het adres blijft onbekend.');
    else onFailed(sent.errors.message);
  }
  return (
    <Section id="huishouden" title="Huishouden">
      <Paragraph>{MATCH_LABELS[signalCase.matchStatus ?? ''] ?? signalCase.matchStatus}</Paragraph>
      {signalCase.householdId && (
        <Paragraph>
          <Link href={href.household(signalCase.householdId)}>{signalCase.householdLabel ?? 'Bekijk het huishouden'}</Link>
          {signalCase.caseFileId && <> — <Link href={href.case(signalCase.caseFileId)}>open zaak</Link>
            {signalCase.regisseurId ? ` (regisseur ${signalCase.regisseurId})` : ''}</>}
        </Paragraph>
      )}
      {(signalCase.candidates ?? []).length > 0 && (
        <>
          <Paragraph>Mogelijke huishoudens; bevestig welk huishouden het is:</Paragraph>
          <ul>
            {(signalCase.candidates ?? []).map((candidate) => (
              <li key={candidate.householdId}>
                {candidate.label} — {candidate.reason}
                {editable && (
                  <> <Button appearance="secondary-action-button" disabled={busy}
                             onClick={() => confirm(candidate.householdId ?? '')}>
                    Koppelen<span className="wr-visually-hidden">: {candidate.label}</span>
                  </Button></>
                )}
              </li>
            ))}
          </ul>
          {editable && (
            <Button appearance="subtle-button" disabled={busy} onClick={reject}>Geen van deze huishoudens</Button>
          )}
        </>
      )}
    </Section>
  );
}

function Attempts({ signalCase, editable, onDone, onFailed }: Editing & { editable: boolean }) {
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
  const [kind, setKind] = useState('TELEFOON');
  const [partOfDay, setPartOfDay] = useState('OCHTEND');
  const [date, setDate] = useState(today);
  const [reached, setReached] = useState(false);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const attempts = signalCase.attempts ?? [];
  async function record() {
    setBusy(true);
    const sent = await send(() => api.POST('/api/v1/signal-cases/{id}/contact-attempts', {
      params: { path: { id: signalCase.id ?? '' } }, body: { kind: kind as ContactKind, reached, attemptedOn: date, partOfDay: partOfDay as PartOfDay },
    }));
    setBusy(false);
    if (sent.ok) {
      setErrors({});
      onDone(`Contactpoging (${CONTACT_KIND_LABELS[kind]}, ${reached ? 'bereikt' : 'niet bereikt'}) is vastgelegd.`);
    } else {
      setErrors(sent.errors.fieldErrors);
      onFailed(sent.errors.message);
    }
  }
  return (
    <Section id="contactpogingen" title={`Contactpogingen (${attempts.length})`}>
      {attempts.length === 0 ? <Paragraph>Nog geen contactpogingen.</Paragraph> : (
        <ul>
          {attempts.map((attempt) => (
            <li key={attempt.id}>
              {formatDate(attempt.attemptedOn)} ({PART_OF_DAY_LABELS[attempt.partOfDay ?? '']?.toLowerCase()}):
              {' '}{CONTACT_KIND_LABELS[attempt.kind ?? ''] ?? attempt.kind}, {attempt.reached ? 'bereikt' : 'niet bereikt'}
              {' '}— {attempt.recordedBy}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <form className="wr-form" onSubmit={(event) => { event.preventDefault(); void record(); }}>
          <SelectField id="attempt-kind" label="Soort contact" value={kind} options={options(CONTACT_KIND_LABELS)}
                       onChange={setKind} error={errors.kind} />
          <TextField id="attempt-date" label="Datum" type="date" value={date} onChange={setDate}
                     error={errors.attemptedOn} />
          <SelectField id="attempt-part" label="Dagdeel" value={partOfDay} options={options(PART_OF_DAY_LABELS)}
                       onChange={setPartOfDay} error={errors.partOfDay} />
          <CheckboxField id="attempt-reached" label="Inwoner bereikt" checked={reached} onChange={setReached} />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
              Contactpoging vastleggen
            </Button>
          </ButtonGroup>
        </form>
      )}
    </Section>
  );
}

function EndResult({ signalCase, onDone, onFailed }: Editing) {
  const [results] = useLoad(() => api.GET('/api/v1/signal-cases/end-results'), []);
  const [result, setResult] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  async function close() {
    if (!result) {
      setError('Kies een eindresultaat');
      return;
    }
    setBusy(true);
    const sent = await send(() => api.POST('/api/v1/signal-cases/{id}/end-result', {
      params: { path: { id: signalCase.id ?? '' } }, body: { version: signalCase.version ?? 0, result },
    }));
    setBusy(false);
    if (sent.ok) {
      setError(undefined);
      onDone('De signaalzaak is afgesloten.');
    } else {
      setError(sent.errors.fieldErrors.result);
      onFailed(sent.errors.message);
    }
  }
  const choices = results.state === 'done'
    ? results.data.map((option) => ({
      value: option.code ?? '', label: `${option.label}${option.helpAccepted ? ' (hulp start)' : ''}`,
    }))
    : [];
  return (
    <Section id="eindresultaat" title="Eindresultaat">
      <form className="wr-form" onSubmit={(event) => { event.preventDefault(); void close(); }}>
        <SelectField id="end-result" label="Eindresultaat (DDAS)" value={result} options={choices}
                     emptyLabel="Kies…" onChange={setResult} error={error}
                     description="Bij hulp wordt de zaak van het huishouden geopend of uitgebreid met schulden." />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>Afsluiten</Button>
        </ButtonGroup>
      </form>
    </Section>
  );
}
