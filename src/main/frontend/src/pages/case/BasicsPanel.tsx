import {
  Alert, Button, ButtonGroup, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow,
  UnorderedList, UnorderedListItem,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { send } from '../../api/send';
import {
  ANSWER_OPTIONS, EMPTY_FACTS, HOUSING_OPTIONS, SOURCE_OPTIONS, dimensionLabel, dimensionsInOrder, factsFormErrors,
  inputLines, isEmptyRequest, outcomeClass, outcomeLabel, toFactsRequest, type Basics, type BasicsCheck,
  type FactsForm,
} from '../../basics';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { Section } from '../../components/Section';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { TextareaField } from '../../components/TextareaField';
import { formatDate, formatDateTime } from '../../format';
import { personName, teamPeople } from '../../reference';
import { useLoad } from '../../useLoad';
import { OkMessage, ProblemAlert, type Problem } from './common';
import { DateField } from '../../components/DateField';

/**
 * "Basis op orde": the four basic conditions of the household with colour and word, the reason and the date of the
 * facts, the "waarom" of each check, a form to record facts, the reason why it cannot be solved now while the task is
 * open, and the check history.
 */
export function BasicsPanel({ caseId, canWrite }: { caseId: string; canWrite: boolean }) {
  const [loaded, reload] = useLoad(() => api.GET('/api/v1/cases/{id}/basics', { params: { path: { id: caseId } } }),
    [caseId]);
  const [current, setCurrent] = useState<Basics | null>(null);
  const [teams] = useLoad(() => api.GET('/api/v1/teams'), []);
  const people = teamPeople(teams.state === 'done' ? teams.data : []);
  const [formOpen, setFormOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const basics = current ?? (loaded.state === 'done' ? loaded.data : null);

  return (
    <Section id="basis-op-orde" title="Basis op orde">
      <div aria-live="polite">{done && <OkMessage>{done}</OkMessage>}</div>
      {loaded.state === 'loading' && !basics && <Loading />}
      {loaded.state === 'failed' && !basics && <ErrorMessage message={loaded.message} />}
      {basics && (
        <>
          {basics.priority && (
            <Alert type="warning">
              <Paragraph>
                Voorrang: de basis is niet op orde sinds {formatDateTime(basics.notInOrderSince)}.
                {basics.taskOpen && ' De taak "Basis op orde brengen" staat open.'}
                {basics.escalatedAt && ' De termijn is verstreken; de teamleider is ingelicht.'}
              </Paragraph>
            </Alert>
          )}
          <UnorderedList className="wr-basics-list">
            {dimensionsInOrder(basics).map((check) => <DimensionItem key={check.dimension} check={check} />)}
          </UnorderedList>
          {(basics.signalCreditors ?? []).length > 0 && (
            <Paragraph>Open vroegsignalen van: {(basics.signalCreditors ?? []).join(', ')}.</Paragraph>
          )}
          {basics.notSolvable && !basics.taskOpen && (
            <Paragraph>
              Nu niet op te lossen ({formatDateTime(basics.notSolvable.recordedAt)}, {personName(people, basics.notSolvable.recordedBy)}):
              {' '}{basics.notSolvable.reason}
            </Paragraph>
          )}
          {canWrite && (
            <Button appearance="secondary-action-button" aria-expanded={formOpen} aria-controls="basics-form"
                    onClick={() => {
                      setFormOpen(!formOpen);
                      setDone(null);
                    }}>
              Feiten vastleggen
            </Button>
          )}
          {canWrite && formOpen && (
            <FactsFormView caseId={caseId} onReload={reload} onSaved={(updated) => {
              setCurrent(updated);
              setFormOpen(false);
              setDone('De feiten zijn vastgelegd en de basis is opnieuw getoetst.');
            }} />
          )}
          {canWrite && basics.taskOpen && (
            <NotSolvableForm caseId={caseId} onReload={reload} onSaved={(updated) => {
              setCurrent(updated);
              setDone('De reden is vastgelegd; de taak is afgerond.');
            }} />
          )}
          <History caseId={caseId} version={basics.dimensions?.map((d) => d.checkedAt).join() ?? ''} />
        </>
      )}
    </Section>
  );
}

function DimensionItem({ check }: { check: BasicsCheck }) {
  const lines = inputLines(check.inputs as Record<string, unknown> | undefined);
  return (
    <UnorderedListItem className={`wr-basics ${outcomeClass(check.outcome)}`}
                       data-dimension={check.dimension} data-outcome={check.outcome}>
      <strong>{dimensionLabel(check.dimension)}</strong>:{' '}
      <span className="wr-basics__word">{outcomeLabel(check.outcome)}</span>
      {' – '}{check.reason}
      {check.factsDate && <> (feiten van {formatDate(check.factsDate)})</>}
      {lines.length > 0 && (
        <details className="wr-basics__why">
          <summary>Waarom</summary>
          <Paragraph>
            Tabel {check.decisionKey} versie {check.decisionVersion}, getoetst op {formatDateTime(check.checkedAt)}.
          </Paragraph>
          <UnorderedList>
            {lines.map((line) => <UnorderedListItem key={line}>{line}</UnorderedListItem>)}
          </UnorderedList>
        </details>
      )}
    </UnorderedListItem>
  );
}

function FactsFormView({ caseId, onSaved, onReload }: {
  caseId: string; onSaved: (basics: Basics) => void; onReload: () => void;
}) {
  const [form, setForm] = useState<FactsForm>(EMPTY_FACTS);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (field: keyof FactsForm) => (value: string) => setForm({ ...form, [field]: value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = factsFormErrors(form);
    const request = toFactsRequest(form);
    setErrors(found);
    setProblem(isEmptyRequest(request) && Object.keys(found).length === 0
      ? { message: 'Vul minstens één onderdeel in.', status: 422 } : null);
    if (Object.keys(found).length > 0 || isEmptyRequest(request)) return;
    setSaving(true);
    const sent = await send(() => api.POST('/api/v1/cases/{id}/basics/facts', {
      params: { path: { id: caseId } }, body: request,
    }));
    setSaving(false);
    if (sent.ok) onSaved(sent.data);
    else {
      setProblem({ message: sent.errors.message, status: sent.status });
      setErrors(sent.errors.fieldErrors);
    }
  }

  return (
    <form id="basics-form" onSubmit={submit} aria-label="Feiten vastleggen" noValidate>
      {problem && <ProblemAlert message={problem.message} status={problem.status} onReload={onReload} />}
      <Paragraph>Alles is optioneel: laat leeg wat je niet weet.</Paragraph>
      <DateField id="basics-observedOn" label="Datum van de feiten" optional value={form.observedOn}
                 onChange={set('observedOn')} error={errors['housing.observedOn'] ?? errors.observedOn}
                 description="Leeg: vandaag" />
      <SelectField id="basics-source" label="Bron" value={form.source} options={SOURCE_OPTIONS}
                   onChange={set('source')} />
      <SelectField id="basics-housing" label="Woonsituatie" optional value={form.housing} emptyLabel="Niet invullen"
                   options={HOUSING_OPTIONS} onChange={set('housing')} error={errors['housing.situation']} />
      <TextField id="basics-income" label="Netto maandinkomen huishouden (euro)" optional inputMode="decimal"
                 value={form.income} onChange={set('income')}
                 error={errors.income ?? errors['income.netMonthlyIncomeCents']} />
      <SelectField id="basics-incomeSource" label="Belangrijkste inkomensbron" optional value={form.incomeSource}
                   emptyLabel="Niet invullen" onChange={set('incomeSource')} options={[
                     { value: 'WAGES', label: 'Loon' }, { value: 'SELF_EMPLOYED', label: 'Zelfstandig' },
                     { value: 'SOCIAL_ASSISTANCE', label: 'Bijstand' },
                     { value: 'OTHER_BENEFIT', label: 'Andere uitkering' },
                     { value: 'PENSION', label: 'Pensioen' }, { value: 'STUDENT_FINANCE', label: 'Studiefinanciering' },
                     { value: 'ALIMONY', label: 'Alimentatie' }, { value: 'NONE', label: 'Geen inkomen' },
                     { value: 'UNKNOWN', label: 'Onbekend' }]} />
      <TextField id="basics-debtCount" label="Aantal schulden" optional inputMode="numeric" value={form.debtCount}
                 onChange={set('debtCount')} error={errors.debtCount ?? errors['debts.count']} />
      <SelectField id="basics-cbs" label="Geregistreerde problematische schuld (CBS)" optional
                   value={form.cbsRegistered} emptyLabel="Geen bekend" onChange={set('cbsRegistered')} options={[
                     { value: 'WSNP', label: 'Wsnp-traject' },
                     { value: 'AMICABLE_ROUTE_BKR', label: 'Minnelijk traject (BKR)' },
                     { value: 'ARREARS_BKR', label: 'Achterstand geregistreerd bij BKR' },
                     { value: 'CENTRAL_REGISTER', label: 'Register curatele en bewind' },
                     { value: 'HEALTH_PREMIUM_CAK', label: 'Zorgpremie 6 maanden of langer onbetaald (CAK)' },
                     { value: 'CJIB_ARREARS', label: 'Achterstand CJIB' },
                     { value: 'BENEFIT_DEBT', label: 'Toeslagschuld' },
                     { value: 'TAX_DEBT', label: 'Belastingschuld' },
                     { value: 'TAX_DEBT_WRITTEN_OFF', label: 'Belastingschuld oninbaar verklaard' },
                     { value: 'DUO_ARREARS', label: 'Achterstand DUO' }]} />
      <SelectField id="basics-debtHelp" label="Schuldhulp loopt" optional value={form.debtHelp}
                   emptyLabel="Niet invullen" options={ANSWER_OPTIONS} onChange={set('debtHelp')} />
      <SelectField id="basics-disconnection" label="Afsluiting energie of water dreigt" optional
                   value={form.disconnectionThreat} emptyLabel="Niet invullen" options={ANSWER_OPTIONS}
                   onChange={set('disconnectionThreat')} />
      <SelectField id="basics-concern" label="Zorg over huiselijk geweld of veiligheid van kinderen" optional
                   value={form.safetyConcern} emptyLabel="Niet invullen" options={ANSWER_OPTIONS}
                   onChange={set('safetyConcern')} />
      <SelectField id="basics-veiligThuis" label="Melding bij Veilig Thuis" optional value={form.veiligThuisReport}
                   emptyLabel="Niet invullen" options={ANSWER_OPTIONS} onChange={set('veiligThuisReport')} />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={saving} disabled={saving}>
          Feiten opslaan en toetsen
        </Button>
      </ButtonGroup>
    </form>
  );
}

function NotSolvableForm({ caseId, onSaved, onReload }: {
  caseId: string; onSaved: (basics: Basics) => void; onReload: () => void;
}) {
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [error, setError] = useState<string | undefined>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) {
      setError('Schrijf waarom het nu niet op te lossen is');
      return;
    }
    const sent = await send(() => api.POST('/api/v1/cases/{id}/basics/not-solvable', {
      params: { path: { id: caseId } }, body: { reason },
    }));
    if (sent.ok) onSaved(sent.data);
    else {
      setProblem({ message: sent.errors.message, status: sent.status });
      setError(sent.errors.fieldErrors.reason);
    }
  }

  return (
    <form onSubmit={submit} aria-label="Nu niet op te lossen" noValidate>
      {problem && <ProblemAlert message={problem.message} status={problem.status} onReload={onReload} />}
      <TextareaField id="basics-notSolvable" label="Waarom is de basis nu niet op orde te brengen?" value={reason}
                     onChange={setReason} error={error} />
      <ButtonGroup>
        <Button type="submit" appearance="secondary-action-button">Taak afronden: nu niet op te lossen</Button>
      </ButtonGroup>
    </form>
  );
}

function History({ caseId, version }: { caseId: string; version: string }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="wr-basics__history" onToggle={(event) => setOpen((event.target as HTMLDetailsElement).open)}>
      <summary>Toetsgeschiedenis</summary>
      {open && <HistoryTable key={version} caseId={caseId} />}
    </details>
  );
}

function HistoryTable({ caseId }: { caseId: string }) {
  const [loaded] = useLoad(() => api.GET('/api/v1/cases/{id}/basics/checks', { params: { path: { id: caseId } } }),
    [caseId]);
  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'failed') return <ErrorMessage message={loaded.message} />;
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Getoetst</TableHeaderCell>
          <TableHeaderCell scope="col">Onderdeel</TableHeaderCell>
          <TableHeaderCell scope="col">Uitkomst</TableHeaderCell>
          <TableHeaderCell scope="col">Reden</TableHeaderCell>
          <TableHeaderCell scope="col">Tabel</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {loaded.data.map((check, index) => (
          <TableRow key={`${check.checkedAt}-${check.dimension}-${index}`}>
            <TableCell>{formatDateTime(check.checkedAt)}</TableCell>
            <TableCell>{dimensionLabel(check.dimension)}</TableCell>
            <TableCell>{outcomeLabel(check.outcome)}</TableCell>
            <TableCell>{check.reason}</TableCell>
            <TableCell>{check.decisionKey} v{check.decisionVersion}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
