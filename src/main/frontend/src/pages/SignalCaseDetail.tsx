import {
  Button, ButtonGroup, DataList, DataListItem, DataListKey, DataListValue, Link, Paragraph, Table, TableBody,
  TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { api, type Me, type SignalCase } from '../api/client';
import type { components } from '../api/schema';
import { send } from '../api/send';
import { CheckboxField } from '../components/CheckboxField';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { OutcomeAlert, type Outcome } from '../components/OutcomeAlert';
import { PageTitle } from '../components/PageTitle';
import { Section } from '../components/Section';
import { SelectField } from '../components/SelectField';
import { DateField } from '../components/DateField';
import { TextareaField } from '../components/TextareaField';
import { TextField } from '../components/TextField';
import { dutchDateError, parseDutchDate, todayDutch } from '../dutchDate';
import { parseHouseholdSearch, searchDescription, searchQuery, type HouseholdSearch } from '../householdSearch';
import { personName, teamPeople, type Person } from '../reference';
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
  const [teams] = useLoad(() => api.GET('/api/v1/teams'), []);
  const people = teamPeople(teams.state === 'done' ? teams.data : []);
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
      <Assignment signalCase={signalCase} me={me} people={people} editable={open && (isProfessional || (me.roles ?? []).includes('teamlead'))}
                  onDone={done} onFailed={failed} />
      <Household signalCase={signalCase} people={people} editable={isProfessional && open} onDone={done} onFailed={failed} />
      <Attempts signalCase={signalCase} people={people} editable={isProfessional && open} onDone={done} onFailed={failed} />
      <Notes signalCase={signalCase} people={people} editable={isProfessional && open} onDone={done} onFailed={failed} />
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

function Household({ signalCase, people, editable, onDone, onFailed }: Editing & { people: Person[]; editable: boolean }) {
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
            {signalCase.regisseurId ? ` (regisseur ${personName(people, signalCase.regisseurId)})` : ''}</>}
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
      {editable && !signalCase.householdId && (signalCase.candidates ?? []).length === 0 && (
        <HouseholdFinder signalCase={signalCase} busy={busy} onLink={(householdId) => void confirm(householdId)} />
      )}
    </Section>
  );
}

function Attempts({ signalCase, people, editable, onDone, onFailed }: Editing & { people: Person[]; editable: boolean }) {
  const [kind, setKind] = useState('TELEFOON');
  const [partOfDay, setPartOfDay] = useState('OCHTEND');
  const [date, setDate] = useState(todayDutch());
  const [reached, setReached] = useState(false);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const attempts = signalCase.attempts ?? [];
  async function record() {
    const dateError = dutchDateError(date);
    if (dateError) {
      setErrors({ attemptedOn: dateError });
      onFailed('Controleer de gemarkeerde velden.');
      return;
    }
    setBusy(true);
    const sent = await send(() => api.POST('/api/v1/signal-cases/{id}/contact-attempts', {
      params: { path: { id: signalCase.id ?? '' } },
      body: { kind: kind as ContactKind, reached, attemptedOn: parseDutchDate(date) ?? '', partOfDay: partOfDay as PartOfDay },
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
              {' '}— {personName(people, attempt.recordedBy)}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <form className="wr-form" noValidate onSubmit={(event) => { event.preventDefault(); void record(); }}>
          <SelectField id="attempt-kind" label="Soort contact" value={kind} options={options(CONTACT_KIND_LABELS)}
                       onChange={setKind} error={errors.kind} />
          <DateField id="attempt-date" label="Datum" value={date} onChange={setDate} error={errors.attemptedOn} />
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
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const choices = results.state === 'done'
    ? results.data.map((option) => ({
      value: option.code ?? '', label: `${option.label}${option.helpAccepted ? ' (hulp start)' : ''}`,
    }))
    : [];
  const chosen = choices.find((choice) => choice.value === result)?.label ?? '';
  function ask(event: FormEvent) {
    event.preventDefault();
    if (!result) {
      setError('Kies een eindresultaat');
      return;
    }
    setError(undefined);
    setConfirming(true);
  }
  async function close() {
    setBusy(true);
    const sent = await send(() => api.POST('/api/v1/signal-cases/{id}/end-result', {
      params: { path: { id: signalCase.id ?? '' } }, body: { version: signalCase.version ?? 0, result },
    }));
    setBusy(false);
    setConfirming(false);
    if (sent.ok) {
      setError(undefined);
      onDone('De signaalzaak is afgesloten.');
    } else {
      setError(sent.errors.fieldErrors.result);
      onFailed(sent.errors.message);
    }
  }
  return (
    <Section id="eindresultaat" title="Eindresultaat">
      <form className="wr-form" onSubmit={ask}>
        <SelectField id="end-result" label="Eindresultaat (DDAS)" value={result} options={choices}
                     emptyLabel="Kies…" onChange={(value) => { setResult(value); setConfirming(false); }} error={error}
                     description="Bij hulp wordt de zaak van het huishouden geopend of uitgebreid met schulden." />
        {!confirming && (
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button">Afsluiten</Button>
          </ButtonGroup>
        )}
      </form>
      {confirming && (
        <div role="alertdialog" aria-labelledby="close-confirm-text" className="wr-confirm">
          <Paragraph id="close-confirm-text">
            Weet je zeker dat je deze signaalzaak afsluit met ‘{chosen}’? Daarna kun je geen contactpogingen of
            notities meer vastleggen.
          </Paragraph>
          <ButtonGroup>
            <Button appearance="primary-action-button" busy={busy} disabled={busy} onClick={() => void close()}>
              Ja, afsluiten
            </Button>
            <Button appearance="secondary-action-button" disabled={busy} onClick={() => setConfirming(false)}>
              Annuleren
            </Button>
          </ButtonGroup>
        </div>
      )}
    </Section>
  );
}

function Assignment({ signalCase, me, people, editable, onDone, onFailed }: Editing & {
  me: Me; people: Person[]; editable: boolean;
}) {
  const [teams] = useLoad(() => api.GET('/api/v1/teams'), []);
  const members = teamPeople(teams.state === 'done' ? teams.data : [], signalCase.teamId);
  const [assignee, setAssignee] = useState(signalCase.assignedTo ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const current = signalCase.assignedTo;
  async function assign(to: string | null) {
    setBusy(true);
    const sent = await send(() => api.PUT('/api/v1/signal-cases/{id}/assignee', {
      params: { path: { id: signalCase.id ?? '' } }, body: { version: signalCase.version ?? 0, assignee: to ?? undefined },
    }));
    setBusy(false);
    if (sent.ok) {
      setError(undefined);
      onDone(to ? `De signaalzaak is toegewezen aan ${to === me.userId ? 'jou' : personName(people, to)}.` : 'Niemand heeft de signaalzaak nu opgepakt.');
    } else {
      setError(sent.errors.fieldErrors.assignee);
      onFailed(sent.errors.message);
    }
  }
  return (
    <Section id="opgepakt" title="Opgepakt door">
      <Paragraph>{!current ? 'Nog niemand heeft deze signaalzaak opgepakt.' : current === me.userId ? 'Jij hebt deze signaalzaak opgepakt.' : `Opgepakt door ${personName(people, current)}.`}</Paragraph>
      {editable && (
        <form className="wr-inline-form" onSubmit={(event) => { event.preventDefault(); void assign(assignee || null); }}>
          <SelectField id="assignee" label="Toewijzen aan" value={assignee} onChange={setAssignee} error={error}
                       emptyLabel="Niemand" options={members.map((p) => ({ value: p.userId, label: p.userId === me.userId ? 'Mij' : p.displayName }))} />
          <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy}>Toewijzen</Button>
        </form>
      )}
    </Section>
  );
}

function Notes({ signalCase, people, editable, onDone, onFailed }: Editing & { people: Person[]; editable: boolean }) {
  const notes = signalCase.notes ?? [];
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  async function write(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) {
      setError('Schrijf eerst een notitie');
      return;
    }
    setBusy(true);
    const sent = await send(() => api.POST('/api/v1/signal-cases/{id}/notes', {
      params: { path: { id: signalCase.id ?? '' } }, body: { text },
    }));
    setBusy(false);
    if (sent.ok) {
      setText('');
      setError(undefined);
      onDone('De notitie is opgeslagen.');
    } else {
      setError(sent.errors.fieldErrors.text);
      onFailed(sent.errors.message);
    }
  }
  return (
    <Section id="notities" title={`Notities (${notes.length})`}>
      {editable && (
        <form className="wr-form" noValidate onSubmit={write}>
          <TextareaField id="note-text" label="Nieuwe notitie" value={text} onChange={setText} error={error}
                         maxLength={4000} rows={3} />
          <ButtonGroup>
            <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy}>Notitie opslaan</Button>
          </ButtonGroup>
        </form>
      )}
      {notes.length === 0 ? <Paragraph>Nog geen notities.</Paragraph> : (
        <ul className="wr-notes">
          {notes.map((note) => (
            <li key={note.id}>
              <Paragraph className="wr-note-meta">{formatDateTime(note.writtenAt)} — {personName(people, note.writtenBy)}</Paragraph>
              <Paragraph className="wr-note-text">{note.text}</Paragraph>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

/** Finds a household of the user's teams by name, address or BSN and links it to a signal case at an unknown address. */
function HouseholdFinder({ signalCase, busy, onLink }: {
  signalCase: SignalCase; busy: boolean; onLink: (householdId: string, label: string) => void;
}) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [search, setSearch] = useState<HouseholdSearch | null>(null);
  const [found] = useLoad(async () => (search
    ? api.GET('/api/v1/households', { params: { query: { ...searchQuery(search), page: 0, size: 10 } } })
    : { data: undefined, error: undefined, response: new Response(null, { status: 204 }) }), [JSON.stringify(search)]);
  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseHouseholdSearch(text);
    if (!parsed) {
      setError('Vul een naam, een postcode met huisnummer of een BSN in.');
      return;
    }
    if ('error' in parsed) {
      setError(parsed.error);
      return;
    }
    setError(undefined);
    setSearch(parsed.search);
  }
  const results = found.state === 'done' ? found.data?.items ?? [] : [];
  return (
    <div className="wr-household-finder">
      <form role="search" aria-label="Huishouden zoeken om te koppelen" onSubmit={submit} noValidate className="wr-inline-form">
        <TextField id="link-search" label="Huishouden zoeken" type="search" value={text} onChange={setText}
                   error={error} description="Op naam, postcode met huisnummer of BSN." />
        <Button type="submit" appearance="secondary-action-button">Zoeken</Button>
      </form>
      {search && found.state === 'done' && (
        results.length === 0 ? <Paragraph>Geen huishoudens gevonden op {searchDescription(search)}.</Paragraph> : (
          <ul aria-label="Gevonden huishoudens">
            {results.map((household) => (
              <li key={household.id}>
                {household.displayName}, {formatPostcode(household.postcode)} {household.houseNumber}
                {household.houseNumberAddition ? ` ${household.houseNumberAddition}` : ''}
                {' '}<Button appearance="secondary-action-button" disabled={busy}
                             onClick={() => onLink(household.id ?? '', household.displayName ?? '')}>
                  Koppelen<span className="wr-visually-hidden">: {household.displayName}</span>
                </Button>
              </li>
            ))}
          </ul>
        )
      )}
      <Paragraph>
        Niet gevonden? <Link href={`${href.newHousehold()}?signaal=${encodeURIComponent(signalCase.id ?? '')}`}>
          Registreer het huishouden met de gegevens van dit signaal
        </Link>
      </Paragraph>
    </div>
  );
}
